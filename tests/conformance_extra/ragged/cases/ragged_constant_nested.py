# tf.ragged.constant with nesting, ragged_rank, inner_shape and row_splits_dtype.
from prelude import tf, np, rnd

m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
print(m.shape, m.ragged_rank, m.values.shape, m.flat_values.shape)
print(m.values.values.name, m.values.row_splits.name, m.row_splits.name)
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
w = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], inner_shape=(2,))
i32 = tf.ragged.constant([[1, 2], [3]], row_splits_dtype=tf.int32)
print(u.shape, u.ragged_rank, w.shape, w.ragged_rank)
print(i32.row_splits.dtype.name, i32.shape)
with tf.Session() as s:
    print(s.run(m).to_list())
    print(s.run(u).to_list(), s.run(w).to_list())
    print(s.run(i32.row_splits).tolist())
    print(s.run(m.flat_values).tolist(), [x.tolist() for x in s.run(list(m.nested_row_splits))])
