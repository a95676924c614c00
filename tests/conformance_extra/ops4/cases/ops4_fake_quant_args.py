# tf.quantization.fake_quant_with_min_max_args: nudged ranges, num_bits, narrow_range, gradient.
from prelude import tf, np, rnd

x = tf.constant([[-7.0, -6.0, -1.26, -0.1, 0.0], [0.013, 0.5, 2.5, 5.99, 9.0]])
with tf.Session() as sess:
    for mn, mx, bits, narrow in [(-6, 6, 8, False), (-1.3, 2.7, 8, True), (0.2, 3.1, 4, False),
                                 (-5.0, -0.5, 3, False), (-0.37, 0.91, 16, False)]:
        y = tf.quantization.fake_quant_with_min_max_args(x, mn, mx, bits, narrow)
        print(mn, mx, bits, narrow, rnd(sess.run(y)))
    y = tf.fake_quant_with_min_max_args(x, min=-1.0, max=1.0)
    print(y.op.type, y.name, y.dtype.name, y.shape, y.op.get_attr("num_bits"))
    g = tf.gradients(tf.reduce_sum(y * 3.0), x)[0]
    print(g.op.type, rnd(sess.run(g)))
    gg = tf.quantization.fake_quant_with_min_max_args_gradient(tf.ones_like(x) * 2.0, x, -1.0, 1.0)
    print(gg.op.type, rnd(sess.run(gg)))
