# quantize_and_dequantize (V2) and _v2 (V4): ranges, signedness, bits, rounding, gradients.
from prelude import tf, np, rnd

x = tf.constant([[-6.0, -2.1, -0.1, 0.0], [0.26, 1.7, 2.5, 8.2]])
with tf.Session() as sess:
    for given in (False, True):
        for signed in (True, False):
            for bits, rm in ((3, "HALF_TO_EVEN"), (8, "HALF_UP")):
                a = tf.quantization.quantize_and_dequantize(
                    x, -2.3, 3.1, signed_input=signed, num_bits=bits, range_given=given,
                    round_mode=rm)
                b = tf.quantization.quantize_and_dequantize_v2(
                    x, -2.3, 3.1, signed_input=signed, num_bits=bits, range_given=given,
                    round_mode=rm, narrow_range=True)
                print(given, signed, bits, rm, rnd(sess.run([a, b]), 4))
    c = tf.quantization.quantize_and_dequantize_v2(
        x, [-3.0, -1.0, -2.0, -1.0], [1.0, 3.0, 2.0, 9.0], axis=1)
    print(c.op.type, rnd(sess.run(c), 4))
    a = tf.quantization.quantize_and_dequantize(x, -2.0, 2.0, range_given=True)
    b = tf.quantization.quantize_and_dequantize_v2(x, -2.0, 2.0, range_given=True)
    print(a.op.type, b.op.type, a.name, b.name)
    ga = tf.gradients(tf.reduce_sum(a * x), x)[0]
    gb = tf.gradients(tf.reduce_sum(b * x), x)[0]
    print(rnd(sess.run([ga, gb]), 4))
    try:
        sess.run(tf.quantization.quantize_and_dequantize(x, 2.0, -2.0, range_given=True))
    except Exception as e:  # noqa: BLE001
        print("bad range", type(e).__name__)
    try:
        sess.run(tf.quantization.quantize_and_dequantize_v2(x, -1.0, 1.0, num_bits=1))
    except Exception as e:  # noqa: BLE001
        print("bits", type(e).__name__)
