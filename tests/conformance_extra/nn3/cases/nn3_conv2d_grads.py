# gradients of conv2d wrt input and filter: strided SAME, strided VALID, explicit paddings; backprop op types.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 1, 1 * 5 * 5 * 2, dtype=np.float32).reshape(1, 5, 5, 2))
w = tf.constant(np.linspace(-0.5, 0.7, 3 * 3 * 2 * 3, dtype=np.float32).reshape(3, 3, 2, 3))
ys = [tf.nn.conv2d(x, w, 2, "SAME"),
      tf.nn.conv2d(x, w, [1, 1, 2, 1], "VALID"),
      tf.nn.conv2d(x, w, [1, 2, 1, 1], [[0, 0], [1, 0], [0, 2], [0, 0]])]
with tf.Session() as sess:
    for y in ys:
        up = tf.constant(np.linspace(0.1, 1.0, int(np.prod(y.shape.as_list())), dtype=np.float32).reshape(y.shape.as_list()))
        gx, gw = tf.gradients(y, [x, w], grad_ys=up)
        print(y.shape.as_list(), gx.op.type, gw.op.type, gx.shape.as_list(), gw.shape.as_list())
        rx, rw = sess.run([gx, gw])
        print(rnd(rx[0, :, :, 0], 3))
        print(rnd(rw[:, :, 1, 2], 3))
