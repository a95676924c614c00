# get_variable with partitioners: fixed_size_partitioner, variable_axis_size,
# min_max; PartitionedVariable attributes, names and full value.
from prelude import tf, np, rnd

with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(3)):
    pv = tf.get_variable("w", [7, 2], initializer=tf.constant_initializer(1.0))
print(type(pv).__name__, pv.name, pv.get_shape().as_list(), pv.dtype.name)
parts = list(pv)
print(len(parts), [p.name for p in parts], [p.shape.as_list() for p in parts])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
with tf.variable_scope("p", reuse=True, partitioner=tf.fixed_size_partitioner(3)):
    pv2 = tf.get_variable("w", [7, 2])
print([p.name for p in pv2])
x = tf.get_variable("x", [10, 4], partitioner=tf.fixed_size_partitioner(2, axis=1),
                    initializer=tf.zeros_initializer())
print([p.shape.as_list() for p in x])
y = tf.get_variable("y", [6, 3], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=24),
                    initializer=tf.zeros_initializer())
print(len(list(y)), [p.shape.as_list() for p in y])
z = tf.get_variable("z", [4, 3], partitioner=tf.min_max_variable_partitioner(max_partitions=2,
                                                                             min_slice_size=12),
                    initializer=tf.zeros_initializer())
print(len(list(z)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    full = sess.run(tf.convert_to_tensor(pv))
    print(full.shape, rnd(full.sum()))
    print(rnd(sess.run(tf.reduce_sum(pv.as_tensor()))))
