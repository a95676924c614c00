# meshgrid indexing, range with dtypes/negative delta, linspace, eye, fill.
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
t("mg_xy", lambda: tf.meshgrid([1, 2, 3], [4, 5]))
t("mg_ij", lambda: tf.meshgrid([1, 2, 3], [4, 5], indexing="ij"))
t("mg_bad", lambda: tf.meshgrid([1, 2], indexing="zz"))
t("mg_three", lambda: tf.meshgrid([1, 2], [3], [4, 5]))
t("mg_one", lambda: tf.meshgrid([1, 2]))
t("range_neg", lambda: tf.range(5, 0, -2))
t("range_empty", lambda: tf.range(5, 0))
t("range_zero_delta", lambda: tf.range(0, 5, 0))
t("range_float", lambda: tf.range(0.0, 1.0, 0.3))
t("range_mixed", lambda: tf.range(0, 2.5))
t("range_dtype", lambda: tf.range(3, dtype=tf.int64))
t("range_dtype_f", lambda: tf.range(3, dtype=tf.float64))
t("range_limit_ph", lambda: tf.range(tf.placeholder(tf.int32, [])), {})
t("linspace", lambda: tf.linspace(0.0, 1.0, 5))
t("linspace_1", lambda: tf.linspace(2.0, 3.0, 1))
t("linspace_0", lambda: tf.linspace(2.0, 3.0, 0))
t("linspace_int", lambda: tf.linspace(0, 1, 3))
t("eye_rect", lambda: tf.eye(2, 3, batch_shape=[2], dtype=tf.int32))
t("fill_str", lambda: tf.fill([2], "x"))
t("fill_neg", lambda: tf.fill([-1], 1))
t("fill_ph", lambda: tf.fill(tf.placeholder(tf.int32, [2]), 1.0))
t("zeros_unk", lambda: tf.zeros(tf.placeholder(tf.int32, [None])))
t("ones_like_opt", lambda: tf.ones_like(tf.constant([1, 2]), dtype=tf.float32, optimize=False))
