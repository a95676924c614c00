# Assorted v1 programs: tf.case / switch_case, nested conds with variables, loop-counter gradients,
# stop_gradient in loops, back_prop=False, control dependencies into loops, summaries in branches.
from prelude import tf, np, rnd

tf.disable_control_flow_v2()


def dump(start=0):
    for op in tf.get_default_graph().get_operations()[start:]:
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              [str(o.shape) for o in op.outputs])


x = tf.placeholder(tf.float32, [], name="x")
k = tf.placeholder(tf.int32, [], name="k")
v = tf.Variable(2.0, name="v")
n0 = len(tf.get_default_graph().get_operations())
c = tf.case([(x < 0.0, lambda: x * -1.0), (x < 1.0, lambda: x * v)], default=lambda: v + x)
nested = tf.cond(x > 0.0, lambda: tf.cond(x > 2.0, lambda: v * x, lambda: v.assign_add(1.0) * 1.0),
                 lambda: tf.identity(v))
dump(n0)
# NOTE: switch_case builds a v2 Case in TF even here; its structure is another area's (see report)
sc = tf.switch_case(k, [lambda: x + 1.0, lambda: x * v, lambda: tf.square(x)], default=lambda: v)
gc = tf.gradients([c, sc], [x, v])
print(c, sc.name, nested, [t.name for t in gc])
n1 = len(tf.get_default_graph().get_operations())
i, a = tf.while_loop(lambda i, a: i < 4.0, lambda i, a: (i + 1.0, a * i + tf.stop_gradient(a) * x), (x, x))
gi = tf.gradients(a, x)
j, b = tf.while_loop(lambda j, b: j < 3, lambda j, b: (j + 1, b * x), (0, x), back_prop=False)
print(gi, tf.gradients(b, x), tf.gradients(i, x))
with tf.control_dependencies([v.assign(5.0)]):
    r = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], parallel_iterations=1)
ctl = []


def body_with_ctl(i, s):
    with tf.control_dependencies([tf.print("it", i)]):
        ctl.append(i)
        return i + 1, s + tf.cast(i, tf.float32)


r2 = tf.while_loop(lambda i, s: i < 3, body_with_ctl, (0, 0.0), swap_memory=True)
gr2 = tf.gradients(r2[1], x)
print(r, r2, gr2)
summ = tf.cond(x > 0.0, lambda: tf.summary.scalar("pos", x), lambda: tf.summary.scalar("neg", -x))
print(summ, tf.get_collection(tf.GraphKeys.SUMMARIES))
dump(n1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for xv, kv in ((-1.0, 0), (0.5, 1), (3.0, 2), (1.5, 7)):
        print(rnd(sess.run([c, sc, gc], {x: xv, k: kv})))
    print(rnd(sess.run(nested, {x: 1.0})), rnd(sess.run(v)), rnd(sess.run(nested, {x: 3.0})), rnd(sess.run(v)))
    print(rnd(sess.run([i, a, gi, b, r], {x: 1.5})), rnd(sess.run(v)))
    print(rnd(sess.run(r2)))
    print(len(sess.run(summ, {x: 2.0})), len(sess.run(summ, {x: -2.0})))
