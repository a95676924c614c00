# tf.signal.kaiser_bessel_derived_window (even and odd lengths) and tf.signal.vorbis_window values.
from prelude import tf, np, rnd

ts = [
    tf.signal.kaiser_bessel_derived_window(2),
    tf.signal.kaiser_bessel_derived_window(8),
    tf.signal.kaiser_bessel_derived_window(7, beta=4.0),
    tf.signal.kaiser_bessel_derived_window(6, dtype=tf.float64),
    tf.signal.vorbis_window(1),
    tf.signal.vorbis_window(4),
    tf.signal.vorbis_window(7, dtype=tf.float64),
    tf.signal.vorbis_window(0),
]
print([t.name.split("/")[0] for t in ts])
print([t.dtype.name for t in ts], [t.shape.as_list() for t in ts])
with tf.Session() as sess:
    vals = sess.run(ts)
    for v in vals:
        print(rnd(v, 4))
    # Princen-Bradley: w[n]^2 + w[n + N/2]^2 == 1
    print(rnd(vals[1][:4] ** 2 + vals[1][4:] ** 2, 4), rnd(vals[5][:2] ** 2 + vals[5][2:] ** 2, 4))
