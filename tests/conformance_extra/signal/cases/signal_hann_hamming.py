# tf.signal.hann_window / hamming_window: periodic and symmetric forms, lengths 0-8, float dtypes.
from prelude import tf, np, rnd

ts = []
for fn in (tf.signal.hann_window, tf.signal.hamming_window):
    for n in (0, 1, 2, 5, 8):
        for periodic in (True, False):
            ts.append(fn(n, periodic=periodic))
w64 = tf.signal.hann_window(6, dtype=tf.float64)
w16 = tf.signal.hamming_window(4, periodic=False, dtype=tf.float16)
print(ts[0].name.split("/")[0], ts[-1].name.split("/")[0], w64.dtype.name, w16.dtype.name)
print([t.shape.as_list() for t in ts])
with tf.Session() as sess:
    for v in sess.run(ts + [w64, w16]):
        print(rnd(v, 4))
