# Gradients through stft (power spectrum) and inverse_stft with respect to the input signal.
from prelude import tf, np, rnd

x = tf.constant((np.arange(24) % 5).astype(np.float32) - 2.0)
s = tf.signal.stft(x, 8, 4, fft_length=8)
power = tf.reduce_sum(tf.square(tf.abs(s)))
g = tf.gradients(power, x)[0]
x64 = tf.constant(np.linspace(-1, 1, 16))
r = tf.reduce_sum(tf.square(tf.signal.inverse_stft(tf.signal.stft(x64, 8, 2), 8, 2)))
g64 = tf.gradients(r, x64)[0]
print(g.dtype.name, g.shape.as_list(), g64.dtype.name)
with tf.Session() as sess:
    vg, vg64 = sess.run([g, g64])
    print(rnd(vg, 3))
    print(rnd(vg64, 3))
