# tf.hessians of quadratic forms, multiple xs, matrix input, unconnected xs and second derivatives via gradients.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0])
A = tf.constant([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
f = tf.reduce_sum(x * tf.linalg.matvec(A, x)) + tf.reduce_sum(x ** 3)
h = tf.hessians(f, x)
print(type(h).__name__, len(h), h[0].shape, h[0].dtype.name)
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
hm = tf.hessians(tf.reduce_sum(m ** 3), m)[0]
print(hm.shape)
y = tf.constant(2.0)
hxy = tf.hessians(tf.reduce_sum(x * x) * y * y, [x, y])
print([t.shape for t in hxy])
z = tf.constant([5.0])
try:
    hz = tf.hessians(tf.reduce_sum(x * x), [x, z])
    print([None if t is None else t.shape for t in hz])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
g1 = tf.gradients(tf.sin(y) * y, y)[0]
g2 = tf.gradients(g1, y)[0]
g3 = tf.gradients(g2, y)[0]
with tf.Session() as sess:
    print(rnd(sess.run(h), 4))
    print(rnd(sess.run(hm), 4).__repr__())
    print(rnd(sess.run(hxy), 4))
    print(rnd(sess.run([g1, g2, g3]), 4))
