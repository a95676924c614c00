# tf.signal.inverse_stft: fft_length larger / smaller than frame_length, window_fn=None, unknown dims, complex128.
from prelude import tf, np, rnd

rng = np.random.RandomState(0)
spec = (rng.randn(2, 5, 9) + 1j * rng.randn(2, 5, 9)).astype(np.complex64)
a = tf.signal.inverse_stft(spec, 16, 8)
b = tf.signal.inverse_stft(spec, 10, 5)
c = tf.signal.inverse_stft(spec[:, :, :5], 12, 4, fft_length=8, window_fn=None)
d = tf.signal.inverse_stft(spec.astype(np.complex128), 16, 4)
p = tf.placeholder(tf.complex64, [None, None, None])
e = tf.signal.inverse_stft(p, 16, 8)
n = tf.placeholder(tf.int32, [])
f = tf.signal.inverse_stft(spec, n, 8, fft_length=16)
for t in (a, b, c, d, e, f):
    print(t.dtype.name, t.shape)
with tf.Session() as sess:
    va, vb, vc, vd = sess.run([a, b, c, d])
    print(rnd(va[0, :10], 3))
    print(rnd(vb[1, -6:], 3))
    print(rnd(vc[0, :14], 3))
    print(rnd(vd[1, 10:16], 3))
    print(rnd(sess.run(e, {p: spec[:1, :2]}), 3))
    print(rnd(sess.run(f, {n: 12})[0, :6], 3))
