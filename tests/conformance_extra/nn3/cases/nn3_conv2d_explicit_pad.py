# conv2d with explicit paddings lists, strides+dilations together, bad explicit paddings errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 5 * 6 * 2, dtype=np.float32).reshape(1, 5, 6, 2) / 10.0)
w = tf.constant(np.linspace(-1, 1, 3 * 3 * 2 * 2, dtype=np.float32).reshape(3, 3, 2, 2))
a = tf.nn.conv2d(x, w, strides=[1, 1, 1, 1], padding=[[0, 0], [1, 2], [0, 1], [0, 0]], name="ep")
b = tf.nn.conv2d(x, w, strides=2, padding=[[0, 0], [2, 2], [1, 1], [0, 0]])
c = tf.nn.conv2d(x, w, strides=1, padding=[[0, 0], [2, 2], [2, 2], [0, 0]], dilations=2)
ph = tf.placeholder(tf.float32, [None, None, 6, 2])
d = tf.nn.conv2d(ph, w, 1, [[0, 0], [1, 1], [1, 1], [0, 0]])
for t in (a, b, c, d):
    print(t.op.type, t.name, t.shape.as_list(), t.op.get_attr("padding"), t.op.get_attr("explicit_paddings"))
err(lambda: tf.nn.conv2d(x, w, 1, [[1, 0], [1, 1], [1, 1], [0, 0]]))
err(lambda: tf.nn.conv2d(x, w, 1, [[0, 0], [1, 1], [1, 1]]))
err(lambda: tf.nn.conv2d(x, w, 1, [[0, 0], [-1, 1], [1, 1], [0, 0]]))
err(lambda: tf.nn.conv2d(x, w, 1, "EXPLICIT"))
err(lambda: tf.nn.conv2d(x, w, [1, 2, 2, 1], "SAME", dilations=[1, 2, 2, 1]))
with tf.Session() as sess:
    ra, rb, rc = sess.run([a, b, c])
    print(rnd(ra[0, :, :, 0], 3))
    print(rnd(rb[0, :, :, 1], 3))
    print(rnd(rc[0, :, :, 0], 3))
    print(sess.run(d, {ph: np.ones([2, 3, 6, 2], np.float32)}).shape)
    try:
        r = sess.run(tf.nn.conv2d(x, w, [1, 2, 2, 1], "SAME", dilations=[1, 2, 2, 1]))
        print("ran", r.shape)
    except Exception as e:
        print(type(e).__name__)
