# Window functions reject integer dtypes and non-scalar lengths (ValueError) at graph-build time.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.dtype.name, t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("hann_int", lambda: tf.signal.hann_window(4, dtype=tf.int32))
attempt("hamming_int", lambda: tf.signal.hamming_window(4, dtype=tf.int64))
attempt("hann_vec", lambda: tf.signal.hann_window([4]))
attempt("kaiser_vec", lambda: tf.signal.kaiser_window([4]))
attempt("vorbis_vec", lambda: tf.signal.vorbis_window([4]))
attempt("kbd_vec", lambda: tf.signal.kaiser_bessel_derived_window([4]))
attempt("periodic_vec", lambda: tf.signal.hann_window(4, periodic=[True]))
attempt("hann_f64", lambda: tf.signal.hann_window(4, dtype=tf.float64))
