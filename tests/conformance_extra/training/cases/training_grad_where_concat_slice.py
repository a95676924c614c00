# Gradients of where, concat, split, slice, strided_slice, cast, reshape, transpose.
from prelude import tf, np, rnd

a = tf.constant([1.0, -2.0, 3.0, -4.0])
b = tf.constant([10.0, 20.0, 30.0, 40.0])
w = tf.where(a > 0, a * a, b)
ga, gb = tf.gradients(tf.reduce_sum(w), [a, b])
m = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
n = tf.constant([[7.0], [8.0]])
cc = tf.concat([m, n], axis=1)
gm, gn = tf.gradients(tf.reduce_sum(cc * cc), [m, n])
s1, s2 = tf.split(m, [1, 2], axis=1)
gsp = tf.gradients(tf.reduce_sum(s2) * 2.0 + tf.reduce_sum(s1), m)[0]
sl = tf.slice(m, [0, 1], [2, 1])
gsl = tf.gradients(sl, m)[0]
ss = m[:, ::2]
gss = tf.gradients(tf.reduce_sum(ss * 3.0), m)[0]
print(gss.op.type, gsl.op.type)
ci = tf.cast(a, tf.int32)
print(tf.gradients(ci, a))
cd = tf.cast(a, tf.float64)
gcd = tf.gradients(tf.reduce_sum(cd), a)[0]
print(gcd.dtype.name)
tr = tf.transpose(tf.reshape(m, [3, 2]))
gtr = tf.gradients(tf.reduce_sum(tr * tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])), m)[0]
with tf.Session() as sess:
    print(rnd(sess.run([ga, gb])))
    print(rnd(sess.run([gm, gn])))
    print(rnd(sess.run(gsp)), rnd(sess.run(gsl)))
    print(rnd(sess.run(gss)), rnd(sess.run(gcd)))
    print(rnd(sess.run(gtr)))
