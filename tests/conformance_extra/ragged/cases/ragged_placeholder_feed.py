# tf.ragged.placeholder, fed with RaggedTensorValues.
from prelude import tf, np, rnd

p = tf.ragged.placeholder(tf.float32, 1, [])
print(p.shape, p.ragged_rank, p.dtype.name, p.values.name, p.row_splits.name)
p2 = tf.ragged.placeholder(tf.int32, 2, [3])
print(p2.shape, p2.flat_values.name, [t.name for t in p2.nested_row_splits])
doubled = p * 2
total = tf.reduce_sum(p, axis=1)
with tf.Session() as s:
    v = tf.ragged.constant_value([[1., 2.], [3.]])
    print(s.run(doubled, {p: v}).to_list(), s.run(total, {p: v}).tolist())
    v2 = tf.ragged.constant_value([[[[1, 2, 3]], []], [[[4, 5, 6], [7, 8, 9]]]], ragged_rank=2)
    print(s.run(p2, {p2: v2}).to_list())
    print(s.run(p.row_lengths(), {p: tf.ragged.constant_value([[1.], [], [2., 3., 4.]])}).tolist())
