# tf.custom_gradient, gradient_override_map, stop_gradient, grad_ys.
from prelude import tf, np, rnd


@tf.custom_gradient
def clip_grad(x):
    def grad(dy):
        return tf.clip_by_value(dy, -0.5, 0.5)
    return tf.identity(x), grad


x = tf.constant([1.0, 2.0, 3.0])
y = clip_grad(x) * tf.constant([0.1, 1.0, -3.0])
gx = tf.gradients(tf.reduce_sum(y), x)[0]
g = tf.get_default_graph()
with g.gradient_override_map({"Square": "Sin"}):
    sq = tf.square(x)
print(sq.op.type)
gsq = tf.gradients(tf.reduce_sum(sq), x)[0]
z = x * x
gys = tf.gradients(z, x, grad_ys=tf.constant([1.0, 0.0, 2.0]))[0]
gm = tf.gradients([x * 2.0, x * 3.0], x)[0]
gmany = tf.gradients(tf.reduce_sum(x * x), [x, x])
print(len(gmany))
with tf.Session() as sess:
    print(rnd(sess.run(gx)))
    print(rnd(sess.run(gsq)))
    print(rnd(sess.run(gys)), rnd(sess.run(gm)))
    print(rnd(sess.run(gmany)))
