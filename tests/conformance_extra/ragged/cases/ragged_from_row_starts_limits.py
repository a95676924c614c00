# RaggedTensor.from_row_starts and from_row_limits.
from prelude import tf, np, rnd

a = tf.RaggedTensor.from_row_starts([1, 2, 3, 4], [0, 1, 1])
b = tf.RaggedTensor.from_row_limits([1, 2, 3, 4], [1, 1, 4])
print(a.shape, b.shape, a.row_splits.dtype.name, b.row_splits.dtype.name)
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list())
    print(s.run(a.row_starts()).tolist(), s.run(b.row_limits()).tolist())
