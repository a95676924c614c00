# relu variants (relu6, leaky, elu, selu, crelu, gelu), bias_add data_format, in_top_k.
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
v = tf.constant([-3.0, -0.5, 0.0, 0.5, 7.0])
t("relu6", lambda: tf.nn.relu6(v))
t("leaky", lambda: tf.nn.leaky_relu(v))
t("leaky_a", lambda: tf.nn.leaky_relu(v, alpha=2.0))
t("elu", lambda: tf.nn.elu(v))
t("selu", lambda: tf.nn.selu(v))
t("crelu", lambda: tf.nn.crelu(tf.reshape(v, [1, 5])))
t("crelu_ax0", lambda: tf.nn.crelu(tf.reshape(v, [5, 1]), axis=0))
t("swish", lambda: tf.nn.swish(v))
t("softsign", lambda: tf.nn.softsign(v))
t("relu_int", lambda: tf.nn.relu(tf.constant([-2, 3])))
t("relu6_int", lambda: tf.nn.relu6(tf.constant([-2, 9])))
t("elu_int", lambda: tf.nn.elu(tf.constant([-2, 3])))
t("leaky_int", lambda: tf.nn.leaky_relu(tf.constant([-2, 3])))
x = tf.ones([1, 2, 3, 4])
t("bias_nhwc", lambda: tf.nn.bias_add(x, [1.0, 2.0, 3.0, 4.0]))
t("bias_nchw", lambda: tf.nn.bias_add(x, [1.0, 2.0], data_format="NCHW"))
t("bias_bad", lambda: tf.nn.bias_add(x, [1.0, 2.0]))
t("bias_nchw_bad", lambda: tf.nn.bias_add(x, [1.0, 2.0, 3.0, 4.0], data_format="NCHW"))
t("bias_rank1", lambda: tf.nn.bias_add(tf.ones([3]), [1.0, 2.0, 3.0]))
t("bias_2d_bias", lambda: tf.nn.bias_add(x, [[1.0, 2.0, 3.0, 4.0]]))
t("bias_dtype", lambda: tf.nn.bias_add(x, tf.constant([1, 2, 3, 4])))
t("bias_ncw", lambda: tf.nn.bias_add(tf.ones([1, 2, 3]), [1.0, 2.0], data_format="NCW"))
pr = tf.constant([[0.1, 0.5, 0.5, 0.2], [0.9, np.nan, 0.0, 0.0], [0.3, 0.3, 0.3, 0.3]])
t("itk1", lambda: tf.nn.in_top_k(pr, [2, 0, 3], 1))
t("itk2", lambda: tf.nn.in_top_k(pr, [1, 1, 0], 2))
t("itk_oob", lambda: tf.nn.in_top_k(pr, [4, 0, 0], 1))
t("itk_neg", lambda: tf.nn.in_top_k(pr, [-1, 0, 0], 1))
t("itk_k0", lambda: tf.nn.in_top_k(pr, [0, 0, 0], 0))
t("itk_i64", lambda: tf.nn.in_top_k(pr, tf.constant([0, 0, 0], tf.int64), 1))
t("itk_v2", lambda: tf.math.in_top_k(targets=[0, 0, 0], predictions=pr, k=1))
t("itk_bad_shape", lambda: tf.nn.in_top_k(pr, [0, 0], 1))
