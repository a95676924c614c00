# tf.get_variable with reuse inside cond branches and while bodies (created outside).
from prelude import tf, np, rnd

with tf.variable_scope("s"):
    k = tf.get_variable("k", [], initializer=tf.constant_initializer(3.0))


def t_fn():
    with tf.variable_scope("s", reuse=True):
        kk = tf.get_variable("k", [])
    return kk * 2.0


def f_fn():
    with tf.variable_scope("s", reuse=True):
        kk = tf.get_variable("k")
    return kk.assign_add(1.0)


p = tf.placeholder(tf.bool, [], name="p")
y = tf.cond(p, t_fn, f_fn)


def body(i, a):
    with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
        kk = tf.get_variable("k", [])
    return i + 1, a + kk


_, z = tf.while_loop(lambda i, a: i < 3, body, [0, 0.0])
print(k.name, y.dtype.name, z.dtype.name, len(tf.global_variables()), len(tf.trainable_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {p: True})), rnd(sess.run(y, {p: False})), rnd(sess.run(z)))
    print(rnd(sess.run(tf.gradients(z, k))))
