# After tf.disable_v2_behavior(), ref variables may be assigned inside cond and while bodies.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
print(tf.control_flow_v2_enabled(), tf.resource_variables_enabled())
v = tf.Variable(1.0, name="v")
c = tf.Variable(0, name="c")
p = tf.placeholder(tf.bool, [], name="p")
y = tf.cond(p, lambda: v.assign_add(1.0), lambda: tf.identity(v))
print(v.op.type, y.dtype.name, y.shape)


def body(i):
    with tf.control_dependencies([c.assign_add(2)]):
        return i + 1


r = tf.while_loop(lambda i: i < 3, body, [0], parallel_iterations=1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {p: True})), rnd(sess.run(y, {p: False})), rnd(sess.run(v)))
    print(rnd(sess.run(y, {p: True})), rnd(sess.run(v)))
    print(sess.run(r), sess.run(c))
    print(sess.run(r), sess.run(c))
tf.enable_control_flow_v2()
print(tf.control_flow_v2_enabled())
try:
    tf.cond(p, lambda: v.assign_add(1.0), lambda: tf.identity(v))
    print("built")
except Exception as e:
    print(type(e).__name__)
