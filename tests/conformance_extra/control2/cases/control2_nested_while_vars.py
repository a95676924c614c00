# Nested while loops each updating a variable; counts after repeated runs.
from prelude import tf, np, rnd

inner_n = tf.Variable(0, name="inner_n")
outer_n = tf.Variable(0, name="outer_n")
s = tf.Variable(0.0, name="s")


def inner_body(j):
    with tf.control_dependencies([inner_n.assign_add(1), s.assign_add(tf.cast(j, tf.float32))]):
        return j + 1


def outer_body(i):
    r = tf.while_loop(lambda j: j < i, inner_body, [0])
    with tf.control_dependencies([outer_n.assign_add(1), r]):
        return i + 1


out = tf.while_loop(lambda i: i < 4, outer_body, [tf.constant(0)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(out), sess.run([inner_n, outer_n]), rnd(sess.run(s)))
    print(sess.run(out), sess.run([inner_n, outer_n]), rnd(sess.run(s)))
