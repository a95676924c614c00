# tf.reduce_* over ragged axes (empty rows give the reduction's identity).
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
outs = [tf.reduce_sum(rc, axis=1), tf.reduce_sum(rc, axis=0), tf.reduce_sum(rc),
        tf.reduce_mean(tf.cast(rc, tf.float32), axis=1), tf.reduce_max(rc, axis=1),
        tf.reduce_min(rc, axis=1), tf.reduce_max(rc, axis=0), tf.reduce_sum(m, axis=2),
        tf.reduce_sum(m, axis=1), tf.reduce_prod(rc, axis=1), tf.reduce_any(rc > 3, axis=1),
        tf.reduce_all(rc > 0, axis=1), tf.reduce_sum(rc, axis=[0, 1]), tf.reduce_sum(m, axis=[1, 2]),
        tf.reduce_mean(tf.ragged.constant([[1., 2.], [3.]])), tf.reduce_sum(rc, axis=-1)]
print([o.dtype.name for o in outs])
print(outs[0].shape, outs[2].shape, outs[7].shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v.to_list() if hasattr(v, "to_list") else v, 4))
