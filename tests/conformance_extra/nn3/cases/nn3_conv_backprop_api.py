# tf.nn.conv2d_backprop_input / conv2d_backprop_filter called directly: shapes, values, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


dy = tf.constant(np.linspace(-1, 1, 1 * 3 * 3 * 2, dtype=np.float32).reshape(1, 3, 3, 2))
w = tf.constant(np.linspace(-0.5, 0.5, 2 * 2 * 3 * 2, dtype=np.float32).reshape(2, 2, 3, 2))
x = tf.constant(np.linspace(0, 1, 1 * 6 * 6 * 3, dtype=np.float32).reshape(1, 6, 6, 3))
bi = tf.nn.conv2d_backprop_input([1, 6, 6, 3], w, dy, [1, 2, 2, 1], "SAME", name="bi")
bf = tf.nn.conv2d_backprop_filter(x, [2, 2, 3, 2], dy, [1, 2, 2, 1], "SAME", name="bf")
print(bi.op.type, bi.name, bi.shape.as_list(), bf.op.type, bf.name, bf.shape.as_list())
sz = tf.placeholder(tf.int32, [4])
bi2 = tf.nn.conv2d_backprop_input(sz, w, dy, [1, 2, 2, 1], "SAME")
print(bi2.shape.as_list())
err(lambda: tf.nn.conv2d_backprop_input([1, 6, 6, 4], w, dy, [1, 2, 2, 1], "SAME"))
err(lambda: tf.nn.conv2d_backprop_input([1, 6, 6, 3], w, dy, [1, 2, 2], "SAME"))
with tf.Session() as sess:
    r1, r2 = sess.run([bi, bf])
    print(rnd(r1[0, :, :, 1], 3))
    print(rnd(r2[:, :, 0, 1], 3))
    print(sess.run(bi2, {sz: [1, 5, 5, 3]}).shape)
    try:
        sess.run(bi2, {sz: [1, 9, 9, 3]})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
