# tf.losses on inputs of unknown shape and with fed weights: static shapes of the results and values.
from prelude import tf, np, rnd

y = tf.placeholder(tf.float32, None)
p = tf.placeholder(tf.float32, None)
w = tf.placeholder(tf.float32, None)
l1 = tf.losses.mean_squared_error(y, p)
l2 = tf.losses.absolute_difference(y, p, weights=w)
l3 = tf.losses.absolute_difference(y, p, weights=w, reduction=tf.losses.Reduction.NONE)
l4 = tf.losses.huber_loss(y, p, weights=w, reduction=tf.losses.Reduction.SUM_BY_NONZERO_WEIGHTS)
for t in (l1, l2, l3, l4):
    print(t.name, t.shape)
with tf.Session() as sess:
    f = {y: [[1.0, 2.0], [3.0, 4.0]], p: [[1.5, 2.0], [0.0, 4.0]], w: [[1.0], [0.0]]}
    print(rnd(sess.run([l1, l2, l3, l4], f), 4))
    f = {y: [1.0, 2.0], p: [2.0, 2.0], w: 0.0}
    print(rnd(sess.run([l1, l2, l3, l4], f), 4))
