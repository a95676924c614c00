# Gradients of tf.where (v1 vector condition), where_v2 broadcasting and select with scalars.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = tf.constant([[10.0, 20.0], [30.0, 40.0], [50.0, 60.0]])
c = tf.constant([True, False, True])
g1 = tf.gradients(tf.where(c, x, y) * 2.0, [x, y, c])
print(g1[2])
cb = tf.constant([[True], [False], [True]])
s = tf.constant(7.0)
r = tf.constant([1.0, -1.0])
g2 = tf.gradients(tf.where_v2(cb, x, r) * tf.constant([1.0, 2.0]), [x, r])
g3 = tf.gradients(tf.where_v2(x > 2.5, s, x * x), [x, s])
print([t.shape for t in g2], [t.shape for t in g3])
with tf.Session() as sess:
    print([rnd(v, 4) for v in sess.run(g1[:2])])
    print([rnd(v, 4) for v in sess.run(g2)])
    print([rnd(v, 4) for v in sess.run(g3)])
