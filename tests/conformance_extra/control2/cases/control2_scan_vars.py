# tf.scan with a captured variable; gradient and an optimizer step through it.
from prelude import tf, np, rnd

a = tf.Variable(0.9, name="a")
elems = tf.constant([1.0, 2.0, 3.0, 4.0])
s = tf.scan(lambda acc, e: acc * a + e, elems, initializer=tf.constant(0.0))
s_rev = tf.scan(lambda acc, e: acc * a + e, elems, reverse=True)
print(s.dtype.name, s.shape.as_list(), s_rev.shape.as_list())
loss = tf.reduce_sum(s)
g = tf.gradients(loss, a)[0]
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(s), 4), rnd(sess.run(s_rev), 4), rnd(sess.run(g), 4))
    sess.run(train)
    print(rnd(sess.run(a), 5))
