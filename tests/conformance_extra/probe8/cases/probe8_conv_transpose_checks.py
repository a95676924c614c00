# conv2d_transpose / conv1d/3d_transpose output_shape checks, strides, SAME/VALID.
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
x = tf.ones([1, 3, 3, 2])
w = tf.constant(np.linspace(-1, 1, 24).reshape(2, 2, 3, 2), tf.float32)
t("same_s2", lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 3], [1, 2, 2, 1], "SAME"))
t("same_s2_odd", lambda: tf.nn.conv2d_transpose(x, w, [1, 5, 5, 3], [1, 2, 2, 1], "SAME"))
t("valid_s2", lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 3], [1, 2, 2, 1], "VALID"))
t("valid_bad", lambda: tf.nn.conv2d_transpose(x, w, [1, 8, 8, 3], [1, 2, 2, 1], "VALID"))
t("chan_bad", lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 4], [1, 2, 2, 1], "SAME"))
t("in_chan_bad", lambda: tf.nn.conv2d_transpose(tf.ones([1, 3, 3, 3]), w, [1, 6, 6, 3], [1, 2, 2, 1], "SAME"))
t("os_len_bad", lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6], [1, 2, 2, 1], "SAME"))
t("os_tensor", lambda: tf.nn.conv2d_transpose(x, w, tf.constant([1, 6, 6, 3]), [1, 2, 2, 1], "SAME"))
os_ph = tf.placeholder(tf.int32, [4])
t("os_ph", lambda: tf.nn.conv2d_transpose(x, w, os_ph, [1, 2, 2, 1], "SAME"), {os_ph: [1, 6, 6, 3]})
t("os_ph_bad", lambda: tf.nn.conv2d_transpose(x, w, os_ph, [1, 2, 2, 1], "SAME"), {os_ph: [1, 9, 9, 3]})
t("stride_int", lambda: tf.nn.conv2d_transpose(x, w, [1, 6, 6, 3], 2))
t("explicit", lambda: tf.nn.conv2d_transpose(x, w, [1, 4, 4, 3], [1, 1, 1, 1], [[0, 0], [0, 0], [0, 0], [0, 0]]))
t("dilated", lambda: tf.nn.conv2d_transpose(x, w, [1, 4, 4, 3], [1, 1, 1, 1], "VALID", dilations=[1, 1, 1, 1]))
t("v2", lambda: tf.nn.conv2d_transpose(value=x, filter=w, output_shape=[1, 6, 6, 3], strides=2, padding="SAME"))
t("c1t", lambda: tf.nn.conv1d_transpose(tf.ones([1, 3, 2]), tf.ones([2, 1, 2]), [1, 6, 1], 2, "SAME"))
t("c1t_bad", lambda: tf.nn.conv1d_transpose(tf.ones([1, 3, 2]), tf.ones([2, 1, 2]), [1, 9, 1], 2, "SAME"))
t("c3t", lambda: tf.nn.conv3d_transpose(tf.ones([1, 2, 2, 2, 1]), tf.ones([2, 2, 2, 3, 1]), [1, 4, 4, 4, 3], [1, 2, 2, 2, 1], "SAME"))
t("c3t_valid", lambda: tf.nn.conv3d_transpose(tf.ones([1, 2, 2, 2, 1]), tf.ones([3, 3, 3, 1, 1]), [1, 5, 5, 5, 1], [1, 2, 2, 2, 1], "VALID"))
