# tf.foldl / tf.foldr with captured variables; gradients w.r.t. them.
from prelude import tf, np, rnd

k = tf.Variable(2.0, name="k")
elems = tf.constant([1.0, 2.0, 3.0])
l = tf.foldl(lambda a, e: a * k + e, elems, initializer=tf.constant(1.0))
r = tf.foldr(lambda a, e: a * k - e, elems)
print(l.dtype.name, l.shape, r.shape)
g = tf.gradients([l, r], k)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([l, r, g])))
    sess.run(k.assign(0.5))
    print(rnd(sess.run([l, r, g])))
