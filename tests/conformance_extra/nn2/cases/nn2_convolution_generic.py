# tf.nn.convolution: 1-D/2-D/3-D, dilation_rate, strides, padding, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x1 = tf.constant(np.arange(1 * 8 * 1, dtype=np.float32).reshape(1, 8, 1))
w1 = tf.constant([[[1.0]], [[0.0]], [[-1.0]]])
x2 = tf.constant(np.arange(1 * 5 * 5 * 1, dtype=np.float32).reshape(1, 5, 5, 1))
w2 = tf.constant(np.ones([2, 2, 1, 2], np.float32))
c1 = tf.nn.convolution(x1, w1, "VALID")
c2 = tf.nn.convolution(x1, w1, "SAME", dilation_rate=[2])
c3 = tf.nn.convolution(x2, w2, "VALID", strides=[2, 2])
c4 = tf.nn.convolution(x2, w2, "SAME", dilation_rate=[2, 1], name="conv_d")
x3 = tf.ones([1, 4, 4, 4, 1])
c5 = tf.nn.convolution(x3, tf.ones([2, 2, 2, 1, 1]), "VALID", strides=[1, 2, 2])
ph = tf.placeholder(tf.float32, [None, None, None, 1])
c6 = tf.nn.convolution(ph, w2, "SAME", dilation_rate=[2, 2])
for t in (c1, c2, c3, c4, c5, c6):
    print(t.dtype.name, t.shape.as_list())
print(c3.op.type, c5.op.type)
err(lambda: tf.nn.convolution(x2, w2, "VALID", strides=[2, 2], dilation_rate=[2, 2]))
err(lambda: tf.nn.convolution(x2, w2, "VALID", strides=[2]))
err(lambda: tf.nn.convolution(x2, tf.ones([2, 2, 3, 1]), "VALID"))
err(lambda: tf.nn.convolution(tf.ones([1, 2, 3, 4, 5, 6]), tf.ones([1, 1, 1, 1, 6, 1]), "VALID"))
with tf.Session() as sess:
    r = sess.run([c1, c2, c3, c4, c5])
    print(rnd(r[0][0, :, 0]), rnd(r[1][0, :, 0]))
    print(rnd(r[2][0, :, :, 0]))
    print(rnd(r[3][0, :, :, 1]))
    print(rnd(r[4].ravel()))
    print(rnd(sess.run(c6, {ph: np.ones([1, 3, 3, 1], np.float32)})[0, :, :, 0]))
