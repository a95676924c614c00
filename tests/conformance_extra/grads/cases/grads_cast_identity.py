# Gradients through tf.cast (float<->float, float->int->float, bool), identity and identity_n.
from prelude import tf, np, rnd

x = tf.constant([1.5, -2.5], tf.float32)
c64 = tf.cast(x, tf.float64)
g = tf.gradients(c64 * c64, x)[0]
print(g.dtype.name, g.op.type)
h = tf.cast(x, tf.float16)
gh = tf.gradients(tf.cast(h * h, tf.float32), x)[0]
print(gh.dtype.name)
ci = tf.cast(tf.cast(x, tf.int32), tf.float32)
print(tf.gradients(ci, x))
cb = tf.cast(tf.cast(x, tf.bool), tf.float32)
print(tf.gradients(cb, x))
cc = tf.cast(x, tf.complex64)
gcc = tf.gradients(tf.real(cc * cc), x)[0]
print(gcc.dtype.name)
ids = tf.identity_n([x, x * 2.0])
gid = tf.gradients(ids[0] + ids[1], x)[0]
print(ids[0].op.type, len(ids))
d = tf.constant([1.0, 2.0], tf.float64)
gd = tf.gradients(tf.cast(d, tf.float32), d)[0]
print(gd.dtype.name)
i = tf.constant([1, 2])
fi = tf.cast(i, tf.float32)
print(tf.gradients(fi * fi, i), tf.gradients(fi * fi, fi)[0].dtype.name)
print(tf.gradients(tf.cast(x, tf.int64), x))
with tf.Session() as sess:
    print(rnd(sess.run([g, gh, gcc, gid, gd])))
