# The brief's example: tf.cond and tf.while_loop under disable_v2_behavior, its gradient and values.
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
c = tf.cond(x > 0, lambda: x * 2, lambda: x - 1)
w = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(0)])
g = tf.gradients(c, x)
print(c.name, w.name, g[0].name)
dump()
with tf.Session() as sess:
    for v in (3.0, -3.0):
        print(rnd(sess.run([c, g, w], {x: v})))
