# tf.gradients stop_gradients: several stops, stopping at xs, stop with unconnected='zero', hessian-like uses.
from prelude import tf, np, rnd

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
c = a * b
d = c + a
e = d * d
print(tf.gradients(e, [a, b], stop_gradients=[c]) [1])
g1 = tf.gradients(e, [a, b], stop_gradients=[c])
g2 = tf.gradients(e, [a, b], stop_gradients=[a, b])
g3 = tf.gradients(e, [a, b, c], stop_gradients=[c])
g4 = tf.gradients(e, [a, b], stop_gradients=[d])
print(g4)
g5 = tf.gradients(e, [a, b], stop_gradients=[d], unconnected_gradients="zero")
g6 = tf.gradients(e, c, stop_gradients=(c,))
g7 = tf.gradients(e, [a, b], stop_gradients=[tf.constant(3.0)])
print(g1[1], len(g3))
with tf.Session() as sess:
    print(rnd(sess.run(g1[0])), rnd(sess.run(g2)), rnd(sess.run(g3[0])), rnd(sess.run(g3[2])))
    print(rnd(sess.run(g5)), rnd(sess.run(g6)), rnd(sess.run(g7)))
