# tf.signal.dct / idct argument validation: axis, type, norm, n, Type-I length, non-float input.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.dtype.name, t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([2, 4])
attempt("axis0", lambda: tf.signal.dct(x, axis=0))
attempt("type5", lambda: tf.signal.dct(x, type=5))
attempt("type0_idct", lambda: tf.signal.idct(x, type=0))
attempt("ortho_type1", lambda: tf.signal.dct(x, type=1, norm="ortho"))
attempt("bad_norm", lambda: tf.signal.dct(x, norm="forward"))
attempt("n_zero", lambda: tf.signal.dct(x, n=0))
attempt("type1_len1", lambda: tf.signal.dct(tf.zeros([3, 1]), type=1))
attempt("idct_axis", lambda: tf.signal.idct(x, axis=1))
attempt("int_input", lambda: tf.signal.dct(tf.constant([1, 2, 3])))
attempt("f64_ok", lambda: tf.signal.dct(tf.zeros([4], tf.float64), type=3))
