# tf.signal.overlap_and_add bad input (rank < 2, float or non-scalar frame_step) and its gradient.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("rank1", lambda: tf.signal.overlap_and_add(tf.zeros([4]), 2))
attempt("float_step", lambda: tf.signal.overlap_and_add(tf.zeros([2, 4]), 2.0))
attempt("vec_step", lambda: tf.signal.overlap_and_add(tf.zeros([2, 4]), [2]))
attempt("ok", lambda: tf.signal.overlap_and_add(tf.zeros([2, 4]), 2))
x = tf.constant(np.arange(1, 13, dtype=np.float32).reshape(3, 4))
y = tf.signal.overlap_and_add(x, 2)
w = tf.constant(np.arange(1, 9, dtype=np.float32))
g = tf.gradients(tf.reduce_sum(y * w), x)[0]
with tf.Session() as sess:
    print(g.shape.as_list(), rnd(sess.run(g), 4))
