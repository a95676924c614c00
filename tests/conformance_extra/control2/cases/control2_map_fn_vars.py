# tf.map_fn reading a captured default variable; gradients w.r.t. the variable.
from prelude import tf, np, rnd

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
b = tf.Variable(0.5, name="b")
x = tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = tf.map_fn(lambda r: tf.reduce_sum(tf.linalg.matvec(w, r)) + b, x)
print(y.dtype.name, y.shape.as_list())
loss = tf.reduce_sum(y * y)
g = tf.gradients(loss, [w, b])
print([(t.dtype.name, t.shape.as_list()) for t in g])
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)), rnd(sess.run(g)))
    sess.run(train)
    print(rnd(sess.run([w, b]), 4))
