# Gradients of maximum/minimum and reduce_max/reduce_min when values tie.
from prelude import tf, np, rnd

a = tf.constant([1.0, 2.0, 3.0])
b = tf.constant([1.0, 3.0, 2.0])
gmax = tf.gradients(tf.maximum(a, b), [a, b])
gmin = tf.gradients(tf.minimum(a, b), [a, b])
s = tf.constant(2.0)
gbs = tf.gradients(tf.reduce_sum(tf.maximum(a, s)), [a, s])
gbs2 = tf.gradients(tf.reduce_sum(tf.minimum(s, a)), [a, s])
t = tf.constant([[1.0, 4.0, 4.0], [2.0, 2.0, 2.0]])
grm = tf.gradients(tf.reduce_max(t, axis=1), t)[0]
grn = tf.gradients(tf.reduce_min(t), t)[0]
gra = tf.gradients(tf.reduce_max(t), t)[0]
i = tf.constant([1, 2])
gi = tf.gradients(tf.cast(tf.maximum(i, 1), tf.float32), i)
print(gi, gmax[0].name, gmax[0].op.type)
with tf.Session() as sess:
    print(rnd(sess.run(gmax)), rnd(sess.run(gmin)))
    print(rnd(sess.run(gbs)), rnd(sess.run(gbs2)))
    print(rnd(sess.run([grm, grn, gra])))
