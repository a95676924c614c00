# tf.while_loop (v1): maximum_iterations, nesting, shape_invariants, while in cond, cond in while, control deps.
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


x = tf.placeholder(tf.float32, [None, 3], name="x")
p = tf.placeholder(tf.bool, [], name="p")
n0 = len(tf.get_default_graph().get_operations())
r = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * x), (0, tf.ones([2, 3])), maximum_iterations=5)
r2 = tf.while_loop(lambda i: i < 3, lambda i: tf.while_loop(lambda j: j < i, lambda j: j + 1, [i]) + 1,
                   [tf.constant(0)], name="outer")
r3 = tf.while_loop(lambda i, s: i < 4, lambda i, s: (i + 1, tf.concat([s, [1.0]], 0)), [0, tf.zeros([0])],
                   shape_invariants=[tf.TensorShape([]), tf.TensorShape([None])], parallel_iterations=3)
r4 = tf.cond(p, lambda: tf.while_loop(lambda i: i < 3, lambda i: i + 1.0, [tf.reduce_sum(x)]),
             lambda: tf.constant(0.0))
r5 = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, tf.cond(a > 0, lambda: a - 1, lambda: a + tf.reduce_sum(x))),
                   [0, 5.0])
with tf.control_dependencies([p.op]):
    r6 = tf.while_loop(lambda d: d["a"] < 3, lambda d: [{"a": d["a"] + 1}], [{"a": 0}])
r7 = tf.while_loop(lambda i: i < 5, lambda i: i + 2, [tf.constant(0)], maximum_iterations=2, back_prop=False,
                   swap_memory=True)
for t in (r, r2, r3, r4, r5, r6, r7):
    print(t)
dump(n0)
print([c.name for c in tf.get_collection("while_context")], [c.name for c in tf.get_collection("cond_context")])
with tf.Session() as sess:
    for pv in (True, False):
        feed = {p: pv, x: [[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]}
        print(rnd(sess.run([r4, r5, r6, r7], feed)))
    print(rnd(sess.run([r2, r3])), rnd(sess.run(r, {x: [[1.0, -1.0, 2.0]]})))
