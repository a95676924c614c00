# tf.signal.fftnd family and tf.spectral.dct/idct aliases: graph-building behaviour (names,
# dtypes, argument checks). TF 2.21 has no CPU kernel for the *FFTND ops (a session on a graph
# holding one fails), so values are not compared here: tests/ops/test_spectral_nd_ops.py checks
# them against NumPy.
from prelude import tf, np, rnd

xv = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
with tf.Graph().as_default():
    x = tf.constant(xv)
    c = tf.cast(x, tf.complex64)
    for t in (tf.signal.fftnd(c), tf.signal.ifftnd(c, axes=[1, 2]), tf.signal.rfftnd(x, axes=[2]),
              tf.signal.irfftnd(c, fft_length=[3, 6], axes=[1, 2]),
              tf.signal.fftnd(c, fft_length=[5], axes=[2], norm="ortho"),
              tf.fftnd(c, [3, 4], [1, 2]), tf.rfftnd(x, [3, 4], [1, 2]),
              tf.irfftnd(c, [3, 6], [1, 2], Treal=tf.float32), tf.ifftnd(c, [4], [2])):
        print(t.op.type, t.name, t.dtype.name, [i.op.type for i in t.op.inputs])
    for label, fn in (("rfft complex", lambda: tf.signal.rfftnd(c)),
                      ("irfft real", lambda: tf.signal.irfftnd(x)),
                      ("ortho inferred", lambda: tf.signal.fftnd(c, axes=[2], norm="ortho")),
                      ("axes rank", lambda: tf.signal.fftnd(tf.zeros([2], tf.complex64),
                                                            axes=[0, 1]))):
        try:
            fn()
            print(label, "ok")
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
print(tf.spectral.dct is tf.signal.dct, tf.spectral.idct is tf.signal.idct)
with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.constant(xv)
    print(rnd(sess.run(tf.spectral.dct(x[0], type=2, norm="ortho")), 4))
    print(rnd(sess.run(tf.spectral.idct(x[0], type=3)), 4))
