# NaN/Inf propagation through reductions, argmax/argmin, min/max, sort, clip.
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
v = tf.constant([1.0, np.nan, 3.0, -np.inf, np.inf])
t("sum", lambda: tf.reduce_sum(v))
t("max", lambda: tf.reduce_max(v))
t("min", lambda: tf.reduce_min(v))
t("mean", lambda: tf.reduce_mean(v))
t("prod", lambda: tf.reduce_prod(tf.constant([np.inf, 0.0])))
t("lse", lambda: tf.reduce_logsumexp(tf.constant([-np.inf, -np.inf])))
t("lse_inf", lambda: tf.reduce_logsumexp(tf.constant([np.inf, 1.0])))
t("argmax", lambda: tf.argmax(v))
t("argmin", lambda: tf.argmin(v))
t("argmax_nan_first", lambda: tf.argmax(tf.constant([np.nan, 5.0])))
t("argmax_inf", lambda: tf.argmax(tf.constant([-np.inf, -np.inf])))
t("maximum", lambda: tf.maximum(v, 2.0))
t("minimum", lambda: tf.minimum(v, 2.0))
t("clip", lambda: tf.clip_by_value(v, 0.0, 2.0))
t("any_all", lambda: [tf.reduce_any(tf.is_nan(v)), tf.reduce_all(tf.is_finite(v))])
t("max_empty", lambda: tf.reduce_max(tf.zeros([0])))
t("min_empty_int", lambda: tf.reduce_min(tf.zeros([0], tf.int32)))
t("mean_empty", lambda: tf.reduce_mean(tf.zeros([0])))
t("prod_empty", lambda: tf.reduce_prod(tf.zeros([0, 2]), 0))
t("argmax_empty", lambda: tf.argmax(tf.zeros([0])))
t("relu_nan", lambda: tf.nn.relu(v))
t("softmax_inf", lambda: tf.nn.softmax(tf.constant([np.inf, 1.0])))
t("std_inf", lambda: tf.math.reduce_std(tf.constant([1.0, np.inf])))
t("norm_inf", lambda: tf.norm(tf.constant([3.0, -np.inf])))
t("check_numerics", lambda: tf.check_numerics(v, "bad values"))
t("var_nan", lambda: tf.math.reduce_variance(v))
