# maximum_iterations with variable updates in the body; loop counter values.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
n = tf.placeholder(tf.int32, [], name="n")


def body(i):
    with tf.control_dependencies([v.assign_add(1)]):
        return i + 2


r = tf.while_loop(lambda i: i < 100, body, [tf.constant(0)], maximum_iterations=n)
r2 = tf.while_loop(lambda i: i < 5, body, [tf.constant(0)], maximum_iterations=10)
print(r.name, r.dtype.name, r.shape)
print([op.name for op in tf.get_default_graph().get_operations() if "maximum_iterations" in op.name])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r, {n: 3}), sess.run(v))
    print(sess.run(r, {n: 0}), sess.run(v))
    print(sess.run(r2), sess.run(v))
    print(sess.run(r, {n: 60}), sess.run(v))
