# tf.where with one argument, where_v2 broadcasting, dtypes and partial shapes.
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

t("w1_bool", lambda: tf.where([[True, False], [False, True]]))
t("w1_int", lambda: tf.where(tf.constant([0, 3, 0, -1])))
t("w1_float", lambda: tf.where(tf.constant([0.0, np.nan, 2.0])))
t("w1_str", lambda: tf.where(tf.constant(["", "a"])))
t("w1_scalar", lambda: tf.where(True))
t("w1_3d", lambda: tf.where(tf.constant(np.eye(2, dtype=bool)[None])))
t("w1_empty", lambda: tf.where(tf.zeros([0, 3], tf.bool)))
t("v1_bcast_rows", lambda: tf.where([True, False], [[1, 2], [3, 4]], [[5, 6], [7, 8]]))
t("v1_bad", lambda: tf.where([True, False, True], [[1, 2], [3, 4]], [[5, 6], [7, 8]]))
t("v1_scalar_cond", lambda: tf.where(True, [1, 2], [3, 4]))
t("v2_bcast", lambda: tf.where_v2([[True], [False]], [1, 2, 3], 0))
t("v2_bad", lambda: tf.where_v2([True, False], [1, 2, 3], 0))
t("one_of_xy", lambda: tf.where([True], x=[1]))
t("dtype_mismatch", lambda: tf.where([True], [1], [1.0]))
p = tf.placeholder(tf.bool, [None, 3])
t("ph", lambda: tf.where(p), {p: [[True, False, True]]})
