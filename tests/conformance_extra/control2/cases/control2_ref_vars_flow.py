# Ref variables (tf.disable_resource_variables) read and assigned in cond and while bodies.
from prelude import tf, np, rnd

tf.disable_resource_variables()
v = tf.Variable(1.0, name="v")
c = tf.Variable(0, name="c")
print(v.op.type, v.value().dtype.name)
p = tf.placeholder(tf.bool, [], name="p")
try:
    tf.cond(p, lambda: v.assign_add(1.0), lambda: tf.identity(v))
    print("built")
except Exception as e:
    print(type(e).__name__)
y = tf.cond(p, lambda: v * 2.0, lambda: tf.identity(v))
print(y.dtype.name, y.op.type, y.op.inputs[0].op.type)


def body(i):
    with tf.control_dependencies([c.assign_add(2)]):
        return i + 1


try:
    tf.while_loop(lambda i: i < 3, body, [0])
    print("built")
except Exception as e:
    print(type(e).__name__)
r = tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, x + v), [0, 0.0])
g = tf.gradients(tf.cond(p, lambda: v * v, lambda: v), v)[0]
g2 = tf.gradients(r[1], v)[0]
up = v.assign(5.0)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {p: True})), rnd(sess.run(y, {p: False})), rnd(sess.run(v)))
    print(rnd(sess.run(r)))
    print(rnd(sess.run(g, {p: True})), rnd(sess.run(g, {p: False})), rnd(sess.run(g2)))
    sess.run(up)
    print(rnd(sess.run(y, {p: True})), rnd(sess.run(r)))
