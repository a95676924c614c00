# tf.cond whose branches assign to default (resource) variables: op types, names, values over runs.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
c = tf.Variable(0, name="c")
p = tf.placeholder(tf.bool, [], name="p")


def t_fn():
    a = v.assign_add(2.0)
    with tf.control_dependencies([a]):
        return tf.identity(v.read_value())


def f_fn():
    b = c.assign_add(1)
    with tf.control_dependencies([b]):
        return v * 10.0


y = tf.cond(p, t_fn, f_fn, name="mycond")
print(y.name, y.dtype.name, y.shape, y.op.type)
print(sorted(set(op.type for op in tf.get_default_graph().get_operations())))
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("mycond")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for val in [True, True, False, True, False]:
        print(rnd(sess.run(y, {p: val})), rnd(sess.run(v)), sess.run(c))
