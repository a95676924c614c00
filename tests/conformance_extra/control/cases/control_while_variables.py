# while_loop bodies with control_dependencies, assign ops to variables, no_op and group.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
cnt = tf.Variable(0, name="cnt")


def body(i):
    upd = v.assign(v * 2.0)
    with tf.control_dependencies([upd, cnt.assign_add(1)]):
        return i + 1


loop = tf.while_loop(lambda i: i < 3, body, [tf.constant(0)])


def body2(i, acc):
    with tf.control_dependencies([tf.no_op(name="marker")]):
        nxt = acc + v.read_value() if hasattr(v, "read_value") else acc + v
    return i + 1, nxt


loop2 = tf.while_loop(lambda i, a: i < 2, body2, [tf.constant(0), tf.constant(0.0)])
w = tf.Variable([0.0, 0.0], name="w")


def body3(i):
    op = tf.group(tf.assign_add(w, [1.0, 2.0]), name="grp")
    with tf.control_dependencies([op]):
        return tf.identity(i + 1)


loop3 = tf.while_loop(lambda i: i < 4, body3, [tf.constant(0)], parallel_iterations=1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(loop), rnd(sess.run(v)), sess.run(cnt))
    print(sess.run(loop), rnd(sess.run(v)), sess.run(cnt))
    print(rnd(sess.run(loop2)))
    print(sess.run(loop3), rnd(sess.run(w)))
