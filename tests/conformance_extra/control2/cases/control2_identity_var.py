# tf.identity of a default variable: op type, dtype, and value after assigns.
from prelude import tf, np, rnd

v = tf.Variable([1, 2, 3], name="v")
i1 = tf.identity(v, name="idv")
print(i1.name, i1.dtype.name, i1.shape.as_list(), i1.op.type, [x.op.type for x in i1.op.inputs])
print(v.dtype.name, v.name, v.op.type, v.value().op.type, v.read_value().op.type)
up = v.assign([4, 5, 6])
with tf.control_dependencies([up]):
    i2 = tf.identity(v)
sg = tf.stop_gradient(v)
print(sg.op.type, sg.dtype.name, [x.op.type for x in sg.op.inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(i1))
    print(sess.run(i2), sess.run(i1))
    print(sess.run(sg))
