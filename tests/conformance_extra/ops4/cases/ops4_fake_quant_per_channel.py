# tf.quantization.fake_quant_with_min_max_vars_per_channel and its gradient op.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-3, 3, 12, dtype=np.float32).reshape(2, 2, 3))
mins = tf.constant([-1.0, -2.5, 0.0])
maxs = tf.constant([1.0, 0.5, 2.0])
y = tf.quantization.fake_quant_with_min_max_vars_per_channel(x, mins, maxs, num_bits=4)
print(y.op.type, y.shape, y.dtype.name)
gx, gmin, gmax = tf.gradients(tf.reduce_sum(y * y), [x, mins, maxs])
print(gx.shape, gmin.shape, gmax.shape, gmin.op.type)
with tf.Session() as sess:
    print(rnd(sess.run(y)))
    print(rnd(sess.run([gx, gmin, gmax])))
    pg = tf.fake_quant_with_min_max_vars_per_channel_gradient(tf.ones_like(x), x, mins, maxs,
                                                              narrow_range=True)
    print(rnd(sess.run(pg)))
