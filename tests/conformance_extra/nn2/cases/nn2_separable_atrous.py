# separable_conv2d with rate, atrous_conv2d and atrous_conv2d_transpose.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 6 * 6 * 2, dtype=np.float32).reshape(1, 6, 6, 2) / 20.0)
dw = tf.constant(np.linspace(-1, 1, 2 * 2 * 2 * 2, dtype=np.float32).reshape(2, 2, 2, 2))
pw = tf.constant(np.linspace(0.5, -0.5, 4 * 3, dtype=np.float32).reshape(1, 1, 4, 3))
s1 = tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], "VALID", name="sep")
s2 = tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], "SAME", rate=[2, 2])
w = tf.constant(np.linspace(-1, 1, 3 * 3 * 2 * 2, dtype=np.float32).reshape(3, 3, 2, 2))
a1 = tf.nn.atrous_conv2d(x, w, 2, "VALID")
a2 = tf.nn.atrous_conv2d(x, w, 2, "SAME", name="atr")
at = tf.nn.atrous_conv2d_transpose(a1, w, [1, 6, 6, 2], 2, "VALID")
for t in (s1, s2, a1, a2, at):
    print(t.op.type, t.dtype.name, t.shape.as_list())
print(s1.op.name, a2.op.name)
err(lambda: tf.nn.separable_conv2d(x, dw, tf.ones([1, 1, 3, 3]), [1, 1, 1, 1], "VALID"))
err(lambda: tf.nn.separable_conv2d(x, dw, tf.ones([2, 2, 4, 3]), [1, 1, 1, 1], "VALID"))
err(lambda: tf.nn.atrous_conv2d(x, w, 0, "VALID"))
with tf.Session() as sess:
    r = sess.run([s1, s2, a1, a2, at])
    print(rnd(r[0][0, :, :, 0], 3))
    print(rnd(r[1][0, :, :, 2], 3))
    print(rnd(r[2][0, :, :, 1], 3))
    print(rnd(r[3][0, 0], 3))
    print(rnd(r[4][0, :, :, 0], 3))
