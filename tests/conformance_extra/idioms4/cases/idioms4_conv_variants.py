# conv2d with explicit padding, dilations, avg_pool, conv2d_transpose, bias_add shapes and gradient shapes.
from prelude import tf, np, rnd

rs = np.random.RandomState(61)
x = tf.constant(rs.rand(1, 6, 6, 2).astype(np.float32))
k = tf.constant(rs.rand(3, 3, 2, 3).astype(np.float32))
c1 = tf.nn.conv2d(x, k, strides=[1, 2, 2, 1], padding=[[0, 0], [1, 1], [1, 1], [0, 0]])
c2 = tf.nn.conv2d(x, k, strides=1, padding="VALID", dilations=2)
ap = tf.nn.avg_pool(x, ksize=3, strides=2, padding="SAME")
mp = tf.nn.max_pool2d(x, 2, 2, "VALID")
kt = tf.constant(rs.rand(3, 3, 4, 2).astype(np.float32))
ct = tf.nn.conv2d_transpose(x, kt, output_shape=[1, 12, 12, 4], strides=[1, 2, 2, 1], padding="SAME")
ba = tf.nn.bias_add(c1, [0.1, 0.2, 0.3])
print(c1.shape, c2.shape, ap.shape, mp.shape, ct.shape, ba.shape)
print(c1.op.type, ct.op.type, ap.op.type, mp.op.type, c1.op.get_attr("padding"))
gx, gk = tf.gradients(tf.reduce_sum(ba * ba) + tf.reduce_sum(ct) + tf.reduce_sum(ap), [x, k])
print(gx.shape, gk.shape)
try:
    tf.nn.conv2d(x, tf.ones([3, 3, 5, 1]), 1, "SAME")
except ValueError as e:
    print("ValueError")
with tf.Session() as sess:
    print(rnd(sess.run(c1)[0, :, :, 0], 3))
    print(rnd(sess.run(c2)[0, :, :, 1], 3))
    print(rnd(sess.run(ap)[0, :, :, 0], 3))
    print(rnd(sess.run(ct)[0, :3, :3, 0], 3))
    print(rnd(sess.run(gk)[:, :, 0, 0], 3), "%.5g" % sess.run(gx).sum())
