# stft -> inverse_stft with inverse_stft_window_fn reconstructs the interior of the signal.
from prelude import tf, np, rnd

x = (np.sin(np.arange(64) * 0.37) + 0.2 * np.cos(np.arange(64) * 1.3)).astype(np.float32)
fl, fs = 16, 4
s = tf.signal.stft(x, fl, fs)
y = tf.signal.inverse_stft(s, fl, fs, window_fn=tf.signal.inverse_stft_window_fn(fs))
s2 = tf.signal.stft(x, 12, 3, fft_length=16, window_fn=tf.signal.hamming_window)
y2 = tf.signal.inverse_stft(
    s2, 12, 3, fft_length=16,
    window_fn=tf.signal.inverse_stft_window_fn(3, forward_window_fn=tf.signal.hamming_window))
win = tf.signal.inverse_stft_window_fn(4)(16, tf.float32)
print(y.name.split("/")[0], y.dtype.name, y.shape.as_list(), y2.shape.as_list(), win.shape.as_list())
with tf.Session() as sess:
    vy, vy2, vw = sess.run([y, y2, win])
    print(rnd(np.max(np.abs(vy[fl:-fl] - x[fl:len(vy) - fl])), 3))
    print(rnd(np.max(np.abs(vy2[12:-12] - x[12:len(vy2) - 12])), 3))
    print(rnd(vy[20:26], 4))
    print(rnd(vw, 4))
