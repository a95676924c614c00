# tf.while_loop bodies assigning to default variables; values after several runs.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
cnt = tf.Variable(0, name="cnt")


def body(i, acc):
    up = v.assign(v * 2.0)
    with tf.control_dependencies([up, cnt.assign_add(1)]):
        return i + 1, acc + v.read_value()


loop = tf.while_loop(lambda i, a: i < 3, body, [tf.constant(0), tf.constant(0.0)], name="lp",
                     parallel_iterations=1)
print([t.name for t in loop], [t.dtype.name for t in loop], loop[0].op.type)
wops = [op for op in tf.get_default_graph().get_operations() if op.type in ("While", "StatelessWhile")]
print([(op.name, op.type, len(op.outputs)) for op in wops])
print([o.dtype.name for o in wops[0].outputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(loop)), rnd(sess.run(v)), sess.run(cnt))
    print(rnd(sess.run(loop)), rnd(sess.run(v)), sess.run(cnt))
    print(rnd(sess.run(loop[0])), sess.run(cnt))
