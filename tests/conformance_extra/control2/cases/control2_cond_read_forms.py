# Inside tf.cond, reads after an assign: read_value(), value(), v directly, identity(v).
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
p = tf.placeholder_with_default(True, [], name="p")


def t_fn():
    a = v.assign([5.0, 6.0])
    with tf.control_dependencies([a]):
        r1 = v.read_value()
        r2 = v.value()
        r3 = v + 0.0
        r4 = tf.identity(v)
    return r1, r2, r3, r4


def f_fn():
    return v.read_value(), v.value(), v + 0.0, tf.identity(v)


outs = tf.cond(p, t_fn, f_fn)
print([o.dtype.name for o in outs], [o.shape.as_list() for o in outs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(list(outs))))
    sess.run(v.initializer)
    print(rnd(sess.run(list(outs), {p: False})))
    print(rnd(sess.run(v)))
