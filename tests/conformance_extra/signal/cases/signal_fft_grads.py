# Gradients of fft / ifft / rfft / irfft (with fft_length padding) and fft2d, complex64 and complex128.
from prelude import tf, np, rnd

xr = tf.constant([1.0, 2.0, -1.0, 0.5])
w = tf.constant([1.0, -2.0, 3.0])
ga = tf.gradients(tf.reduce_sum(tf.abs(tf.signal.rfft(xr)) * w), xr)[0]
gb = tf.gradients(tf.reduce_sum(tf.math.real(tf.signal.rfft(xr, fft_length=[6])) * tf.constant([1.0, 2.0, 3.0, 4.0])), xr)[0]
gc = tf.gradients(tf.reduce_sum(tf.math.imag(tf.signal.rfft(xr, fft_length=[5])) * tf.constant([1.0, 2.0, -1.0])), xr)[0]
z = tf.constant(np.array([1 + 1j, 2 - 1j, 0.5j, 1.0], np.complex128))
gd = tf.gradients(tf.reduce_sum(tf.math.real(tf.signal.fft(z) * tf.constant(np.array([1, 2j, 3, -1j], np.complex128)))), z)[0]
ge = tf.gradients(tf.reduce_sum(tf.math.imag(tf.signal.ifft(z))), z)[0]
s = tf.constant([2 + 0j, 1 - 1j, 0.5 + 0.5j], tf.complex64)
gf = tf.gradients(tf.reduce_sum(tf.signal.irfft(s) * tf.constant([1.0, 2.0, 3.0, 4.0])), s)[0]
gg = tf.gradients(tf.reduce_sum(tf.signal.irfft(s, fft_length=[5]) * tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])), s)[0]
m = tf.constant(np.array([[1 + 1j, 2], [3j, -1]], np.complex64))
gh = tf.gradients(tf.reduce_sum(tf.abs(tf.signal.fft2d(m))), m)[0]
print([g.dtype.name for g in (ga, gb, gc, gd, ge, gf, gg, gh)])
with tf.Session() as sess:
    for v in sess.run([ga, gb, gc]):
        print(rnd(v, 4))
    for v in sess.run([gd, ge, gf, gg, gh]):
        print(rnd(v.real, 4), rnd(v.imag, 4))
