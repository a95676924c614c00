# in_top_k with int64 targets, k as tensor, non-finite predictions; crelu on axis 1 and its gradient.
from prelude import tf, np, rnd

p = tf.constant([[0.1, 0.9, 0.5], [np.inf, 0.0, 1.0], [np.nan, 0.2, 0.3]], tf.float32)
t = tf.constant([2, 0, 1], tf.int64)
a = tf.nn.in_top_k(p, t, 1)
b = tf.nn.in_top_k(p, t, 2, name="itk")
try:
    tf.nn.in_top_k(p, t, tf.placeholder(tf.int32, []))
    print("built")
except Exception as e:
    print(type(e).__name__)
kt = tf.placeholder(tf.int64, [])
c = tf.nn.in_top_k(p, t, kt)
print(a.dtype.name, b.name, b.op.type, c.shape.as_list())
x = tf.constant([[-1.0, 2.0], [3.0, -4.0]])
cr = tf.nn.crelu(x, axis=0)
cr1 = tf.nn.crelu(x, axis=-1, name="cr")
g = tf.gradients(tf.reduce_sum(cr * tf.reshape(tf.range(8.0), [4, 2])), x)[0]
print(cr.shape.as_list(), cr1.name, cr1.shape.as_list())
with tf.Session() as sess:
    print(sess.run([a, b]), sess.run(c, {kt: 3}).tolist(), sess.run(c, {kt: 0}).tolist())
    print(rnd(sess.run(cr)), rnd(sess.run(cr1)), rnd(sess.run(g)))
