# avg_pool gradients: SAME edge window counts, strided VALID, 1-D and 3-D, float64 and float16.
from prelude import tf, np, rnd

x = tf.constant(np.arange(20, dtype=np.float32).reshape(1, 4, 5, 1))
a = tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME")
b = tf.nn.avg_pool(x, [1, 2, 3, 1], [1, 1, 2, 1], "VALID")
ga = tf.gradients(a, x, grad_ys=tf.reshape(tf.range(1.0, 7.0), [1, 2, 3, 1]))[0]
gb = tf.gradients(tf.reduce_sum(b), x)[0]
print(a.shape.as_list(), b.shape.as_list(), ga.op.type, gb.op.type)
x1 = tf.constant(np.arange(7, dtype=np.float64).reshape(1, 7, 1))
a1 = tf.nn.avg_pool1d(x1, 3, 2, "SAME")
g1 = tf.gradients(tf.reduce_sum(a1), x1)[0]
x3 = tf.constant(np.arange(18, dtype=np.float32).reshape(1, 2, 3, 3, 1))
a3 = tf.nn.avg_pool3d(x3, [1, 2, 2, 2, 1], [1, 1, 2, 2, 1], "SAME")
g3 = tf.gradients(tf.reduce_sum(a3), x3)[0]
h = tf.nn.avg_pool(tf.cast(x, tf.float16), 2, 2, "VALID")
print(a1.dtype.name, g1.dtype.name, a3.shape.as_list(), g3.op.type, h.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run(a)[0, :, :, 0], 4))
    print(rnd(sess.run(ga)[0, :, :, 0], 4))
    print(rnd(sess.run(gb)[0, :, :, 0], 4))
    print(rnd(sess.run(a1)[0, :, 0], 4), rnd(sess.run(g1)[0, :, 0], 4))
    print(rnd(sess.run(a3)[0, :, :, :, 0], 4))
    print(rnd(sess.run(g3)[0, :, :, :, 0], 4))
    print(rnd(sess.run(h)[0, :, :, 0], 2))
