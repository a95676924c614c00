# Errors whose messages include TF1 shapes: classes at build time and run time.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3], name="x")


def trial(label, fn):
    try:
        r = fn()
        print(label, "ok", getattr(r, "shape", r))
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


trial("matmul", lambda: tf.matmul(x, tf.ones([4, 2])))
trial("add", lambda: x + tf.ones([2, 4]))
trial("reshape", lambda: tf.reshape(tf.ones([2, 3]), [4, 2]))
trial("reshape_unknown", lambda: tf.reshape(x, [-1, 2]))
trial("concat", lambda: tf.concat([x, tf.ones([2, 4])], 0))
trial("set_shape", lambda: x.set_shape([None, 4]))
trial("set_shape_ok", lambda: x.set_shape([2, 3]) or x.shape)
trial("merge", lambda: x.shape.merge_with([3, 3]))
trial("squeeze", lambda: tf.squeeze(x, [1]))
trial("var_shape", lambda: tf.Variable(tf.zeros([2]), name="v").assign([1.0, 2.0, 3.0]))
trial("stack", lambda: tf.stack([tf.ones([2]), tf.ones([3])]))
trial("conv", lambda: tf.nn.conv2d(tf.ones([1, 4, 4, 2]), tf.ones([3, 3, 3, 1]), [1, 1, 1, 1], "SAME"))
trial("feed", lambda: None)
p = tf.placeholder(tf.float32, [None, 2])
q = tf.reshape(p, [3, -1])
with tf.Session() as sess:
    try:
        sess.run(p, {p: np.zeros([2, 3])})
    except Exception as e:  # noqa: BLE001
        print("feed", type(e).__name__)
    try:
        sess.run(q, {p: np.zeros([4, 2])})
    except Exception as e:  # noqa: BLE001
        print("run reshape", type(e).__name__)
    try:
        sess.run(tf.matmul(p, tf.placeholder_with_default(np.ones([3, 1], np.float32), [None, 1])),
                 {p: np.zeros([2, 2])})
    except Exception as e:  # noqa: BLE001
        print("run matmul", type(e).__name__)
