# data_format NCHW / NCW on CPU, and invalid data_format strings.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
        return r
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 2 * 4 * 4, dtype=np.float32).reshape(1, 2, 4, 4))
w = tf.ones([2, 2, 2, 3])
c = err(lambda: tf.nn.conv2d(x, w, [1, 1, 1, 1], "VALID", data_format="NCHW"))
err(lambda: tf.nn.conv2d(x, w, [1, 1, 1, 1], "VALID", data_format="NHCW"))
mp = err(lambda: tf.nn.max_pool(x, [1, 1, 2, 2], [1, 1, 2, 2], "VALID", data_format="NCHW"))
ap = err(lambda: tf.nn.avg_pool(x, [1, 1, 2, 2], [1, 1, 2, 2], "VALID", data_format="NCHW"))
ba = err(lambda: tf.nn.bias_add(x, [1.0, 2.0], data_format="NCHW"))
err(lambda: tf.nn.bias_add(x, [1.0, 2.0], data_format="NWHC"))
with tf.Session() as sess:
    # TF's CPU kernels reject NCHW Conv2D/MaxPool/AvgPool at run time; tensorweave runs them (docs/ops.md).
    for t in (ba,):
        if t is None:
            continue
        try:
            v = sess.run(t)
            print("run", v.shape, rnd(float(v.sum()), 3))
        except Exception as e:
            print(t.op.type, type(e).__name__)
