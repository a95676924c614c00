# tf.signal.mdct / inverse_mdct bad input and unknown shapes: frame length not a multiple of 4, low rank.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.dtype.name, t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("len6", lambda: tf.signal.mdct(tf.zeros([16]), 6))
attempt("scalar", lambda: tf.signal.mdct(tf.constant(1.0), 4))
attempt("imdct_rank1", lambda: tf.signal.inverse_mdct(tf.zeros([4])))
attempt("len_vec", lambda: tf.signal.mdct(tf.zeros([16]), [4]))
attempt("unknown", lambda: tf.signal.mdct(tf.placeholder(tf.float32, [None, None]), 8))
attempt("unknown_inv", lambda: tf.signal.inverse_mdct(tf.placeholder(tf.float32, [2, None, 4])))
attempt("ok", lambda: tf.signal.mdct(tf.zeros([2, 16]), 4))
