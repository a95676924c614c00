# l2_normalize: axis lists, negative axis, epsilon floor, zero vectors, gradients, int error.
from prelude import tf, np, rnd

x = tf.constant([[3.0, 4.0, 0.0], [0.0, 0.0, 0.0], [1e-4, 0.0, 0.0]])
a = tf.nn.l2_normalize(x, axis=1, name="n1")
b = tf.nn.l2_normalize(x, axis=[0, 1])
c = tf.nn.l2_normalize(x, axis=-1, epsilon=1.0)
d = tf.math.l2_normalize(x, 0, 1e-12)
print(a.name, a.dtype.name, a.shape.as_list())
g = tf.gradients(tf.reduce_sum(a * tf.constant([1.0, 2.0, 3.0])), x)[0]
gc = tf.gradients(tf.reduce_sum(c), x)[0]
try:
    print(tf.nn.l2_normalize(tf.constant([1, 2]), 0).dtype.name)
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    for t in (a, b, c, d, g, gc):
        print(rnd(sess.run(t), 4))
