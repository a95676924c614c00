# tf.quantization.quantized_concat: requantizing into the combined range; shapes and errors.
from prelude import tf, np, rnd


def ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64).tolist()


a = tf.quantization.quantize(tf.constant([[0.5, 1.0], [2.0, 3.0]]), 0.0, 3.0, tf.quint8)
b = tf.quantization.quantize(tf.constant([[-1.0, 4.0]]), -1.0, 4.0, tf.quint8)
c = tf.quantization.quantized_concat(0, [a.output, b.output], [a.output_min, b.output_min],
                                     [a.output_max, b.output_max])
print(c.output.op.type, c.output.dtype.name, c.output.shape, c.output_min.shape)
with tf.Session() as sess:
    out, lo, hi = sess.run(c)
    print(ints(out), rnd([lo, hi]))
    same = tf.quantized_concat(1, [a.output, a.output], [a.output_min] * 2, [a.output_max] * 2)
    out, lo, hi = sess.run(same)
    print(ints(out), rnd([lo, hi]))
try:
    tf.quantization.quantized_concat(1, [a.output, b.output], [a.output_min, b.output_min],
                                     [a.output_max, b.output_max])
except Exception as e:  # noqa: BLE001
    print("mismatch", type(e).__name__)
