# Fake quantization in a training loop: min / max variables learn through the gradient.
from prelude import tf, np, rnd

x = tf.constant([[-2.5, -0.4, 0.3], [0.8, 1.9, 3.2]])
target = tf.constant([[-1.0, -0.5, 0.25], [0.75, 1.5, 2.5]])
lo = tf.Variable(-0.5, name="quant_min")
hi = tf.Variable(1.0, name="quant_max")
w = tf.Variable(1.0, name="w")
y = tf.quantization.fake_quant_with_min_max_vars(x * w, lo, hi, num_bits=4)
loss = tf.reduce_mean(tf.square(y - target))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
print([v.name for v in tf.trainable_variables()], y.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(4):
        _, l = sess.run([train, loss])
        print(step, rnd(l), rnd(sess.run([lo, hi, w])))
    print(rnd(sess.run(y)))
