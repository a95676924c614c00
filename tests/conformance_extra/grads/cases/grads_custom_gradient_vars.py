# tf.custom_gradient: variables captured (grad_fn with variables=), nested outputs, bad returns.
from prelude import tf, np, rnd

v = tf.get_variable("cgv", initializer=tf.constant(2.0), use_resource=True)


@tf.custom_gradient
def scaled(x):
    out = x * v

    def grad(dy, variables=None):
        return dy * 10.0, [tf.reduce_sum(dy * x) * 100.0]
    return out, grad


x = tf.constant([1.0, 3.0])
y = scaled(x)
gx, gv = tf.gradients(tf.reduce_sum(y), [x, v])
print(gx.shape.as_list(), type(gv).__name__)


@tf.custom_gradient
def two_out(a):
    def grad(d1, d2):
        return d1 + 2.0 * d2
    return [a * 1.0, a * 2.0], grad


o1, o2 = two_out(x)
g2 = tf.gradients(o1 + o2, x)[0]
g2b = tf.gradients(o2, x)[0]


@tf.custom_gradient
def none_grad(a):
    def grad(dy):
        return None
    return a * 3.0, grad


gn = tf.gradients(none_grad(x), x)


@tf.custom_gradient
def kw_fn(a, b):
    def grad(dy):
        return dy * b, tf.reduce_sum(dy * a)
    return a * b, grad


gk = tf.gradients(kw_fn(x, tf.constant(4.0)), x)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([y, gx, gv])))
    print(rnd(sess.run([g2, g2b])))
    print(gn)
    print(rnd(sess.run(gk)))
