# conv1d: stride, padding, dilations, unknown batch/length, value and shape errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(2 * 7 * 2, dtype=np.float32).reshape(2, 7, 2) / 10.0)
w = tf.constant(np.linspace(-1, 1, 3 * 2 * 3, dtype=np.float32).reshape(3, 2, 3))
a = tf.nn.conv1d(x, w, stride=1, padding="VALID")
b = tf.nn.conv1d(x, w, stride=2, padding="SAME", name="c1")
c = tf.nn.conv1d(x, w, stride=1, padding="SAME", dilations=2)
ph = tf.placeholder(tf.float32, [None, None, 2])
d = tf.nn.conv1d(ph, w, 2, "VALID")
for t in (a, b, c, d):
    print(t.op.type, t.op.name, t.dtype.name, t.shape.as_list())
print(sorted(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("c1/")))
err(lambda: tf.nn.conv1d(x, tf.ones([3, 3, 3]), 1, "VALID"))
err(lambda: tf.nn.conv1d(tf.ones([7, 2]), w, 1, "VALID"))
err(lambda: tf.nn.conv1d(x, w, 1, "valid"))
with tf.Session() as sess:
    ra, rb, rc = sess.run([a, b, c])
    print(rnd(ra[0], 3))
    print(rnd(rb[1], 3))
    print(rnd(rc[0, :, 0], 3))
    print(sess.run(d, {ph: np.ones([1, 8, 2], np.float32)}).shape)
