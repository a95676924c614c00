# tf.quantization.fake_quant_with_min_max_vars: trainable range, gradients to inputs, min, max.
from prelude import tf, np, rnd

x = tf.constant([[-3.0, -0.7, 0.0, 0.26], [0.9, 1.4, 2.0, 4.5]])
lo = tf.Variable(-1.0)
hi = tf.Variable(2.0)
y = tf.quantization.fake_quant_with_min_max_vars(x, lo, hi, num_bits=5)
loss = tf.reduce_sum(y * tf.constant([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]))
grads = tf.gradients(loss, [x, lo, hi])
print(y.op.type, y.shape, [g.op.type for g in grads], [g.shape for g in grads])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)))
    print(rnd(sess.run(grads)))
    z = tf.quantization.fake_quant_with_min_max_vars(x, 0.0, 0.0)
    print("zero range", rnd(sess.run(z)))
    w = tf.quantization.fake_quant_with_min_max_vars(x, 3.0, -1.0)
    print("inverted", rnd(sess.run(w)))
    n = tf.fake_quant_with_min_max_vars(x, -2.0, 2.0, narrow_range=True, num_bits=4)
    print("narrow", rnd(sess.run(n)))
    vg = tf.fake_quant_with_min_max_vars_gradient(tf.ones_like(x), x, -1.0, 2.0)
    print([t.shape for t in vg], rnd(sess.run(vg)))
