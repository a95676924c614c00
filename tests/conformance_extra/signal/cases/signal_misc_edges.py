# Assorted tf.signal edges: fed zero lengths / steps, string frames, int64 frame_step, dtype errors, fed mel bins.
from prelude import tf, np, rnd


def attempt(label, fn, feed=None):
    try:
        t = fn()
        with tf.Session() as sess:
            v = sess.run(t, feed)
        print(label, "ok", t.dtype.name, t.shape, rnd(v, 3) if v.dtype != object else v.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


n = tf.placeholder(tf.int32, [])
attempt("kaiser_fed0", lambda: tf.signal.kaiser_window(n), {n: 0})
attempt("kbd_fed1", lambda: tf.signal.kaiser_bessel_derived_window(n), {n: 1})
attempt("kbd_1", lambda: tf.signal.kaiser_bessel_derived_window(1))
attempt("hann_neg", lambda: tf.signal.hann_window(-1))
attempt("vorbis_fed0", lambda: tf.signal.vorbis_window(n), {n: 0})
attempt("frame_step0", lambda: tf.signal.frame(tf.zeros([5]), 2, n), {n: 0})
attempt("frame_len0", lambda: tf.signal.frame(tf.zeros([5]), 0, 1))
attempt("frame_neg_step", lambda: tf.signal.frame(tf.zeros([5]), 2, n), {n: -1})
attempt("frame_axis_fed", lambda: tf.signal.frame(tf.ones([2, 5]), 2, 1, axis=n), {n: 0})
attempt("frame_strings", lambda: tf.signal.frame(tf.constant(["a", "b", "c"]), 2, 2, pad_end=True, pad_value="z"))
attempt("ola_step0", lambda: tf.signal.overlap_and_add(tf.ones([2, 3]), n), {n: 0})
attempt("ola_int64_step", lambda: tf.signal.overlap_and_add(tf.ones([2, 3]), tf.constant(2, tf.int64)))
attempt("ola_len0", lambda: tf.signal.overlap_and_add(tf.ones([2, 0]), 1))
attempt("stft_int", lambda: tf.signal.stft(tf.constant([1, 2, 3, 4, 5]), 4, 2))
attempt("stft_int_nowin", lambda: tf.signal.stft(tf.constant([1, 2, 3, 4, 5]), 4, 2, window_fn=None))
attempt("istft_real", lambda: tf.signal.inverse_stft(tf.zeros([3, 5]), 8, 4))
attempt("istft_rank1", lambda: tf.signal.inverse_stft(tf.zeros([5], tf.complex64), 8, 4))
attempt("mel_fed_bins", lambda: tf.signal.linear_to_mel_weight_matrix(3, n, 8000), {n: 4})
attempt("mel_float_bins", lambda: tf.signal.linear_to_mel_weight_matrix(3.0, 5, 8000))
attempt("mfcc_f16", lambda: tf.signal.mfccs_from_log_mel_spectrograms(tf.ones([2, 3], tf.float16)))
attempt("dct_f16", lambda: tf.signal.dct(tf.ones([4], tf.float16)))
attempt("dct_list", lambda: tf.signal.dct([1.0, 2.0, 3.0], norm="ortho"))
attempt("dct_scalar", lambda: tf.signal.dct(tf.constant(1.0)))
attempt("dct_len1", lambda: tf.signal.dct(tf.constant([2.0])))
attempt("dct_n_float", lambda: tf.signal.dct(tf.ones([4]), n=2.0))
attempt("dct_n_unknown", lambda: tf.signal.dct(tf.placeholder_with_default([[1.0, 2.0]], [None, None]), n=3))
attempt("mdct_fed_len", lambda: tf.signal.mdct(tf.ones([16]), n), {n: 8})
attempt("mdct_bad_norm", lambda: tf.signal.mdct(tf.ones([16]), 8, norm="x"))
attempt("imdct_odd", lambda: tf.signal.inverse_mdct(tf.ones([2, 3])))
