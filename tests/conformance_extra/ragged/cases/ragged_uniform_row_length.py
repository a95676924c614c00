# RaggedTensor.from_uniform_row_length and static shapes of uniform dimensions.
from prelude import tf, np, rnd

a = tf.RaggedTensor.from_uniform_row_length([1, 2, 3, 4, 5, 6], 2)
b = tf.RaggedTensor.from_uniform_row_length(tf.ragged.constant([[1], [2, 3], [], [4]]), 2)
print(a.shape, b.shape, a.ragged_rank, b.ragged_rank)
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list())
    print(s.run(a.row_lengths()).tolist(), s.run(b.bounding_shape()).tolist())
