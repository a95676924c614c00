# Gradients of conv2d, max_pool, avg_pool, bias_add.
from prelude import tf, np, rnd

x = tf.constant(np.arange(32, dtype=np.float32).reshape(1, 4, 4, 2) / 10.0)
w = tf.constant(np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2) / 10.0 - 0.5)
b = tf.constant([0.1, -0.2])
y = tf.nn.bias_add(tf.nn.conv2d(x, w, strides=[1, 1, 1, 1], padding="SAME"), b)
mp = tf.nn.max_pool(y, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
ap = tf.nn.avg_pool(y, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
loss = tf.reduce_sum(mp * mp) + tf.reduce_sum(ap)
gx, gw, gb = tf.gradients(loss, [x, w, b])
print(gx.op.type, gw.op.type, gb.op.type)
print(gx.shape.as_list(), gw.shape.as_list(), gb.shape.as_list())
with tf.Session() as sess:
    rx, rw, rb = sess.run([gx, gw, gb])
    print(rnd(rx.sum()), rnd(rx[0, :, :, 0]))
    print(rnd(rw[:, :, 0, 1]))
    print(rnd(rb))
