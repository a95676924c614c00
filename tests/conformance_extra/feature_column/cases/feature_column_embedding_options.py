# embedding_column options: trainable=False, max_norm, input_layer(trainable=False), bad arguments.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 3)
init = tf.constant_initializer([[3.0, 4.0], [0.3, 0.4], [1.0, 0.0]])
e1 = fc.embedding_column(c, 2, initializer=init, trainable=False)
o1 = fc.input_layer({"id": tf.constant([[0], [1]])}, [e1])
e2 = fc.embedding_column(c, 2, initializer=init, max_norm=1.0)
o2 = fc.input_layer({"id": tf.constant([[0], [1]])}, [e2])
e3 = fc.embedding_column(c, 2, initializer=init)
o3 = fc.input_layer({"id": tf.constant([[2], [1]])}, [e3], trainable=False)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(o1), 5))
    print(rnd(s.run(o2), 5))
    print(rnd(s.run(o3), 5))
for t in [lambda: fc.embedding_column(c, 0), lambda: fc.embedding_column(c, 2, initializer=3),
          lambda: fc.embedding_column(c, 2, ckpt_to_load_from="x")]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
