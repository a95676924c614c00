# Gradients of softmax/log_softmax on axes, l2_normalize (axis, epsilon), bias_add NCHW/NHWC, normalize.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]])
w = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
gs = {
    "softmax": tf.gradients(tf.nn.softmax(x) * w, x)[0],
    "softmax0": tf.gradients(tf.nn.softmax(x, axis=0) * w, x)[0],
    "log_softmax": tf.gradients(tf.nn.log_softmax(x) * w, x)[0],
    "log_softmax0": tf.gradients(tf.nn.log_softmax(x, axis=0) * w, x)[0],
    "l2n": tf.gradients(tf.nn.l2_normalize(x, axis=1) * w, x)[0],
    "l2n0": tf.gradients(tf.nn.l2_normalize(x, axis=0) * w, x)[0],
    "l2n_all": tf.gradients(tf.nn.l2_normalize(x, axis=[0, 1]) * w, x)[0],
}
z = tf.zeros([2, 2])
gz = tf.gradients(tf.nn.l2_normalize(z, 1, epsilon=1e-4) * tf.constant([[1.0, 2.0], [3.0, 4.0]]), z)[0]
v = tf.reshape(tf.range(1.0, 17.0), [1, 2, 2, 4])
bias = tf.constant([0.5, -0.5])
bn = tf.nn.bias_add(v, bias, data_format="NCHW")
gbn = tf.gradients(bn * v, [v, bias])
bh = tf.constant([1.0, 2.0, 3.0, 4.0])
gbh = tf.gradients(tf.nn.bias_add(v, bh) * v, [v, bh])
print(gbn[1].op.type, gbn[1].shape, gbh[1].shape)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print("l2zero", rnd(sess.run(gz), 3))
    print(rnd(sess.run(gbn[1]), 4), rnd(sess.run(gbh[1]), 4))
