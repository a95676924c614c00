# tf.switch_case branches reading and updating default variables; out-of-range index.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
i = tf.placeholder(tf.int32, [], name="i")


def mk(k):
    def f():
        up = v.assign(v * k)
        with tf.control_dependencies([up]):
            return v.read_value() + 0.5
    return f


r = tf.switch_case(i, [mk(2.0), mk(3.0), lambda: v.read_value()])
print(r.op.type, r.dtype.name, r.shape)
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if "switch_case" in op.name)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for k in [0, 1, 2, 7, -1, 0]:
        print(k, rnd(sess.run(r, {i: k})), rnd(sess.run(v)))
