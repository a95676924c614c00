# Row-partition accessors: row_lengths, row_starts, row_limits, value_rowids, nrows, bounding_shape.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
parts = [rc.row_lengths(), rc.row_starts(), rc.row_limits(), rc.value_rowids(), rc.nrows(),
         rc.bounding_shape(), m.bounding_shape(), m.row_lengths(), m.nrows(out_type=tf.int32),
         rc.bounding_shape(axis=1)]
print([p.dtype.name for p in parts])
with tf.Session() as s:
    for v in s.run(parts):
        print(np.asarray(v).tolist())
    print(s.run(m.row_lengths(axis=2)).to_list())
