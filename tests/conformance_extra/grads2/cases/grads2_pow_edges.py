# Gradients of pow for base 0, negative bases, broadcast exponents, and integer pow.
from prelude import tf, np, rnd

x = tf.constant([0.0, 0.0, -2.0, 3.0])
y = tf.constant([2.0, 0.5, 3.0, -1.0])
g = tf.gradients(tf.pow(x, y), [x, y])
b = tf.constant([[0.0, 1.0, 2.0]])
e = tf.constant([[1.0], [2.0]])
gb = tf.gradients(tf.pow(b, e), [b, e])
print([t.shape.as_list() for t in gb])
s = tf.constant(2.0)
gs = tf.gradients(tf.pow(tf.constant([1.0, 2.0, 3.0]), s), s)
xi = tf.constant([1, 2, 3])
print(tf.gradients(tf.pow(xi, 2), xi))
gd = tf.gradients(tf.pow(tf.constant([0.0, 4.0], tf.float64), 0.5), [])
print(gd)
x64 = tf.constant([0.0, 4.0], tf.float64)
g64 = tf.gradients(x64 ** 1.5 + x64 ** 0.5, x64)[0]
print(g64.dtype.name)
with tf.Session() as sess:
    print([rnd(v, 4) for v in sess.run(g)])
    print([rnd(v, 4) for v in sess.run(gb)])
    print(rnd(sess.run(gs), 4))
    print(rnd(sess.run(g64), 4))
