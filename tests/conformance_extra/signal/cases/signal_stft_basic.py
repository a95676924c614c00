# tf.signal.stft: default fft_length (enclosing power of two), explicit fft_length, shapes, dtypes, values.
from prelude import tf, np, rnd

t = np.arange(32, dtype=np.float32)
sig = tf.constant(np.sin(0.3 * t) + 0.1 * t)
s1 = tf.signal.stft(sig, frame_length=8, frame_step=4)
s2 = tf.signal.stft(sig, frame_length=6, frame_step=3)
s3 = tf.signal.stft(sig, frame_length=8, frame_step=8, fft_length=16)
s4 = tf.signal.stft(sig, frame_length=8, frame_step=4, fft_length=4)
for s in (s1, s2, s3, s4):
    print(s.name.split("/")[0], s.dtype.name, s.shape.as_list())
with tf.Session() as sess:
    v1, v2, v3, v4 = sess.run([s1, s2, s3, s4])
    print(rnd(np.abs(v1), 3))
    print(rnd(np.abs(v2[:2]), 3))
    print(rnd(v3[0].real, 3), rnd(v3[0].imag, 3))
    print(rnd(np.abs(v4), 3))
