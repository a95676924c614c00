# tf.ragged.constant_value and RaggedTensorValue, the NumPy-side ragged value.
from prelude import tf, np, rnd

v = tf.ragged.constant_value([[1., 2.], [3.]])
print(type(v).__name__, v.to_list(), v.dtype, v.values.dtype, v.row_splits.dtype)
print(v.shape, v.ragged_rank, v.values.tolist(), v.row_splits.tolist())
print(str(v))
w = tf.ragged.constant_value([[[1, 2], [3]], [[4]]], dtype=tf.int32)
print(w.to_list(), w.ragged_rank, w.flat_values.dtype, [s.tolist() for s in w.nested_row_splits])
x = tf.ragged.RaggedTensorValue(np.array([1, 2, 3]), np.array([0, 1, 3]))
print(x, x.shape, x.ragged_rank, x.flat_values.tolist(), x.row_splits.tolist())
print(repr(tf.ragged.RaggedTensorValue(np.array([1, 2, 3], np.int32), np.array([0, 2, 3]))))
