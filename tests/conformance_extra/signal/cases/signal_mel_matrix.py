# tf.signal.linear_to_mel_weight_matrix: defaults, custom bands, float64, tensor sample_rate; shapes and values.
from prelude import tf, np, rnd

m0 = tf.signal.linear_to_mel_weight_matrix()
m1 = tf.signal.linear_to_mel_weight_matrix(4, 9, 16000, 100.0, 7000.0)
m2 = tf.signal.linear_to_mel_weight_matrix(num_mel_bins=3, num_spectrogram_bins=6, sample_rate=1000,
                                           lower_edge_hertz=0.0, upper_edge_hertz=500.0, dtype=tf.float64)
m3 = tf.signal.linear_to_mel_weight_matrix(5, 17, tf.constant(8000.0), 20.0, 4000.0)
m4 = tf.signal.linear_to_mel_weight_matrix(2, tf.constant(5), 8000, name="mel")
for m in (m0, m1, m2, m3, m4):
    print(m.name, m.dtype.name, m.shape)
with tf.Session() as sess:
    v0, v1, v2, v3, v4 = sess.run([m0, m1, m2, m3, m4])
    print(rnd(v0.sum(0), 4))
    print(rnd(np.argmax(v0, 1)[:40], 4))
    print(rnd(v1, 4))
    print(rnd(v2, 4))
    print(rnd(v3.sum(0), 4), rnd(v4, 4))
