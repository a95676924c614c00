# QuantizeAndDequantizeV3 / V4 through tf.raw_ops: num_bits as a tensor, float64, axis.
from prelude import tf, np, rnd

x = tf.constant([[-3.3, -1.0, 0.45, 2.2], [0.0, 1.7, -0.2, 4.4]], tf.float64)
bits = tf.placeholder(tf.int32, [])
v3 = tf.raw_ops.QuantizeAndDequantizeV3(input=x, input_min=tf.constant(-2.0, tf.float64),
                                        input_max=tf.constant(3.0, tf.float64), num_bits=bits,
                                        range_given=True)
v4 = tf.raw_ops.QuantizeAndDequantizeV4(input=x, input_min=tf.constant([-3.3, -1.0], tf.float64),
                                        input_max=tf.constant([2.2, 4.4], tf.float64), axis=0,
                                        num_bits=4, narrow_range=True)
print(v3.op.type, v3.dtype.name, v3.shape, v4.op.type, v4.shape)
with tf.Session() as sess:
    for b in (2, 4, 8):
        print(b, rnd(sess.run(v3, {bits: b}), 6))
    print(rnd(sess.run(v4), 6))
    g = tf.gradients(tf.reduce_sum(v3 * x), x)[0]
    print(rnd(sess.run(g, {bits: 4}), 6))
