# conv2d_transpose, depthwise and separable convs, pools: static shapes and values.
from prelude import tf, np, rnd

x = tf.constant(np.arange(2 * 4 * 4 * 2, dtype=np.float32).reshape(2, 4, 4, 2) / 10.0)
w = tf.constant(np.linspace(-1, 1, 3 * 3 * 3 * 2, dtype=np.float32).reshape(3, 3, 3, 2))
ct = tf.nn.conv2d_transpose(x, w, output_shape=[2, 8, 8, 3], strides=[1, 2, 2, 1], padding="SAME")
ctv = tf.nn.conv2d_transpose(x, w, output_shape=tf.constant([2, 9, 9, 3]), strides=[1, 2, 2, 1], padding="VALID")
dw = tf.nn.depthwise_conv2d(x, tf.ones([2, 2, 2, 2]), strides=[1, 1, 1, 1], padding="VALID")
sep = tf.nn.separable_conv2d(x, tf.ones([2, 2, 2, 1]), tf.ones([1, 1, 2, 3]), [1, 1, 1, 1], "SAME")
ap = tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME")
mp = tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
mpa, arg = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
for t in (ct, ctv, dw, sep, ap, mp, mpa, arg):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    vals = sess.run([ct, ctv, dw, sep, ap, mp, arg])
    print([rnd(float(np.sum(v)), 3) for v in vals], rnd(vals[4][0, :, :, 0], 3))
