# conv2d_transpose / conv1d_transpose with strides, bad output_shape, gradients.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.linspace(-1, 1, 1 * 2 * 3 * 2, dtype=np.float32).reshape(1, 2, 3, 2))
w = tf.constant(np.linspace(-0.5, 0.9, 3 * 3 * 4 * 2, dtype=np.float32).reshape(3, 3, 4, 2))
a = tf.nn.conv2d_transpose(x, w, [1, 4, 6, 4], [1, 2, 2, 1], "SAME", name="ta")
b = tf.nn.conv2d_transpose(x, w, [1, 5, 7, 4], 2, "VALID")
c = tf.nn.conv2d_transpose(x, w, [1, 3, 6, 4], 2, "SAME")
d = tf.nn.conv2d_transpose(x, w, [1, 4, 5, 4], 1, "VALID")
for t in (a, b, c, d):
    print(t.op.type, t.name, t.shape.as_list())
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 4, 6, 3], 2, "SAME"))
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 4, 6], 2, "SAME"))
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 9, 9, 4], 2, "SAME"))
x1 = tf.constant(np.linspace(-1, 1, 1 * 3 * 2, dtype=np.float32).reshape(1, 3, 2))
w1 = tf.constant(np.linspace(-0.5, 0.5, 2 * 3 * 2, dtype=np.float32).reshape(2, 3, 2))
e = tf.nn.conv1d_transpose(x1, w1, [1, 6, 3], 2, "SAME")
print(e.op.type, e.shape.as_list())
g = tf.gradients(tf.reduce_sum(a * a), [x, w])
with tf.Session() as sess:
    ra, rb, rc, rd, re = sess.run([a, b, c, d, e])
    print(rnd(ra[0, :, :, 0], 3))
    print(rnd(rb[0, :, :, 3], 3))
    print(rnd(rc[0, :, :, 1], 3))
    print(rnd(rd[0, :, :, 2], 3))
    print(rnd(re[0], 3))
    gx, gw = sess.run(g)
    print(rnd(gx[0, :, :, 0], 3), rnd(gw[:, :, 1, 0], 3))
