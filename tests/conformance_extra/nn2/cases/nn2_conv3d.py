# conv3d and conv3d_transpose: shapes with unknown dims, values, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 3 * 4 * 4 * 1, dtype=np.float32).reshape(1, 3, 4, 4, 1) / 10.0)
w = tf.constant(np.linspace(-1, 1, 2 * 2 * 2 * 1 * 2, dtype=np.float32).reshape(2, 2, 2, 1, 2))
a = tf.nn.conv3d(x, w, [1, 1, 1, 1, 1], "VALID")
b = tf.nn.conv3d(x, w, [1, 1, 2, 2, 1], "SAME", name="c3")
ph = tf.placeholder(tf.float32, [None, 5, None, 6, 1])
c = tf.nn.conv3d(ph, w, [1, 2, 2, 2, 1], "SAME")
t = tf.nn.conv3d_transpose(b, w, [1, 3, 4, 4, 1], [1, 1, 2, 2, 1], "SAME")
for v in (a, b, c, t):
    print(v.op.type, v.op.name, v.dtype.name, v.shape.as_list())
err(lambda: tf.nn.conv3d(x, w, [1, 1, 1, 1], "VALID"))
err(lambda: tf.nn.conv3d(x, tf.ones([2, 2, 2, 3, 1]), [1, 1, 1, 1, 1], "VALID"))
err(lambda: tf.nn.conv3d(x, w, [2, 1, 1, 1, 1], "VALID"))
with tf.Session() as sess:
    ra, rb, rt = sess.run([a, b, t])
    print(rnd(ra[0, :, :, :, 0].sum(axis=0), 3))
    print(rnd(rb[0, 1, :, :, 1], 3))
    print(rnd(rt[0, 0, :, :, 0], 3))
