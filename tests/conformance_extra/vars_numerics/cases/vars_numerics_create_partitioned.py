# tf.create_partitioned_variables: part names, shapes, sliced initial values and slicing errors.
from prelude import tf, np, rnd
vs = tf.create_partitioned_variables([10, 4], [3, 1], tf.ones_initializer(), name="emb")
print(type(vs).__name__, [(v.name, v.shape.as_list(), "var") for v in vs])
vs2 = tf.create_partitioned_variables([6], [2], tf.zeros_initializer())
print([(v.name, v.shape.as_list()) for v in vs2])
vs3 = tf.create_partitioned_variables([5, 4], [1, 2], np.arange(20.).reshape(5, 4).astype(np.float32), name="arr")
print([(v.name, v.shape.as_list()) for v in vs3])
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()][:2])
with tf.Session() as s:
    s.run(tf.global_variables_initializer()); print([s.run(v).tolist() for v in vs3])
for args in [([10,4],[3,2]), ([10,4],[3]), ([10,4],[11,1]), ([10,4],[0,1])]:
    try: tf.create_partitioned_variables(args[0], args[1], tf.zeros_initializer()); print("ok")
    except Exception as e: print(type(e).__name__, e)
