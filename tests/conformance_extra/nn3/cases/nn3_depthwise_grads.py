# depthwise_conv2d gradients (strides, rate), depthwise native backprop ops called directly.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 1, 1 * 5 * 5 * 2, dtype=np.float32).reshape(1, 5, 5, 2))
w = tf.constant(np.linspace(-0.5, 0.8, 3 * 3 * 2 * 2, dtype=np.float32).reshape(3, 3, 2, 2))
a = tf.nn.depthwise_conv2d(x, w, [1, 2, 2, 1], "SAME")
b = tf.nn.depthwise_conv2d(x, w, [1, 1, 1, 1], "VALID", rate=[2, 1])
print(a.op.type, a.shape.as_list(), b.shape.as_list())
ga = tf.gradients(tf.reduce_sum(a * a), [x, w])
gb = tf.gradients(tf.reduce_sum(b * b), [x, w])
print([g.op.type for g in ga], [g.shape.as_list() for g in gb])
dy = tf.constant(np.linspace(0, 1, 1 * 3 * 3 * 4, dtype=np.float32).reshape(1, 3, 3, 4))
bi = tf.nn.depthwise_conv2d_native_backprop_input([1, 5, 5, 2], w, dy, [1, 2, 2, 1], "SAME")
bf = tf.nn.depthwise_conv2d_native_backprop_filter(x, [3, 3, 2, 2], dy, [1, 2, 2, 1], "SAME")
print(bi.op.type, bi.shape.as_list(), bf.op.type, bf.shape.as_list())
with tf.Session() as sess:
    r = sess.run(ga + gb)
    print(rnd(r[0][0, :, :, 1], 3))
    print(rnd(r[1][:, :, 0, 1], 3))
    print(rnd(r[2][0, :, :, 0], 3))
    print(rnd(r[3][:, :, 1, 0], 3))
    r1, r2 = sess.run([bi, bf])
    print(rnd(r1[0, :, :, 0], 3))
    print(rnd(r2[:, :, 1, 1], 3))
