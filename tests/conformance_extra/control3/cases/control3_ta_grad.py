# Gradients through TensorArray unstack/read/write/stack/gather/concat.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
ta = tf.TensorArray(tf.float32, size=3).unstack(x)
y = ta.read(0) * ta.read(2) * 3.0
g1 = tf.gradients(tf.reduce_sum(y), x)[0]
w = tf.Variable([1.0, 2.0])
ta2 = tf.TensorArray(tf.float32, size=2).write(0, w * 2.0).write(1, w * w)
s = ta2.stack()
g2 = tf.gradients(tf.reduce_sum(s), w)[0]
g3 = tf.gradients(tf.reduce_sum(ta.gather([1, 1]) * 2.0), x)[0]
ta4 = tf.TensorArray(tf.float32, size=2, infer_shape=False).write(0, w).write(1, w * 3.0)
g4 = tf.gradients(tf.reduce_sum(ta4.concat()), w)[0]
def body(i, t, acc):
    return i + 1, t, acc + t.read(i) ** 2
_, _, acc = tf.while_loop(lambda i, t, a: i < 3, body, [0, ta, tf.zeros([2])])
g5 = tf.gradients(tf.reduce_sum(acc), x)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g1)), rnd(sess.run(g2)), rnd(sess.run(g3)))
    print(rnd(sess.run(g4)), rnd(sess.run(g5)))
