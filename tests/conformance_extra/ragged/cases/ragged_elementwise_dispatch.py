# tf.* elementwise functions, tf.cast, tf.where, ones_like/zeros_like and tf.size on ragged input.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
outs = [tf.add(rc, 1), tf.math.abs(-rc), tf.cast(rc, tf.float32), tf.where(rc > 2, rc, rc * 10),
        tf.ones_like(rc), tf.zeros_like(rc), tf.maximum(rc, 3), tf.math.square(rc),
        tf.equal(rc, 2), tf.multiply(rc, rc), tf.math.sqrt(tf.cast(rc, tf.float64)),
        tf.where(rc > 2, rc, -rc)]
print([(type(o).__name__, o.dtype.name) for o in outs])
size = tf.size(rc)
print(size.dtype.name, size.shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v.to_list(), 4))
    print(s.run(size), s.run(tf.size(rc, out_type=tf.int64)))
