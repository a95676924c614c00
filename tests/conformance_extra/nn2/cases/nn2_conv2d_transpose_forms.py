# conv2d_transpose: output_shape as list / tensor / placeholder, VALID and SAME, bad shapes.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list() if hasattr(r, "shape") else r)
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 3 * 3 * 2, dtype=np.float32).reshape(1, 3, 3, 2) / 10.0)
w = tf.constant(np.linspace(-1, 1, 2 * 2 * 1 * 2, dtype=np.float32).reshape(2, 2, 1, 2))
a = tf.nn.conv2d_transpose(x, w, [1, 6, 6, 1], [1, 2, 2, 1], "SAME")
b = tf.nn.conv2d_transpose(x, w, [1, 6, 6, 1], [1, 2, 2, 1], "VALID", name="up")
c = tf.nn.conv2d_transpose(x, w, tf.constant([1, 5, 5, 1]), 2, "SAME")
ph = tf.placeholder(tf.int32, [4])
d = tf.nn.conv2d_transpose(x, w, ph, [1, 2, 2, 1], "SAME")
xp = tf.placeholder(tf.float32, [None, 3, 3, 2])
e = tf.nn.conv2d_transpose(xp, w, tf.stack([tf.shape(xp)[0], 6, 6, 1]), [1, 2, 2, 1], "SAME")
for t in (a, b, c, d, e):
    print(t.op.type, t.op.name, t.dtype.name, t.shape.as_list())
print(a.op.inputs[0].op.type, [i.op.type for i in a.op.inputs][1:])
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 3], [1, 2, 2, 1], "SAME"))
err(lambda: tf.nn.conv2d_transpose(x, tf.ones([2, 2, 1, 3]), [1, 6, 6, 1], [1, 2, 2, 1], "SAME"))
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6], [1, 2, 2, 1], "SAME"))
err(lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 1], [1, 2, 2, 1], "FULL"))
with tf.Session() as sess:
    ra, rb, rc, rd = sess.run([a, b, c, d], {ph: [1, 6, 6, 1]})
    print(rnd(ra[0, :, :, 0], 3))
    print(rnd(float(rb.sum()), 3), rnd(float(rc.sum()), 3), rnd(float(rd.sum()), 3))
    print(sess.run(tf.shape(e), {xp: np.zeros([3, 3, 3, 2], np.float32)}).tolist())
    try:
        sess.run(d, {ph: [1, 9, 9, 1]})
    except Exception as ex:
        print(type(ex).__name__)
