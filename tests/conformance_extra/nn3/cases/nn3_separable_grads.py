# separable_conv2d with strides: shapes, values, gradients wrt the three inputs, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.linspace(-1, 1, 1 * 6 * 6 * 2, dtype=np.float32).reshape(1, 6, 6, 2))
dw = tf.constant(np.linspace(-0.5, 0.8, 3 * 3 * 2 * 2, dtype=np.float32).reshape(3, 3, 2, 2))
pw = tf.constant(np.linspace(-1, 1, 1 * 1 * 4 * 3, dtype=np.float32).reshape(1, 1, 4, 3))
y = tf.nn.separable_conv2d(x, dw, pw, [1, 2, 2, 1], "SAME", name="sep")
print(y.op.type, y.name, y.shape.as_list())
print(sorted(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("sep")))
g = tf.gradients(tf.reduce_sum(y * y), [x, dw, pw])
print([t.shape.as_list() for t in g])
err(lambda: tf.nn.separable_conv2d(x, dw, tf.ones([1, 1, 3, 3]), [1, 1, 1, 1], "SAME"))
err(lambda: tf.nn.separable_conv2d(x, dw, tf.ones([2, 1, 4, 3]), [1, 1, 1, 1], "SAME"))
err(lambda: tf.nn.separable_conv2d(x, dw, pw, [1, 2, 2, 1], "SAME", rate=[2, 2]))
with tf.Session() as sess:
    print(rnd(sess.run(y)[0, :, :, 0], 3))
    r = sess.run(g)
    print(rnd(r[0][0, :, :, 1], 3))
    print(rnd(r[1][:, :, 0, 1], 3))
    print(rnd(r[2][0, 0], 3))
