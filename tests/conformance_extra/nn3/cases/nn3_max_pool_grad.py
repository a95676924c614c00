# max_pool gradients: overlapping windows, ties, SAME padding, 1-D/3-D; grad op types; second order.
from prelude import tf, np, rnd

x = tf.constant(np.array([[1, 5, 5, 2], [3, 0, 4, 4], [7, 7, 1, 0], [2, 6, 6, 3]], np.float32).reshape(1, 4, 4, 1))
a = tf.nn.max_pool(x, [1, 3, 3, 1], [1, 1, 1, 1], "SAME")
b = tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
c = tf.nn.max_pool(x, [1, 3, 2, 1], [1, 2, 1, 1], "SAME")
gs = [tf.gradients(t, x, grad_ys=tf.reshape(tf.range(1.0, 1.0 + float(np.prod(t.shape.as_list()))), t.shape))[0]
      for t in (a, b, c)]
print([t.shape.as_list() for t in (a, b, c)], [g.op.type for g in gs])
gg = tf.gradients(gs[0], x)
print(gg)
x1 = tf.constant(np.array([[3, 1, 3, 2, 8, 8]], np.float32).reshape(1, 6, 1))
m1 = tf.nn.max_pool1d(x1, 2, 1, "VALID")
g1 = tf.gradients(tf.reduce_sum(m1), x1)[0]
x3 = tf.constant(np.arange(2 * 3 * 4, dtype=np.float32).reshape(1, 2, 3, 4, 1) % 7)
m3 = tf.nn.max_pool3d(x3, [1, 2, 2, 2, 1], [1, 1, 1, 2, 1], "SAME")
g3 = tf.gradients(tf.reduce_sum(m3), x3)[0]
print(m1.shape.as_list(), g1.op.type, m3.shape.as_list(), g3.op.type)
with tf.Session() as sess:
    for g in gs:
        print(rnd(sess.run(g)[0, :, :, 0]))
    print(rnd(sess.run(g1)[0, :, 0]))
    print(rnd(sess.run(g3)[0, :, :, :, 0]))
