# tf.custom_gradient: single/multiple inputs, upstream scaling, nested use, second call, returning None grads.
from prelude import tf, np, rnd


@tf.custom_gradient
def clip_grad(x):
    def grad(dy):
        return tf.clip_by_value(dy, -0.5, 0.5)
    return tf.identity(x), grad


@tf.custom_gradient
def two_in(a, b):
    def grad(dy):
        return dy * 10.0, None
    return a * b, grad


@tf.custom_gradient
def log1pexp(x):
    e = tf.exp(x)

    def grad(dy):
        return dy * (1 - 1 / (1 + e))
    return tf.log(1 + e), grad


x = tf.constant([1.0, -2.0, 3.0])
y = clip_grad(x) * tf.constant([0.1, 2.0, -3.0])
gx = tf.gradients(y, x)[0]
a = tf.constant(2.0)
b = tf.constant(3.0)
gab = tf.gradients(two_in(a, b), [a, b])
print(gab[1])
z = tf.constant([0.0, 100.0])
gz = tf.gradients(log1pexp(z), z)[0]
nested = tf.gradients(clip_grad(clip_grad(x) * 4.0), x)[0]
yy = log1pexp(x)
print(yy.dtype.name, yy.shape, gx.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run(gx), 4), rnd(sess.run(gab[0]), 4))
    print(rnd(sess.run(gz), 4), rnd(sess.run(nested), 4))
