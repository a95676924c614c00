# RaggedTensor.to_sparse for ragged_rank 1 and 2 and uniform inner dims.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1], [2, 3]], [[4]]])
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
sps = [rc.to_sparse(), m.to_sparse(), u.to_sparse()]
print([type(x).__name__ for x in sps], [x.dtype.name for x in sps])
with tf.Session() as s:
    for v in s.run(sps):
        print(type(v).__name__, v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
