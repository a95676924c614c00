# tf.nn.conv2d: channel mismatch, strides/padding/data_format attr errors, dtypes, ranks.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([1, 5, 5, 3])
w = tf.zeros([3, 3, 3, 4])
S = [1, 1, 1, 1]
B("ok", lambda: tf.nn.conv2d(x, w, S, "SAME"))
B("channel mismatch", lambda: tf.nn.conv2d(x, tf.zeros([3, 3, 2, 4]), S, "SAME"))
B("channel grouped", lambda: tf.nn.conv2d(tf.zeros([1, 5, 5, 4]), tf.zeros([3, 3, 2, 4]), S, "SAME"))
B("strides len 3", lambda: tf.nn.conv2d(x, w, [1, 1, 1], "SAME"))
B("strides len 5", lambda: tf.nn.conv2d(x, w, [1, 1, 1, 1, 1], "SAME"))
B("strides int 2", lambda: tf.nn.conv2d(x, w, 2, "SAME"))
B("strides batch 2", lambda: tf.nn.conv2d(x, w, [2, 1, 1, 1], "SAME"))
B("strides 0", lambda: tf.nn.conv2d(x, w, [1, 0, 0, 1], "SAME"))
B("padding VALIDX", lambda: tf.nn.conv2d(x, w, S, "VALIDX"))
B("padding lower", lambda: tf.nn.conv2d(x, w, S, "same"))
B("padding explicit", lambda: tf.nn.conv2d(x, w, S, [[0, 0], [1, 1], [1, 1], [0, 0]]))
B("padding explicit bad", lambda: tf.nn.conv2d(x, w, S, [[1, 1], [1, 1]]))
B("data_format NCHWX", lambda: tf.nn.conv2d(x, w, S, "SAME", data_format="NCHWX"))
B("dilations len", lambda: tf.nn.conv2d(x, w, S, "SAME", dilations=[1, 2, 2]))
B("input rank3", lambda: tf.nn.conv2d(tf.zeros([5, 5, 3]), w, S, "SAME"))
B("filter rank3", lambda: tf.nn.conv2d(x, tf.zeros([3, 3, 3]), S, "SAME"))
B("filter too big VALID", lambda: tf.nn.conv2d(x, tf.zeros([7, 7, 3, 4]), S, "VALID"))
B("int32", lambda: tf.nn.conv2d(tf.zeros([1, 5, 5, 3], tf.int32), tf.zeros([3, 3, 3, 4], tf.int32), S, "SAME"))
B("float64", lambda: tf.nn.conv2d(tf.zeros([1, 5, 5, 3], tf.float64), tf.zeros([3, 3, 3, 4], tf.float64), S, "SAME"))
B("dtype mismatch", lambda: tf.nn.conv2d(x, tf.zeros([3, 3, 3, 4], tf.float64), S, "SAME"))
B("depthwise mismatch", lambda: tf.nn.depthwise_conv2d(x, tf.zeros([3, 3, 2, 1]), S, "SAME"))
B("conv1d stride len", lambda: tf.nn.conv1d(tf.zeros([1, 5, 3]), tf.zeros([3, 3, 4]), [1, 1, 1, 1], "SAME"))
p = tf.placeholder(tf.float32, [None, None, None, None])
c = tf.nn.conv2d(p, w, S, "VALID")
print(c.shape.as_list())
with tf.Session() as sess:
    for shp in [[1, 5, 5, 3], [1, 5, 5, 2], [1, 2, 2, 3]]:
        try:
            print(shp, sess.run(c, {p: np.ones(shp)}).shape)
        except Exception as e:  # noqa: BLE001
            print(shp, "run", type(e).__name__)
