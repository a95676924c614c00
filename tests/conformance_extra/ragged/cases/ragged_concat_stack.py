# tf.concat / tf.stack / tf.ragged.stack with RaggedTensors (and dense tensors mixed in).
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1]], [[2], [3]]])
outs = [tf.concat([rc, rc], axis=0), tf.concat([rc, rc], axis=1),
        tf.concat([rc, tf.constant([[7], [8], [9]])], axis=1), tf.stack([rc, rc], axis=0),
        tf.ragged.stack([rc, rc]), tf.ragged.stack([rc, rc], axis=1),
        tf.concat([m, tf.ragged.constant([[[4, 5]]])], 0), tf.concat([rc, rc], -1),
        tf.ragged.stack([tf.constant([1, 2]), tf.constant([3, 4])])]
print([(o.shape.ndims, o.dtype.name, o.ragged_rank) for o in outs])
print(outs[0].shape, outs[3].shape, outs[4].shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
