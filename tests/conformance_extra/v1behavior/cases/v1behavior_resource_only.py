# tf.disable_resource_variables() alone: ref variables, but v2 TensorShapes.
from prelude import tf, np, rnd

tf.disable_resource_variables()
x = tf.placeholder(tf.float32, [None, 3], name="x")
print(x, repr(x.shape[0]), x.shape[1])
v = tf.Variable(tf.zeros([2, 3]), name="v")
print(v, v.dtype, v.op.type, v.shape)
print(tf.resource_variables_enabled())
a = tf.assign(v, tf.ones([2, 3]))
print(a)
with tf.variable_scope("r", use_resource=True):
    r = tf.get_variable("r", [2])
print(r.dtype, r.op.type)
tf.enable_resource_variables()
u = tf.Variable(1.0, name="u")
print(u.dtype, u.op.type, tf.resource_variables_enabled())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(a).tolist(), sess.run(u))
