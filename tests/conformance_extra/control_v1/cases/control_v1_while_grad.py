# Gradients through v1 while loops: stacks, counters, accumulators (structure of a simple loop, then values).
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
y = tf.placeholder(tf.float32, [2], name="y")
z = tf.placeholder(tf.float32, [None], name="z")
p = tf.placeholder(tf.bool, [], name="p")
n0 = len(tf.get_default_graph().get_operations())
r = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * x), (0, tf.constant(1.0)))
g = tf.gradients(r[1], x)
print(g)
dump(n0)


def outer_body(i, a):
    j, b = tf.while_loop(lambda j, b: j < i, lambda j, b: (j + 1, b * x), (0, a))
    return i + 1, b + y


r1 = tf.while_loop(lambda i, a: i < 3, outer_body, (0, tf.ones([2])))
r2 = tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, tf.cond(a > 2.0, lambda: a * 0.5, lambda: a * x)), (0, x))
r3 = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, tf.sin(a) * z), (0, z), maximum_iterations=2)
r4 = tf.cond(p, lambda: tf.while_loop(lambda i, a: i < 2, lambda i, a: (i + 1, a * x), (0, x))[1], lambda: x * 3.0)
g1 = tf.gradients(tf.reduce_sum(r1[1]), [x, y])
g2 = tf.gradients(r2[1], x)
g3 = tf.gradients(tf.reduce_sum(r3[1]), z)
g4 = tf.gradients(r4, x)
print(g1, g2, g3, g4)
with tf.Session() as sess:
    print(rnd(sess.run([r, g], {x: 2.0})))
    for xv in (1.5, 3.0):
        print(rnd(sess.run([r1, g1, r2, g2], {x: xv, y: [1.0, 2.0]})))
        print(rnd(sess.run([r3, g3], {z: [0.5, xv]})))
        print(rnd(sess.run([r4, g4], {x: xv, p: True})), rnd(sess.run([r4, g4], {x: xv, p: False})))
