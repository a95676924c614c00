# cumsum/cumprod exclusive+reverse on axes, ints, cumulative_logsumexp, errors.
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
x = tf.constant([[1, 2, 3], [4, 5, 6]])
for ex in (False, True):
    for rv in (False, True):
        t("cumsum_%d%d" % (ex, rv), lambda: tf.cumsum(x, axis=1, exclusive=ex, reverse=rv))
        t("cumprod_%d%d" % (ex, rv), lambda: tf.cumprod(x, axis=0, exclusive=ex, reverse=rv))
t("cumsum_neg_axis", lambda: tf.cumsum(x, axis=-2))
t("cumsum_bad_axis", lambda: tf.cumsum(x, axis=2))
t("cumsum_axis_i64", lambda: tf.cumsum(x, axis=tf.constant(1, tf.int64)))
t("cumsum_scalar", lambda: tf.cumsum(tf.constant(3.0)))
t("cumsum_bool", lambda: tf.cumsum(tf.constant([True, False])))
t("cumsum_uint8", lambda: tf.cumsum(tf.constant([200, 100], tf.uint8)))
t("cumprod_f", lambda: tf.math.cumprod(tf.constant([0.5, np.inf, 0.0])))
t("clse", lambda: tf.math.cumulative_logsumexp(tf.constant([0.0, 1.0, 2.0]), exclusive=True))
t("clse_rev", lambda: tf.math.cumulative_logsumexp(tf.constant([0.0, 1.0, 2.0]), reverse=True))
t("clse_int", lambda: tf.math.cumulative_logsumexp(tf.constant([1, 2])))
t("cumsum_name", lambda: tf.cumsum(x, name="cs"))
