# tf.scan: nested outputs, multiple elems, reverse with initializer, 2-D elems, shapes, empty elems.
from prelude import tf, np, rnd

e = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
s1 = tf.scan(lambda a, x: a + x, e)
print(s1.shape)
s2 = tf.scan(lambda a, x: {"s": a["s"] + x[0], "p": a["p"] * x[1]},
             (tf.constant([1.0, 2.0, 3.0]), tf.constant([2, 3, 4])),
             initializer={"s": tf.constant(0.0), "p": tf.constant(1)})
print(type(s2).__name__, sorted(s2), s2["p"].dtype.name, s2["s"].shape)
s3 = tf.scan(lambda a, x: a * 2 + x, tf.constant([1, 2, 3]), initializer=tf.constant(1), reverse=True)
s4 = tf.scan(lambda a, x: (a[0] + x, a[0] * x), tf.constant([1.0, 2.0, 3.0]),
             initializer=(tf.constant(0.0), tf.constant(0.0)))
print(type(s4).__name__)
p = tf.placeholder(tf.float32, [None])
s5 = tf.scan(lambda a, x: a + x, p, initializer=tf.constant(0.0))
print(s5.shape)
s6 = tf.scan(lambda a, x: a + x, tf.zeros([0, 2]), initializer=tf.zeros([2]))
print(s6.shape)
g = tf.gradients(tf.reduce_sum(s1), e)[0]
with tf.Session() as sess:
    print(rnd(sess.run(s1)), rnd(sess.run(s2)))
    print(sess.run(s3).tolist(), rnd(sess.run(s4)))
    print(rnd(sess.run(s5, {p: [1.0, 2.0, 3.0]})), sess.run(s5, {p: []}).shape, sess.run(s6).shape)
    print(rnd(sess.run(g)))
