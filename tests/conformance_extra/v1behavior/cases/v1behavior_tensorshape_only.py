# tf.disable_v2_tensorshape() alone: TF1 shapes but resource variables stay the default.
from prelude import tf, np, rnd

tf.disable_v2_tensorshape()
x = tf.placeholder(tf.float32, [None, 3], name="x")
print(x, repr(x.shape[0]), x.shape[1].value)
v = tf.Variable(tf.zeros([2, x.shape[1]]), name="v")
print(v.dtype, v.op.type, v.shape, repr(v.shape[1]))
print(tf.resource_variables_enabled())
tf.enable_v2_tensorshape()
print(x, repr(x.shape[0]), x.shape[1])
print(repr(x.shape))
tf.disable_v2_tensorshape()
print(repr(x.shape))
