# tf.ragged.stack_dynamic_partitions groups items by partition, keeping their order.
from prelude import tf, np, rnd

a = tf.ragged.stack_dynamic_partitions([10, 20, 30, 40], [1, 0, 1, 3], 4)
b = tf.ragged.stack_dynamic_partitions([[1., 2.], [3., 4.], [5., 6.]], [2, 2, 0], 3)
print(a.shape, a.dtype.name, b.shape, b.dtype.name)
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list())
