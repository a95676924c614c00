# depthwise_conv2d / separable_conv2d shapes, multipliers, rates, errors.
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
x = tf.constant(np.arange(32.0).reshape(1, 4, 4, 2) / 10, tf.float32)
dw = tf.constant(np.linspace(-1, 1, 24).reshape(2, 2, 2, 3), tf.float32)
pw = tf.constant(np.linspace(-1, 1, 12).reshape(1, 1, 6, 2), tf.float32)
t("dw_same", lambda: tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], "SAME"))
t("dw_valid_s2", lambda: tf.nn.depthwise_conv2d(x, dw, [1, 2, 2, 1], "VALID"))
t("dw_rate", lambda: tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], "VALID", rate=[2, 2]))
t("dw_rate_stride", lambda: tf.nn.depthwise_conv2d(x, dw, [1, 2, 2, 1], "VALID", rate=[2, 2]))
t("dw_chan_bad", lambda: tf.nn.depthwise_conv2d(x, tf.ones([2, 2, 3, 1]), [1, 1, 1, 1], "SAME"))
t("dw_native", lambda: tf.nn.depthwise_conv2d_native(x, dw, [1, 1, 1, 1], "VALID"))
t("dw_strides_bad", lambda: tf.nn.depthwise_conv2d_native(x, dw, [1, 2, 1, 1], "VALID"))
t("sep", lambda: tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], "SAME"))
t("sep_valid", lambda: tf.nn.separable_conv2d(x, dw, pw, [1, 2, 2, 1], "VALID"))
t("sep_rate", lambda: tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], "VALID", rate=[2, 2]))
t("sep_pw_bad", lambda: tf.nn.separable_conv2d(x, dw, tf.ones([1, 1, 5, 2]), [1, 1, 1, 1], "SAME"))
t("sep_pw_notone", lambda: tf.nn.separable_conv2d(x, dw, tf.ones([2, 1, 6, 2]), [1, 1, 1, 1], "SAME"))
p = tf.placeholder(tf.float32, [None, None, None, 2])
t("dw_ph", lambda: tf.nn.depthwise_conv2d(p, dw, [1, 1, 1, 1], "SAME"))
