# Names of ops created by operators inside name scopes, with repeated use, and explicit math functions.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
with tf.name_scope("blk"):
    y = x * 2 + 1
    z = (y - x) / 3 // 1 % 2
    w = -z ** 2
    v = abs(w) @ tf.ones([3, 1])
with tf.name_scope("blk"):
    u = x + x
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
e = [tf.add(x, 1, name="myadd"), tf.math.truediv(x, 2), tf.math.floordiv(x, 2), tf.math.floormod(x, 2),
     tf.pow(x, 2), tf.multiply(x, x), tf.subtract(x, 1), tf.math.negative(x), tf.abs(x), tf.math.divide(x, 2),
     tf.div(x, 2), tf.realdiv(x, 2.0), tf.truncatediv(tf.constant(7), 2), tf.truncatemod(tf.constant(7), 2),
     tf.math.divide_no_nan(x, x), tf.math.xdivy(x, x), tf.mod(x, 2.0), tf.math.scalar_mul(2.0, x),
     tf.math.add_n([x, x]), tf.math.logical_xor(x > 0, x < 1), tf.div_no_nan(x, x)]
for t in e:
    print(t.op.name, t.op.type, t.dtype.name, t.shape)
