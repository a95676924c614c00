# tf.Variable shape handling: partially known initial values, the shape=
# argument, validate_shape=False keeps the initial shape, incompatible shapes.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, shape=[None, 2], name="p")
a = tf.Variable(p, name="a")
print(a.shape.as_list(), a.dtype.name)
b = tf.Variable([1.0, 2.0, 3.0], shape=[None], name="b")
print(b.shape.as_list())
c = tf.Variable([[1, 2]], validate_shape=False, name="c")
print(c.shape.as_list())
d = tf.Variable(tf.placeholder(tf.int32), name="d")
print(str(d.shape))
try:
    tf.Variable([1.0, 2.0], shape=[3])
except Exception as e:
    print(type(e).__name__, "not compatible" in str(e))
with tf.Session() as sess:
    sess.run(a.initializer, {p: [[1, 2], [3, 4], [5, 6]]})
    print(rnd(sess.run(a)))
    sess.run(b.initializer)
    print(rnd(sess.run(b)))
    sess.run(d.initializer, {"Placeholder:0": [[1], [2]]})
    print(sess.run(d).tolist())
