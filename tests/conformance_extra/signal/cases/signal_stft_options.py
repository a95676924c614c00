# tf.signal.stft options: window_fn=None or hamming, pad_end, float64 -> complex128, batched, unknown dims.
from prelude import tf, np, rnd

x = np.cos(np.arange(20) * 0.7).astype(np.float32)
a = tf.signal.stft(x, 8, 4, window_fn=None)
b = tf.signal.stft(x, 8, 4, window_fn=tf.signal.hamming_window, pad_end=True)
c = tf.signal.stft(tf.constant(np.stack([x, 2 * x]).astype(np.float64)), 5, 5)
p = tf.placeholder(tf.float32, [None, None])
d = tf.signal.stft(p, 8, 4)
e = tf.signal.stft(tf.placeholder(tf.float32), 8, 4)
fl = tf.placeholder(tf.int32, [])
f = tf.signal.stft(p, fl, 4, fft_length=8)
for t in (a, b, c, d, e, f):
    print(t.dtype.name, t.shape)
with tf.Session() as sess:
    va, vb, vc = sess.run([a, b, c])
    print(rnd(np.abs(va), 3))
    print(rnd(np.abs(vb), 3))
    print(rnd(np.abs(vc), 3))
    print(rnd(np.abs(sess.run(d, {p: x[None]})), 3))
    print(rnd(np.abs(sess.run(f, {p: x[None], fl: 6})), 3))
