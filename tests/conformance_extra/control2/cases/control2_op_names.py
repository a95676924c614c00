# Op names and types of cond/while graphs built over default variables.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
c1 = tf.cond(tf.constant(True), lambda: v + 1.0, lambda: v - 1.0)
c2 = tf.cond(tf.constant(True), lambda: v.assign_add(1.0), lambda: v.assign_sub(1.0))
w1 = tf.while_loop(lambda x: x < 10.0, lambda x: x + v, [tf.constant(0.0)])
w2 = tf.while_loop(lambda x: x < 10.0, lambda x: x + v.assign_add(0.5), [tf.constant(0.0)])
for t in [c1, c2, w1, w2]:
    print(t.name, t.op.type, t.op.inputs[0].op.type, t.op.inputs[0].op.name, t.dtype.name)
for op in tf.get_default_graph().get_operations():
    if op.type in ("If", "StatelessIf", "While", "StatelessWhile"):
        print(op.name, op.type, [i.dtype.name for i in op.inputs], [o.dtype.name for o in op.outputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(c1)), rnd(sess.run(c2)), rnd(sess.run(v)))
    print(rnd(sess.run(w1)), rnd(sess.run(w2)), rnd(sess.run(v)))
