# Fake quantization with fed inputs and fed ranges: static shapes, values and gradients.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3])
lo = tf.placeholder(tf.float32, [])
hi = tf.placeholder(tf.float32, [])
y = tf.quantization.fake_quant_with_min_max_vars(x, lo, hi, num_bits=6, narrow_range=True)
a = tf.quantization.fake_quant_with_min_max_args(x, -0.25, 0.75, num_bits=3)
mins = tf.placeholder(tf.float32, [3])
pc = tf.quantization.fake_quant_with_min_max_vars_per_channel(x, mins, mins + 2.0)
grads = tf.gradients(tf.reduce_sum(y * x), [x, lo, hi])
print(y.shape, a.shape, pc.shape, [g.shape for g in grads])
feed = {x: [[-1.2, 0.05, 0.31], [0.77, 1.6, 2.45]], lo: -1.0, hi: 2.0, mins: [-1.0, 0.0, 0.5]}
with tf.Session() as sess:
    print(rnd(sess.run([y, a, pc], feed)))
    print(rnd(sess.run(grads, feed)))
    feed[lo] = 0.5
    feed[hi] = 0.5
    print("empty range", rnd(sess.run(y, feed)))
