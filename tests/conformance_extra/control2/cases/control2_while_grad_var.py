# tf.gradients of a tf.while_loop result w.r.t. captured default variables.
from prelude import tf, np, rnd

w = tf.Variable(1.5, name="w")
b = tf.Variable([0.5, -1.0], name="b")
x0 = tf.constant([1.0, 2.0])


def body(i, x):
    return i + 1, x * w + b


_, y = tf.while_loop(lambda i, x: i < 3, body, [0, x0])
loss = tf.reduce_sum(y * y)
g = tf.gradients(loss, [w, b])
print([(t.dtype.name, t.shape.as_list()) for t in g])
gx = tf.gradients(loss, x0)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)), rnd(sess.run(loss), 3))
    print(rnd(sess.run(g), 3), rnd(sess.run(gx), 3))
