# shape_invariants: growing a tensor in a while loop, and the error without them.
from prelude import tf, np, rnd

i0 = tf.constant(0)
x0 = tf.ones([1, 2])
try:
    tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0])
    print("no error")
except Exception as e:
    print(type(e).__name__, "shape" in str(e))
i, x = tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0],
                     shape_invariants=[i0.get_shape(), tf.TensorShape([None, 2])])
print(x.shape.as_list())
try:
    tf.while_loop(lambda i: i < 3, lambda i: tf.cast(i, tf.float32), [i0])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1,), [i0, x0])
    print("no error")
except Exception as e:
    print(type(e).__name__)
p = tf.placeholder(tf.float32, [None])
j, y = tf.while_loop(lambda j, y: j < 2, lambda j, y: (j + 1, y * 2.0), [0, p])
print(y.shape.as_list(), j.dtype.name)
with tf.Session() as sess:
    print(sess.run(x).shape, sess.run(i))
    print(rnd(sess.run(y, {p: [1.0, 2.0, 3.0]})))
