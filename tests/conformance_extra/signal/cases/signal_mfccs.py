# tf.signal.mfccs_from_log_mel_spectrograms: values, batched input, unknown last dim, zero mel bins error.
from prelude import tf, np, rnd

x = np.log(np.arange(1, 25, dtype=np.float32).reshape(2, 3, 4) + 1.0)
m = tf.signal.mfccs_from_log_mel_spectrograms(x)
p = tf.placeholder(tf.float32, [None, None])
mp = tf.signal.mfccs_from_log_mel_spectrograms(p)
m64 = tf.signal.mfccs_from_log_mel_spectrograms(tf.constant([[0.5, 1.5, -2.0, 3.0, 1.0]], tf.float64))
print(m.name.split("/")[0], m.dtype.name, m.shape, mp.shape, m64.dtype.name)
try:
    tf.signal.mfccs_from_log_mel_spectrograms(tf.zeros([2, 0]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(m), 4))
    print(rnd(sess.run(mp, {p: x[0]}), 4))
    print(rnd(sess.run(m64), 4))
