# Gradients of softmax and log_softmax: axis, grad_ys, 3-D inputs, second derivatives.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
w = tf.constant([[1.0, 0.0, -1.0], [2.0, 0.5, 0.0]])
sm = tf.nn.softmax(x)
ls = tf.nn.log_softmax(x)
g1 = tf.gradients(tf.reduce_sum(sm * w), x)[0]
g2 = tf.gradients(tf.reduce_sum(ls * w), x)[0]
g3 = tf.gradients(sm, x)[0]
g4 = tf.gradients(ls, x)[0]
print(g1.op.type, g2.op.type, g1.name, g2.name)
sa = tf.nn.softmax(x, axis=0)
ga = tf.gradients(tf.reduce_sum(sa * w), x)[0]
la = tf.nn.log_softmax(x, axis=0)
gla = tf.gradients(tf.reduce_sum(la * w), x)[0]
t3 = tf.constant(np.arange(12.0).reshape(2, 3, 2) / 4.0, tf.float32)
g3d = tf.gradients(tf.reduce_sum(tf.nn.softmax(t3, axis=1) * t3), t3)[0]
hh = tf.gradients(g2, x)[0]
print(ga.shape.as_list(), g3d.shape.as_list(), hh.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([g1, g2]), 4))
    print(rnd(sess.run([g3, g4]), 4))
    print(rnd(sess.run([ga, gla]), 4))
    print(rnd(sess.run(g3d), 4))
    print(rnd(sess.run(hh), 4))
