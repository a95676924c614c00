# tf.cond strict=True vs singleton lists, branches returning ops, tf.identity of ops.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
a = tf.cond(x > 0, lambda: [x * 2], lambda: [x * 3])
b = tf.cond(x > 0, lambda: [x * 2], lambda: [x * 3], strict=True)
c = tf.cond(x > 0, lambda: (x,), lambda: (x,), strict=True)
print(type(a).__name__, type(b).__name__, type(c).__name__)
v = tf.Variable(0.0, name="v")
o = tf.cond(x > 0, lambda: v.assign(1.0).op, lambda: tf.no_op())
print(type(o).__name__)
m = tf.cond(x > 0, lambda: (x + 1, tf.no_op()), lambda: (x - 1, tf.no_op()))
print(type(m).__name__, type(m[0]).__name__, type(m[1]).__name__)
try:
    tf.cond(x > 0, lambda: tf.identity(tf.no_op()), lambda: x)
    print("identity op ok")
except Exception as e:  # noqa: BLE001
    print("identity op", type(e).__name__)
g = tf.cond(x > 0, lambda: tf.group(v.assign_add(10.0)), lambda: tf.group(v.assign_sub(1.0)))
print(type(g).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(a, {x: 1.0})), rnd(sess.run(b, {x: -1.0})), rnd(sess.run(c, {x: 2.0})))
    print(rnd(sess.run(m[0], {x: 1.0})))
    sess.run(o, {x: -1.0})
    print(rnd(sess.run(v)))
    sess.run(o, {x: 1.0})
    print(rnd(sess.run(v)))
    sess.run(g, {x: 1.0})
    sess.run(g, {x: -1.0})
    print(rnd(sess.run(v)))
