# quantized_concat: quint8 / qint32 inputs with different ranges, three inputs, axis 1, a fed
# concat_dim; other types have no kernel.
from prelude import tf, np, rnd


def ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64).tolist()


with tf.Session() as sess:
    for T in (tf.quint8, tf.qint32):
        parts = [tf.quantization.quantize(tf.constant(v), lo, hi, T, mode="MIN_FIRST")
                 for v, lo, hi in (([[0.5], [1.0]], 0.0, 1.0), ([[-2.0], [3.0]], -2.0, 3.0),
                                   ([[0.25], [-0.25]], -0.5, 0.5))]
        c = tf.quantization.quantized_concat(1, [p.output for p in parts],
                                             [p.output_min for p in parts],
                                             [p.output_max for p in parts])
        out, lo, hi = sess.run(c)
        print(T.name, c.output.shape, ints(out) if T == tf.quint8 else "", rnd([lo, hi]))
        back = tf.quantization.dequantize(c.output, c.output_min, c.output_max, mode="MIN_FIRST")
        print(rnd(sess.run(back), 3))
    dim = tf.placeholder(tf.int32, [])
    q = tf.quantization.quantize(tf.constant([[1.0, 2.0]]), 0.0, 2.0, tf.quint8)
    c = tf.quantization.quantized_concat(dim, [q.output, q.output], [q.output_min] * 2,
                                         [q.output_max] * 2)
    print(c.output.shape, ints(sess.run(c.output, {dim: 0})), ints(sess.run(c.output, {dim: 1})))
with tf.Graph().as_default(), tf.Session() as sess:
    q = tf.quantization.quantize(tf.constant([1.0, 2.0]), 0.0, 2.0, tf.qint8)
    c = tf.quantization.quantized_concat(0, [q.output, q.output], [q.output_min] * 2,
                                         [q.output_max] * 2)
    try:
        sess.run(c.output)
    except Exception as e:  # noqa: BLE001
        print("qint8", type(e).__name__)
