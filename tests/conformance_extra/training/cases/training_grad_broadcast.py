# Gradients with broadcasting reduce back to input shapes.
from prelude import tf, np, rnd

a = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = tf.constant([10.0, 20.0, 30.0])
c = tf.constant(2.0)
y = (a + b) * c - b / c
ga, gb, gc = tf.gradients(tf.reduce_sum(y), [a, b, c])
print(ga.shape.as_list(), gb.shape.as_list(), gc.shape.as_list())
p = tf.placeholder(tf.float32, [None, 3])
q = tf.placeholder(tf.float32, [3])
z = tf.reduce_sum(p * q)
gp, gq = tf.gradients(z, [p, q])
print(gp.shape.as_list(), gq.shape.as_list())
m = tf.reduce_mean(a, axis=1, keepdims=True)
gm = tf.gradients(m, a)[0]
mx = tf.reduce_max(a, axis=0)
gmx = tf.gradients(mx, a)[0]
pr = tf.reduce_prod(b)
gpr = tf.gradients(pr, b)[0]
with tf.Session() as sess:
    print(rnd(sess.run([ga, gb, gc])))
    print(rnd(sess.run([gp, gq], {p: [[1, 2, 3], [4, 5, 6]], q: [1, 1, 2]})))
    print(rnd(sess.run(gm)), rnd(sess.run(gmx)), rnd(sess.run(gpr)))
