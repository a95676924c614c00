# Gradients through tf.signal.frame: overlapping frames accumulate, padding and dropped samples get 0.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1, 8, dtype=np.float32))
w = tf.constant(np.arange(1, 13, dtype=np.float32).reshape(4, 3))
f = tf.signal.frame(x, 3, 2, pad_end=True)
g = tf.gradients(tf.reduce_sum(f * w), x)[0]
f2 = tf.signal.frame(x, 2, 3)
g2 = tf.gradients(tf.reduce_sum(f2 * f2), x)[0]
x3 = tf.constant(np.ones((2, 5, 2), np.float64))
g3 = tf.gradients(tf.reduce_sum(tf.signal.frame(x3, 3, 1, axis=1)), x3)[0]
print(f.shape.as_list(), g.shape.as_list(), g3.dtype.name)
with tf.Session() as sess:
    a, b, c = sess.run([g, g2, g3])
    print(rnd(a, 4))
    print(rnd(b, 4))
    print(rnd(c[:, :, 0], 4))
