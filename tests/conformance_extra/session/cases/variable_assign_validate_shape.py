# tf.assign with validate_shape=False on ref/resource variables, shape
# changes, and validate_shape=True errors; Variable(validate_shape=False).
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
try:
    tf.assign(v, [1.0, 2.0, 3.0])
    print("ok")
except Exception as e:
    print(type(e).__name__)
w = tf.Variable([1.0, 2.0], name="w", validate_shape=False)
print(str(w.shape))
p = tf.placeholder(tf.float32, shape=[None])
u = tf.Variable(p, validate_shape=False, name="u")
print(str(u.shape), u.dtype.name)
with tf.Session() as sess:
    sess.run(u.initializer, {p: [1.0, 2.0, 3.0]})
    print(rnd(sess.run(u)))
try:
    tf.Variable(p, name="u2")
    print("ok")
except Exception as e:
    print(type(e).__name__)
x = tf.get_variable("x", initializer=tf.constant([1, 2, 3]), validate_shape=False)
print(x.name, x.dtype.name)
