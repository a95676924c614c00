# Partitioned default variables: part names, PartitionedVariable API, reads and concatenation.
from prelude import tf, np, rnd

with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(3)):
    pv = tf.get_variable("emb", [7, 2], initializer=tf.random_uniform_initializer(seed=1))
print(type(pv).__name__, pv.name, pv.dtype.name, pv.get_shape())
parts = list(pv)
print(len(parts), [(p.name, p.shape.as_list(), type(p).__name__) for p in parts])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print(len(pv._get_variable_list()), pv._get_partitions())
t = tf.convert_to_tensor(pv)
print(t.name, t.op.type, t.shape)
g = tf.nn.embedding_lookup(pv, [0, 3, 6])
print(g.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(t)))
    print(rnd(sess.run(g)))
    print([rnd(sess.run(p)) for p in parts])
m = tf.get_variable("m", [4, 3], partitioner=tf.min_max_variable_partitioner(max_partitions=2, min_slice_size=1))
print([p.name for p in m], [p.shape.as_list() for p in m])
f = tf.get_variable("f", [6], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=8))
print([p.name for p in f], [p.shape.as_list() for p in f])
