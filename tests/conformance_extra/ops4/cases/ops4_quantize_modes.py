# tf.quantization.quantize / dequantize: MIN_COMBINED, MIN_FIRST, SCALED for 8/16-bit types.
from prelude import tf, np, rnd


def ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64).tolist()


x = tf.constant([[-3.0, -0.1, 0.0, 0.013], [1.0, 2.5, 4.99, 7.0]])
with tf.Session() as sess:
    for T in (tf.quint8, tf.qint8, tf.quint16, tf.qint16):
        for mode in ("MIN_COMBINED", "MIN_FIRST", "SCALED"):
            for lo, hi in ((-2.0, 5.0), (0.0, 3.0)):
                q = tf.quantization.quantize(x, lo, hi, T, mode=mode)
                d = tf.quantization.dequantize(q.output, q.output_min, q.output_max, mode=mode)
                out, omin, omax, back = sess.run([q.output, q.output_min, q.output_max, d])
                print(T.name, mode, lo, hi, ints(out), rnd([omin, omax]), rnd(back, 4))
