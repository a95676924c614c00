# Partitioned variables: part names and shapes, concatenated values with a constant initializer, as_tensor.
from prelude import tf, np, rnd



def init(shape, dtype=None, partition_info=None):
    off = partition_info.single_offset(shape) if partition_info is not None else 0
    print("init", list(shape), off, partition_info.full_shape if partition_info is not None else None)
    n = int(np.prod(shape))
    return tf.reshape(tf.range(off * 2, off * 2 + n, dtype=tf.float32), shape)


with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
    pv = tf.get_variable("w", [7, 2], initializer=init)
parts = list(pv)
print(len(pv), [p.name for p in parts], [p.shape.as_list() for p in parts])
print(pv.name, pv.dtype.name, pv.get_shape().as_list())
q = tf.get_variable("q", [3, 8], partitioner=tf.fixed_size_partitioner(4, axis=1),
                    initializer=tf.constant_initializer(5), dtype=tf.int32)
print([p.name for p in q], [p.shape.as_list() for p in q])
r = tf.get_variable("r", [10, 5], partitioner=tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=48),
                    initializer=tf.ones_initializer())
print([p.name for p in r], [p.shape.as_list() for p in r])
r2 = tf.get_variable("r2", [10, 5], partitioner=tf.min_max_variable_partitioner(max_partitions=3, min_slice_size=1),
                     initializer=tf.ones_initializer())
print([p.shape.as_list() for p in r2])
s = tf.get_variable("s", [9, 4], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=40),
                    initializer=tf.zeros_initializer())
print([p.shape.as_list() for p in s])
s2 = tf.get_variable("s2", [9, 4], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=40, max_shards=2),
                     initializer=tf.zeros_initializer())
print([p.shape.as_list() for p in s2])
one = tf.get_variable("one", [2, 2], partitioner=tf.fixed_size_partitioner(1), initializer=tf.ones_initializer())
print(type(one).__name__, [p.name for p in one])
t = pv.as_tensor()
print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(t)))
    print(sess.run(tf.convert_to_tensor(q)).tolist())
    print([rnd(sess.run(p)) for p in parts])
    print(rnd(sess.run(tf.nn.embedding_lookup(pv, [0, 3, 6]))))
    print(rnd(sess.run(tf.reduce_sum(r))))
