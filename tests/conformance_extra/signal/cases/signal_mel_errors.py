# tf.signal.linear_to_mel_weight_matrix argument validation: which error class for each bad argument.
from prelude import tf, np, rnd


def attempt(label, **kw):
    try:
        t = tf.signal.linear_to_mel_weight_matrix(**kw)
        print(label, "ok", t.dtype.name, t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("zero_bins", num_mel_bins=0)
attempt("neg_lower", lower_edge_hertz=-1.0)
attempt("lower_ge_upper", lower_edge_hertz=3000.0, upper_edge_hertz=3000.0)
attempt("above_nyquist", upper_edge_hertz=4500.0)
attempt("zero_rate", sample_rate=0)
attempt("int_dtype", dtype=tf.int32)
attempt("tensor_rate_above_nyquist", sample_rate=tf.constant(6000.0))
attempt("nyquist_ok", upper_edge_hertz=4000.0)
attempt("f64", dtype=tf.float64)
