# with_values, with_flat_values, with_row_splits_dtype.
from prelude import tf, np, rnd

m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
a = m.with_values(m.values * 2)
b = m.with_flat_values(tf.cast(m.flat_values, tf.float32) + 0.5)
c = m.with_row_splits_dtype(tf.int32)
print(a.shape, b.dtype.name, [t.dtype.name for t in c.nested_row_splits], c.row_splits.dtype.name)
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list(), s.run(c).to_list())
