# moments (keep_dims, axes), weighted_moments, normalize_moments, sufficient_statistics.
from prelude import tf, np, rnd

x = tf.constant(np.arange(2 * 3 * 2, dtype=np.float32).reshape(2, 3, 2))
m1, v1 = tf.nn.moments(x, [0, 1])
m2, v2 = tf.nn.moments(x, [1], keep_dims=True, name="mom")
ph = tf.placeholder(tf.float32, [None, 4])
m3, v3 = tf.nn.moments(ph, [0])
w = tf.constant([[1.0], [0.0], [3.0]])
xw = tf.constant([[1.0, 2.0], [5.0, 5.0], [3.0, 6.0]])
wm, wv = tf.nn.weighted_moments(xw, [0], w)
wm2, wv2 = tf.nn.weighted_moments(xw, [0, 1], 2.0, keep_dims=True)
cnt, ms, vs, sh = tf.nn.sufficient_statistics(xw, [0], shift=1.0)
nm, nv = tf.nn.normalize_moments(cnt, ms, vs, shift=1.0)
for t in (m1, v1, m2, v2, m3, v3, wm, wv, wm2, wv2, cnt, ms, vs, nm, nv):
    print(t.name, t.dtype.name, t.shape.as_list())
xi = tf.constant([[1, 2], [3, 5]])
try:
    mi, vi = tf.nn.moments(xi, [0])
    print(mi.dtype.name)
except Exception as e:
    print(type(e).__name__)
xh = tf.constant([[1.0, 2.0], [3.0, 5.0]], tf.float16)
mh, vh = tf.nn.moments(xh, [0])
print(mh.dtype.name, vh.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run([m1, v1, m2, v2]), 4))
    print(rnd(sess.run([m3, v3], {ph: [[1, 2, 3, 4], [3, 2, 1, 0]]}), 4))
    print(rnd(sess.run([wm, wv, wm2, wv2]), 4))
    print(rnd(sess.run([cnt, ms, vs, nm, nv]), 4))
    print(rnd(sess.run([mh, vh]), 3))
