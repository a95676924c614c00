# quantize / dequantize with a quantization axis (MIN_COMBINED and SCALED), qint32 and
# unknown shapes.
from prelude import tf, np, rnd


def ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64).tolist()


x = tf.constant([[-1.5, -0.5, 0.5, 3.0], [1.5, 2.5, -2.5, -4.0], [0.1, 0.2, 0.3, 0.4]])
with tf.Session() as sess:
    for mode in ("MIN_COMBINED", "SCALED"):
        for T in (tf.quint8, tf.qint8):
            if mode == "SCALED" and T == tf.quint8:
                continue
            q = tf.quantization.quantize(x, [-2.0, -1.0, -3.0, -4.0], [2.0, 3.0, 1.0, 4.0], T,
                                         mode=mode, axis=1)
            d = tf.quantization.dequantize(q.output, q.output_min, q.output_max, mode=mode,
                                           axis=1)
            o, lo, hi, back = sess.run([q.output, q.output_min, q.output_max, d])
            print(mode, T.name, ints(o), rnd(lo), rnd(hi), rnd(back, 4))
    q = tf.quantization.quantize(x, -5.0, 5.0, tf.qint32, mode="SCALED")
    d = tf.quantization.dequantize(q.output, q.output_min, q.output_max, mode="SCALED")
    print("qint32", ints(sess.run(q.output)), rnd(sess.run(d), 6))
    p = tf.placeholder(tf.float32, [None, 4])
    q = tf.quantization.quantize(p, -1.0, 1.0, tf.quint8)
    print(q.output.shape, q.output_min.shape, q.output.dtype.name)
    print(ints(sess.run(q.output, {p: [[0.0, 0.5, -0.5, 1.0]]})))
    qa = tf.quantization.quantize(p, [-1.0] * 4, [1.0] * 4, tf.qint8, mode="SCALED", axis=1)
    print(qa.output_min.shape)
    try:
        sess.run(qa.output, {p: np.zeros([2, 4])})
        sess.run(tf.quantization.quantize(x, [-1.0, 0.0], [1.0, 2.0], tf.qint8, mode="SCALED",
                                          axis=1).output)
    except Exception as e:  # noqa: BLE001
        print("axis size", type(e).__name__)
