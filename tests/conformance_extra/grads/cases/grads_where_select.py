# Gradients of tf.where (v1 select with vector condition) and where_v2 broadcasting.
from prelude import tf, np, rnd

c = tf.constant([True, False, True])
a = tf.constant([1.0, 2.0, 3.0])
b = tf.constant([10.0, 20.0, 30.0])
w = tf.where(c, a * a, b * b)
print(w.op.type)
gw = tf.gradients(w, [c, a, b])
print(gw[0])
m = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
n = tf.constant([[-1.0, -2.0], [-3.0, -4.0], [-5.0, -6.0]])
wr = tf.where(c, m, n)
gwr = tf.gradients(tf.reduce_sum(wr * m), [m, n])
print(wr.shape.as_list())
v2 = tf.where_v2(tf.constant([True, False]), m, tf.constant(0.0))
print(v2.op.type, v2.shape.as_list())
s = tf.constant(0.0)
gv2 = tf.gradients(tf.reduce_sum(tf.where_v2(tf.constant([True, False]), m, s)), [m, s])
print(gv2[1].shape.as_list())
x = tf.constant([-1.0, 0.0, 2.0])
safe = tf.where(x > 0, tf.sqrt(tf.where(x > 0, x, tf.ones_like(x))), tf.zeros_like(x))
gs = tf.gradients(safe, x)[0]
unsafe = tf.where(x > 0, tf.sqrt(x), tf.zeros_like(x))
gu = tf.gradients(unsafe, x)[0]
with tf.Session() as sess:
    print(rnd(sess.run(gw[1:])))
    print(rnd(sess.run(gwr)))
    print(rnd(sess.run(gv2)))
    print(rnd(sess.run([gs, gu]), 4))
