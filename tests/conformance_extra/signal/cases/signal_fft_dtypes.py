# FFT ops and dtypes: complex64 vs complex128, float64 rfft, integer / float inputs rejected, op types.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        print(label, "ok", t.op.type, t.dtype.name, t.shape)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


c128 = tf.constant(np.array([1 + 2j, 3 - 1j, 0.5j, -2], np.complex128))
attempt("fft128", lambda: tf.signal.fft(c128))
attempt("ifft2d_128", lambda: tf.signal.ifft2d(tf.reshape(c128, [2, 2])))
attempt("rfft64", lambda: tf.signal.rfft(tf.constant([1.0, 2.0, 3.0], tf.float64)))
attempt("irfft128", lambda: tf.signal.irfft(c128))
attempt("fft_float", lambda: tf.signal.fft(tf.constant([1.0, 2.0])))
attempt("fft_scalar", lambda: tf.signal.fft(tf.constant(1 + 1j, tf.complex64)))
attempt("rfft_int", lambda: tf.signal.rfft(tf.constant([1, 2, 3])))
attempt("rfft_complex", lambda: tf.signal.rfft(c128))
attempt("irfft_float", lambda: tf.signal.irfft(tf.constant([1.0, 2.0])))
attempt("rfft2d_rank1", lambda: tf.signal.rfft2d(tf.constant([1.0, 2.0])))
attempt("rfft_len_matrix", lambda: tf.signal.rfft(tf.constant([1.0, 2.0]), fft_length=[[2]]))
with tf.Session() as sess:
    v = sess.run(tf.signal.fft(c128))
    print(v.dtype, rnd(v.real, 4), rnd(v.imag, 4))
    v = sess.run(tf.signal.ifft(tf.cast(c128, tf.complex64)))
    print(v.dtype, rnd(v.real, 4), rnd(v.imag, 4))
    v = sess.run(tf.signal.irfft(tf.signal.rfft(tf.constant([1.0, 2.0, 3.0, 4.0], tf.float64))))
    print(v.dtype, rnd(v, 4))
