# FFT ops on empty inputs and odd fft_length values: 0-point rfft, negative or wrongly sized fft_length, fed lengths.
from prelude import tf, np, rnd


def attempt(label, fn, feed=None):
    try:
        t = fn()
        print(label, "built", t.dtype.name, t.shape)
        with tf.Session() as sess:
            v = sess.run(t, feed)
        print(label, "ran", v.shape, rnd(np.real(v), 4), rnd(np.imag(v), 4))
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


n = tf.placeholder(tf.int32, [])
attempt("fft_empty", lambda: tf.signal.fft(tf.zeros([0], tf.complex64)))
attempt("ifft2d_empty", lambda: tf.signal.ifft2d(tf.zeros([3, 0], tf.complex128)))
attempt("rfft_empty", lambda: tf.signal.rfft(tf.zeros([2, 0])))
attempt("irfft_empty", lambda: tf.signal.irfft(tf.zeros([2, 0], tf.complex64)))
attempt("irfft_empty_len4", lambda: tf.signal.irfft(tf.zeros([2, 0], tf.complex64), [4]))
attempt("rfft_neg_len", lambda: tf.signal.rfft(tf.ones([6]), [-2]))
attempt("rfft2d_len_wrong", lambda: tf.signal.rfft2d(tf.ones([3, 6]), [4]))
attempt("irfft2d_len_wrong", lambda: tf.signal.irfft2d(tf.ones([3, 4], tf.complex64), [2, 2, 2]))
attempt("rfft_dyn_len", lambda: tf.signal.rfft(tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), [n]), {n: 4})
attempt("irfft_len1", lambda: tf.signal.irfft(tf.constant([2.0 + 1j, 3.0, 4.0], tf.complex64), [1]))
attempt("irfft_odd", lambda: tf.signal.irfft(tf.constant([6.0 + 0j, -1.5 + 0.866j], tf.complex64), [3]))
attempt("fftshift_neg_axis", lambda: tf.signal.fftshift(tf.range(5), axes=-1))
attempt("ifftshift_axes", lambda: tf.signal.ifftshift(tf.reshape(tf.range(6), [2, 3]), axes=[0, -1]))
