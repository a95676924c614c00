# tf.signal.frame bad input: scalar signal, non-scalar frame_length / frame_step, at graph-build time.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("scalar", lambda: tf.signal.frame(tf.constant(1.0), 2, 1))
attempt("len_vec", lambda: tf.signal.frame(tf.zeros([5]), [2, 3], 1))
attempt("step_vec", lambda: tf.signal.frame(tf.zeros([5]), 2, [1]))
attempt("axis_vec", lambda: tf.signal.frame(tf.zeros([5]), 2, 1, axis=[0]))
attempt("float_len", lambda: tf.signal.frame(tf.zeros([5]), 2.5, 1))
attempt("ok", lambda: tf.signal.frame(tf.zeros([5]), 2, 1))
