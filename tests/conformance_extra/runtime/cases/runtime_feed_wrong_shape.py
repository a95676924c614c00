# Feeds with the wrong shape: rejected before running (ValueError) vs at run time.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
c = tf.constant([[1.0, 2.0, 3.0]], name="c")
m = tf.matmul(x, tf.ones([3, 1]), name="m")
s = c + 1.0
with tf.Session() as sess:
    print(sess.run(m, {x: np.ones([2, 3])}).tolist())
    for fetch, feed in [(m, {x: np.ones([2, 4])}), (m, {x: np.ones([3])}), (s, {c: np.ones([2, 2])}),
                        (s, {c: np.ones([1, 3])}), (m, {"x:0": np.ones([1, 2])})]:
        try:
            print(sess.run(fetch, feed).tolist())
        except ValueError as e:
            msg = str(e)
            print(type(e).__name__, "Cannot feed value of shape" in msg, "'x:0'" in msg, "'c:0'" in msg,
                  "(?, 3)" in msg, "(1, 3)" in msg)
        except tf.errors.OpError as e:
            print(type(e).__name__, e.op.name)
