# Nested tf.cond inside a while body updating different variables per branch.
from prelude import tf, np, rnd

ev = tf.Variable(0, name="evens")
od = tf.Variable(0, name="odds")
tot = tf.Variable(0.0, name="tot")


def body(i):
    def even():
        with tf.control_dependencies([ev.assign_add(i)]):
            return tf.constant(1.0)

    def odd():
        with tf.control_dependencies([od.assign_add(i)]):
            return tf.constant(-1.0)

    s = tf.cond(tf.equal(i % 2, 0), even, odd)
    with tf.control_dependencies([tot.assign_add(s)]):
        return i + 1


r = tf.while_loop(lambda i: i < 7, body, [tf.constant(0)])
print(r.dtype.name, r.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r), sess.run([ev, od]), rnd(sess.run(tot)))
    print(sess.run(r), sess.run([ev, od]), rnd(sess.run(tot)))
