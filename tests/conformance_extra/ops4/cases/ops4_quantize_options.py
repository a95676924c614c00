# quantize options: round_mode, narrow_range, axis (per-channel), ensure_minimum_range, aliases.
from prelude import tf, np, rnd


def ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64).tolist()


x = tf.constant([[-1.5, -0.5, 0.5], [1.5, 2.5, -2.5]])
with tf.Session() as sess:
    for rm in ("HALF_AWAY_FROM_ZERO", "HALF_TO_EVEN"):
        for narrow in (False, True):
            q = tf.quantization.quantize(x, -127.0, 127.0, tf.qint8, mode="SCALED",
                                         round_mode=rm, narrow_range=narrow)
            print(rm, narrow, ints(sess.run(q.output)), rnd(sess.run([q.output_min, q.output_max])))
    q = tf.quantization.quantize(x, [-2.0, -1.0, -3.0], [2.0, 3.0, 1.0], tf.qint8, mode="SCALED", axis=1)
    print("axis", q.output_min.shape, ints(sess.run(q.output)), rnd(sess.run(q.output_min)))
    d = tf.quantization.dequantize(q.output, q.output_min, q.output_max, mode="SCALED", axis=1)
    print("deq axis", d.shape, rnd(sess.run(d), 4))
    q = tf.quantization.quantize(x * 0.0001, 0.0, 0.0001, tf.quint8)
    print("min range", ints(sess.run(q.output)), rnd(sess.run([q.output_min, q.output_max])))
    q = tf.quantize_v2(x, -3.0, 3.0, tf.quint8)
    print("v2", q.output.op.type, q.output.dtype.name, q.output.name, ints(sess.run(q.output)))
    q = tf.quantize(x, -3.0, 3.0, tf.qint8, mode="MIN_FIRST")
    d = tf.dequantize(q.output, q.output_min, q.output_max, mode="MIN_FIRST")
    print("top", d.op.type, d.dtype.name, rnd(sess.run(d), 4))
    try:
        sess.run(tf.quantization.quantize(x, 2.0, 1.0, tf.quint8).output)
    except Exception as e:  # noqa: BLE001
        print("min>max", type(e).__name__)
    try:
        sess.run(tf.quantization.quantize(x, -1.0, 1.0, tf.quint8, round_mode="HALF_TO_EVEN").output)
    except Exception as e:  # noqa: BLE001
        print("round_mode", type(e).__name__)
    try:
        tf.quantization.quantize(x, -1.0, 1.0, tf.float32)
    except Exception as e:  # noqa: BLE001
        print("float T", type(e).__name__)
