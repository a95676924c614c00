# depthwise_conv2d: channel multiplier, rate (dilation), strides, unknown shapes, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 5 * 5 * 2, dtype=np.float32).reshape(1, 5, 5, 2) / 10.0)
f = tf.constant(np.linspace(-1, 1, 2 * 2 * 2 * 3, dtype=np.float32).reshape(2, 2, 2, 3))
a = tf.nn.depthwise_conv2d(x, f, [1, 1, 1, 1], "VALID")
b = tf.nn.depthwise_conv2d(x, f, [1, 1, 1, 1], "SAME", rate=[2, 2], name="dw")
c = tf.nn.depthwise_conv2d(x, f, [1, 2, 2, 1], "SAME")
ph = tf.placeholder(tf.float32, [None, None, None, 2])
d = tf.nn.depthwise_conv2d(ph, f, [1, 1, 1, 1], "VALID")
n = tf.nn.depthwise_conv2d_native(x, f, [1, 1, 1, 1], "VALID")
for t in (a, c, d, n):
    print(t.op.type, t.op.name, t.dtype.name, t.shape.as_list())
print(b.dtype.name, b.shape.as_list())
err(lambda: tf.nn.depthwise_conv2d(x, tf.ones([2, 2, 3, 1]), [1, 1, 1, 1], "VALID"))
with tf.Session() as sess:
    ra, rb, rc, rn = sess.run([a, b, c, n])
    print(rnd(ra[0, :, :, 1], 3))
    print(rnd(rb[0, :, :, 4], 3))
    print(rnd(rc[0, :, :, 5], 3))
    print(bool(np.allclose(ra, rn)))
