# moments / weighted_moments: gradients, unknown shapes, int inputs, float16 accumulation, shift.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 3, 2 * 3 * 4, dtype=np.float32).reshape(2, 3, 4) ** 2)
m, v = tf.nn.moments(x, [0, 1], name="mo")
print(m.name, v.name, m.shape.as_list())
g = tf.gradients(tf.reduce_sum(v) + tf.reduce_sum(m * m), x)[0]
ph = tf.placeholder(tf.float32, [None, None, 4])
pm, pv = tf.nn.moments(ph, [1], keep_dims=True)
print(pm.shape.as_list(), pv.shape.as_list())
h = tf.cast(x, tf.float16)
hm, hv = tf.nn.moments(h, [2])
print(hm.dtype.name, hv.dtype.name)
w = tf.constant([[[1.0], [0.0], [2.0]], [[1.0], [1.0], [0.5]]])
wm, wv = tf.nn.weighted_moments(x, [0, 1], w, keep_dims=False)
gw = tf.gradients(tf.reduce_sum(wv), [x, w])
print(wm.shape.as_list(), [t.shape.as_list() for t in gw])
sm, sv = tf.nn.moments(x, [0], shift=tf.constant(1.0))
with tf.Session() as sess:
    print(rnd(sess.run([m, v]), 4))
    print(rnd(sess.run(g)[1], 4))
    r = sess.run([pm, pv], {ph: np.arange(24, dtype=np.float32).reshape(2, 3, 4)})
    print(rnd(r[0][:, 0], 4), rnd(r[1][:, 0], 4))
    print(rnd(sess.run([hm, hv]), 2))
    print(rnd(sess.run([wm, wv]), 4))
    print(rnd(sess.run(gw[1]), 4))
    print(rnd(sess.run([sm, sv])[1], 4))
