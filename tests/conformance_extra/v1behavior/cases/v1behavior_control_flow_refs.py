# tf.cond / tf.while_loop programs with ref variables and TF1 shapes (values and shapes only).
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable(0.0, name="v")
p = tf.placeholder(tf.bool, [], name="p")
r = tf.cond(p, lambda: tf.assign_add(v, 1.0), lambda: tf.assign_sub(v, 1.0))
print(r.dtype.base_dtype, r.shape)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.cond(p, lambda: x * 2, lambda: x + 1)
print(y.shape, y.dtype)
i0 = tf.constant(0)
acc = tf.zeros([x.shape[1].value])
_, out = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + tf.reduce_sum(x, 0)), [i0, acc])
print(out.shape, out.dtype)
cnt = tf.Variable(0, name="cnt")
def body(i):
    with tf.control_dependencies([tf.assign_add(cnt, 1)]):
        return i + 1
loop = tf.while_loop(lambda i: i < 4, body, [tf.constant(0)])
print(loop.dtype, loop.shape)
grown = tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, tf.concat([t, t[:1]], 0)),
                      [tf.constant(0), tf.ones([1, 2])],
                      shape_invariants=[tf.TensorShape([]), tf.TensorShape([None, 2])])
print(grown[1].shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r, {p: True}), sess.run(r, {p: True}), sess.run(r, {p: False}), sess.run(v))
    print(sess.run(y, {p: False, x: [[1, 2, 3]]}).tolist())
    print(sess.run(out, {x: [[1, 2, 3], [1, 1, 1]]}).tolist())
    print(sess.run(loop), sess.run(cnt))
    print(sess.run(grown[1]).shape)
