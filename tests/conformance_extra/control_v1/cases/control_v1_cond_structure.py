# tf.cond (v1): nested structures, strict, ops as results, ref variables, control deps, nesting.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def dump(start=0):
    """Every op from `start` on: name, type, inputs, control inputs, output shapes, loop attrs."""
    for op in tf.get_default_graph().get_operations()[start:]:
        extra = []
        for a in ("frame_name", "is_constant", "parallel_iterations", "_class"):
            try:
                extra.append("%s=%s" % (a, op.get_attr(a)))
            except Exception:  # noqa: BLE001
                pass
        shapes = [str(o.shape) for o in op.outputs if o.dtype != tf.resource]
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              shapes, *extra)


x = tf.placeholder(tf.float32, [], name="x")
v = tf.Variable(1.0, name="v")
p = tf.placeholder(tf.bool, [], name="p")
q = tf.placeholder(tf.bool, [], name="q")
n0 = len(tf.get_default_graph().get_operations())


def t():
    with tf.control_dependencies([v.initializer]):
        return x + v, tf.constant(3)


c = tf.cond(p, t, lambda: (x, 4), name="mycond")
c2 = tf.cond(p, lambda: [x], lambda: [x * 3.0])
c3 = tf.cond(p, lambda: {"a": x, "b": (x, 1)}, lambda: {"a": x, "b": (x, 2)}, strict=True)
op = tf.cond(p, lambda: tf.no_op(), lambda: v.assign(2.0).op)
c5 = tf.cond(p, lambda: v, lambda: v.assign(2.0))
c6 = tf.cond(tf.constant(True), lambda: 1, lambda: 2)
c7 = tf.cond(p, lambda: tf.cond(q, lambda: x * 2, lambda: x), lambda: x + 1)
c8 = tf.cond(p, lambda: [x], lambda: [x], strict=True)
for r in (c, c2, c3, op, c5, c6, c7, c8):
    print(r)
dump(n0)
n1 = len(tf.get_default_graph().get_operations())
gs = tf.gradients([c[0], c2, c5, c7], [x, v])
print(gs)
dump(n1)
with tf.Session() as sess:
    sess.run(v.initializer)
    for pv in (True, False):
        for qv in (True, False):
            feed = {p: pv, q: qv, x: 1.5}
            print(pv, qv, rnd(sess.run([c, c2, c3, c6, c7, c8, gs], feed)))
    print(rnd(sess.run(c5, {p: True})), rnd(sess.run(c5, {p: False})), rnd(sess.run(v)))
    try:
        sess.run(tf.get_default_graph().get_tensor_by_name("cond/mul:0"), {p: True})
    except Exception as e:  # noqa: BLE001
        print(isinstance(e, ValueError))
