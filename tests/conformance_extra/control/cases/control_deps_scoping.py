# tf.control_dependencies: None clearing, nesting, with ops/tensors, inside cond and while bodies.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
inc = v.assign_add(1)
with tf.control_dependencies([inc]):
    a = tf.identity(tf.constant(5), name="a")
    with tf.control_dependencies(None):
        b = tf.identity(tf.constant(6), name="b")
    with tf.control_dependencies([tf.no_op(name="n2")]):
        c = tf.identity(tf.constant(7), name="c")
print(len(a.op.control_inputs), len(b.op.control_inputs), sorted(o.name for o in c.op.control_inputs))
try:
    with tf.control_dependencies([3]):
        pass
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad dep", type(e).__name__)
x = tf.placeholder(tf.float32, [], name="x")
w = tf.Variable(0.0, name="w")


def tb():
    with tf.control_dependencies([w.assign_add(1.0)]):
        return tf.identity(x)


def fb():
    with tf.control_dependencies([w.assign_add(-1.0)]):
        return x * 0.0


r = tf.cond(x > 0, tb, fb)
with tf.control_dependencies([r]):
    after = w.read_value() if hasattr(w, "read_value") else tf.identity(w)


def body(i):
    with tf.control_dependencies([w.assign_add(10.0)]):
        j = i + 1
    with tf.control_dependencies(None):
        k = tf.constant(0)
    return j + k


lp = tf.while_loop(lambda i: i < 2, body, [0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(b), sess.run(v), sess.run(a), sess.run(v), sess.run(c), sess.run(v))
    print(rnd(sess.run(r, {x: 2.0})), rnd(sess.run(w)), rnd(sess.run(after, {x: -1.0})))
    print(sess.run(lp), rnd(sess.run(w)))
