# embedding_column: attributes, variable name/shape/collections, combiners over multivalent ids.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 5)
init = tf.constant_initializer(np.arange(15, dtype=np.float32).reshape(5, 3))
outs = {}
for comb in ["mean", "sum", "sqrtn"]:
    e = fc.embedding_column(c, 3, combiner=comb, initializer=init)
    print(e.name, e.dimension, e.combiner, e.max_norm, e.trainable, e.variable_shape, e.parse_example_spec)
    outs[comb] = fc.input_layer({"id": tf.constant([[0, 1], [4, -1], [2, 2]])}, [e])
print([o.name for o in outs.values()])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)])
print(tf.global_variables()[0].shape, tf.global_variables()[0].dtype.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for k, o in outs.items():
        print(k, rnd(s.run(o), 5))
