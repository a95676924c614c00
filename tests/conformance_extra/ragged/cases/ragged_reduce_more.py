# More ragged reductions: integer means, axes given as tensors, keepdims, whole-tensor reductions.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 6]])
outs = [tf.reduce_mean(rc, axis=1), tf.reduce_mean(rc), tf.reduce_sum(rc, axis=tf.constant(1)),
        tf.reduce_mean(tf.ragged.constant([[1., 2.], [3.]]), axis=0), tf.reduce_all(rc > 0),
        tf.reduce_prod(rc), tf.reduce_sum(rc, axis=tf.constant(1), keepdims=True),
        tf.math.reduce_max(rc, axis=-1), tf.reduce_min(rc, axis=[0, 1])]
print([(o.dtype.name, o.shape.as_list()) for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v, 4))
