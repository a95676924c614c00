# tf.group / tf.tuple / tf.no_op / tf.identity semantics and names.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")
a = tf.constant(1.0, name="a")
g = tf.group(v.assign_add(1.0), a, name="grp")
print(type(g).__name__, g.type, g.name, len(g.outputs))
g0 = tf.group()
print(g0.type, g0.name)
g2 = tf.group(*[v.assign_add(2.0), tf.no_op()])
print(g2.name)
try:
    tf.group(v.assign_add(1.0), foo=1)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad kwarg", type(e).__name__)
t = tf.tuple([a, a * 2, None, v.assign_add(100.0).op])
print(len(t), type(t[0]).__name__, t[2], type(t[3]).__name__, t[0].op.type)
t2 = tf.tuple([a], control_inputs=[v.assign_add(5.0).op])
print(t2[0].name)
try:
    tf.tuple([None])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("all none", type(e).__name__)
try:
    tf.tuple([a], control_inputs=[3])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad control", type(e).__name__)
n = tf.no_op(name="nop")
print(n.type, n.name, n.outputs)
try:
    tf.identity(n)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("identity of op", type(e).__name__)
with tf.control_dependencies([g]):
    i = tf.identity(a, name="after")
print(i.op.control_inputs[0].name if i.op.control_inputs else None)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g), rnd(sess.run(v)))
    print(rnd(sess.run(t[:2])), rnd(sess.run(v)))
    print(rnd(sess.run(t2)), rnd(sess.run(v)))
    print(rnd(sess.run(i)), rnd(sess.run(v)))
    print(sess.run(n), sess.run(g0))
