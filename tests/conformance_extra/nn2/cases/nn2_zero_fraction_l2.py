# zero_fraction, l2_loss and l2_normalize: dtypes, names, shapes, values.
from prelude import tf, np, rnd

x = tf.constant([[0.0, 1.0, 0.0], [2.0, 0.0, -3.0]])
zf = tf.nn.zero_fraction(x)
zi = tf.nn.zero_fraction(tf.constant([0, 0, 1, 5]), name="zfi")
zb = tf.nn.zero_fraction(tf.constant([True, False]))
ph = tf.placeholder(tf.float32, [None])
zp = tf.nn.zero_fraction(ph)
l2 = tf.nn.l2_loss(x)
l2n = tf.nn.l2_loss(tf.constant([3.0, 4.0], tf.float64), name="l2")
for t in (zf, zi, zb, zp, l2, l2n):
    print(t.name, t.dtype.name, t.shape.as_list())
try:
    tf.nn.l2_loss(tf.constant([1, 2]))
    print("int ok")
except Exception as e:
    print(type(e).__name__)
n0 = tf.nn.l2_normalize(x, axis=0)
n1 = tf.nn.l2_normalize(x, 1, epsilon=10.0)
nz = tf.nn.l2_normalize(tf.zeros([2]))
nn = tf.math.l2_normalize(x, axis=[0, 1])
for t in (n0, n1, nz, nn):
    print(t.name, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([zf, zi, zb, l2, l2n]), 4))
    print(rnd(sess.run(zp, {ph: [0.0, 0.0, 1.0]}), 4), rnd(sess.run(zp, {ph: np.zeros([0], np.float32)}), 4))
    print(rnd(sess.run([n0, n1, nz, nn]), 4))
