# RaggedTensor.from_row_splits: names, static shape, validate=False, values.
from prelude import tf, np, rnd

rt = tf.RaggedTensor.from_row_splits([1., 2, 3, 4, 5], [0, 2, 2, 5])
print(rt.shape, rt.dtype.name, rt.ragged_rank, rt.row_splits.dtype.name)
print(rt.values.name, rt.row_splits.name)
nv = tf.RaggedTensor.from_row_splits([1., 2, 3, 4, 5], [0, 2, 2, 5], validate=False)
print(nv.row_splits.name, nv.values.name)
q = tf.RaggedTensor.from_row_splits(tf.constant([1, 2, 3]), tf.constant([0, 1, 3], tf.int32),
                                    name="q")
print(q.row_splits.dtype.name, q.values.name)
with tf.Session() as s:
    print(s.run(rt).to_list(), s.run(nv).to_list(), s.run(q).to_list())
