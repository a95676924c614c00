# tf.group / tf.tuple / tf.identity_n / tf.no_op: names, types, control inputs, values.
from prelude import tf, np, rnd

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
g = tf.group(a, b)
print(g.name, g.type, sorted(i.name for i in g.control_inputs))
g2 = tf.group(a, b, name="grp")
print(g2.name, g2.type)
g3 = tf.group()
print(g3.name, g3.type)
g4 = tf.group([a, [b]])
print(g4.name, len(g4.control_inputs))
n = tf.no_op()
n2 = tf.no_op(name="nothing")
print(n.name, n.type, n2.name)
t = tf.tuple([a, b])
print(type(t).__name__, [x.name for x in t], [x.op.type for x in t])
t2 = tf.tuple([a, None, b], name="tp")
print([None if x is None else x.name for x in t2])
t3 = tf.tuple([a], control_inputs=[n])
print([x.name for x in t3])
i = tf.identity_n([a, tf.constant([1, 2])])
print(type(i).__name__, [x.name for x in i], [x.dtype.name for x in i], i[0].op.type)
i2 = tf.identity(a, name="ida")
print(i2.name, i2.op.type)
with tf.Session() as sess:
    print(sess.run(g), sess.run(t), rnd(sess.run(i)))
try:
    tf.group(a, b, bad=1)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("group kw", type(e).__name__)
try:
    tf.tuple([a], control_inputs=[3])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("tuple ctl", type(e).__name__)
