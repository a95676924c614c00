# rfft / irfft / rfft2d / irfft2d with explicit fft_length: cropping, zero-padding, odd lengths, defaults.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, -1.0, 0.5, 3.0])
a = tf.signal.rfft(x, fft_length=[3])
b = tf.signal.rfft(x, fft_length=[8])
c = tf.signal.rfft(x)
spec = tf.constant([4 + 0j, 1 - 1j, 0.5 + 2j], tf.complex64)
d = tf.signal.irfft(spec)
e = tf.signal.irfft(spec, fft_length=[5])
f = tf.signal.irfft(spec, fft_length=[8])
g = tf.signal.irfft(spec, fft_length=[2])
img = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
h = tf.signal.rfft2d(img, fft_length=[2, 6])
i = tf.signal.irfft2d(tf.signal.rfft2d(img), fft_length=[3, 4])
for t in (a, b, c, d, e, f, g, h, i):
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run([a, b, c, h]):
        print(rnd(v.real, 4), rnd(v.imag, 4))
    for v in sess.run([d, e, f, g, i]):
        print(rnd(v, 4))
