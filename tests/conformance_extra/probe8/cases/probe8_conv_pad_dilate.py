# conv1d/conv2d/conv3d SAME/VALID with strides/dilations, explicit padding, errors.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
img = tf.constant(np.arange(50.0).reshape(1, 5, 5, 2) / 10.0, tf.float32)
k = tf.constant(np.linspace(-1, 1, 36).reshape(3, 3, 2, 2), tf.float32)
t("same_s2", lambda: tf.nn.conv2d(img, k, [1, 2, 2, 1], "SAME"))
t("valid_s2", lambda: tf.nn.conv2d(img, k, [1, 2, 2, 1], "VALID"))
t("dil2_same", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], "SAME", dilations=[1, 2, 2, 1]))
t("dil2_valid", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], "VALID", dilations=[1, 2, 2, 1]))
t("dil_and_stride", lambda: tf.nn.conv2d(img, k, [1, 2, 2, 1], "SAME", dilations=[1, 2, 2, 1]))
t("explicit", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], [[0, 0], [1, 0], [0, 2], [0, 0]]))
t("explicit_bad_batch", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], [[1, 0], [1, 0], [0, 2], [0, 0]]))
t("explicit_neg", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], [[0, 0], [-1, 0], [0, 2], [0, 0]]))
t("pad_lower", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], "same"))
t("pad_bad", lambda: tf.nn.conv2d(img, k, [1, 1, 1, 1], "FULL"))
t("chan_bad", lambda: tf.nn.conv2d(img, tf.ones([3, 3, 3, 2]), [1, 1, 1, 1], "SAME"))
t("kernel_big_valid", lambda: tf.nn.conv2d(img, tf.ones([6, 1, 2, 1]), [1, 1, 1, 1], "VALID"))
t("stride_batch", lambda: tf.nn.conv2d(img, k, [2, 1, 1, 1], "SAME"))
t("stride_int", lambda: tf.nn.conv2d(img, k, 2, "SAME"))
t("v2_conv", lambda: tf.nn.conv2d(input=img, filters=k, strides=[2, 1], padding="VALID"))
t("conv1d", lambda: tf.nn.conv1d(tf.ones([1, 7, 2]), tf.ones([3, 2, 1]), 2, "SAME"))
t("conv1d_dil", lambda: tf.nn.conv1d(tf.ones([1, 7, 2]), tf.ones([3, 2, 1]), 1, "VALID", dilations=2))
t("conv3d", lambda: tf.nn.conv3d(tf.ones([1, 5, 4, 3, 1]), tf.ones([2, 2, 2, 1, 2]), [1, 2, 2, 2, 1], "SAME"))
t("conv3d_bad_strides", lambda: tf.nn.conv3d(tf.ones([1, 5, 4, 3, 1]), tf.ones([2, 2, 2, 1, 2]), [1, 2, 2, 1], "SAME"))
p = tf.placeholder(tf.float32, [None, None, 7, 2])
t("ph", lambda: tf.nn.conv2d(p, k, [1, 2, 2, 1], "SAME"))
t("convolution", lambda: tf.nn.convolution(img, k, "VALID", strides=[2, 2]))
t("convolution_dil", lambda: tf.nn.convolution(img, k, "SAME", dilation_rate=[2, 2]))
t("atrous", lambda: tf.nn.atrous_conv2d(img, k, 2, "SAME"))
