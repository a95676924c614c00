# RaggedTensor.to_tensor: default_value, shape (crop and pad), nested and inner dims.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1], [2, 3]], [[4]]])
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
outs = [rc.to_tensor(), rc.to_tensor(9), rc.to_tensor(shape=[2, 2]), rc.to_tensor(shape=[4, 4]),
        m.to_tensor(-1), u.to_tensor(), u.to_tensor(default_value=7, shape=[3, 1, 2]),
        tf.ragged.constant([["a"], ["b", "c"]]).to_tensor()]
print([o.dtype.name for o in outs])
print(rc.to_tensor(shape=[2, 2]).shape, u.to_tensor().shape[2:])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.tolist())
