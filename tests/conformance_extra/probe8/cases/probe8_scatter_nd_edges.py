# scatter_nd and tensor_scatter_* : duplicates, bad shapes, oob, dtype.
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

t("dup_add", lambda: tf.scatter_nd([[1], [1], [3]], [1.0, 2.0, 3.0], [5]))
t("slices", lambda: tf.scatter_nd([[0], [2]], [[1, 2], [3, 4]], [3, 2]))
t("shape_i64", lambda: tf.scatter_nd([[0]], [5], tf.constant([2], tf.int64)))
t("oob", lambda: tf.scatter_nd([[5]], [1.0], [3]))
t("neg", lambda: tf.scatter_nd([[-1]], [1.0], [3]))
t("bad_upd", lambda: tf.scatter_nd([[0], [1]], [1.0, 2.0, 3.0], [3]))
t("bad_idx_depth", lambda: tf.scatter_nd([[0, 0, 0]], [1.0], [3, 3]))
t("bool", lambda: tf.scatter_nd([[0]], [True], [2]))
t("ts_update", lambda: tf.tensor_scatter_nd_update(tf.zeros([4]), [[1], [3]], [5.0, 6.0]))
t("ts_add", lambda: tf.tensor_scatter_nd_add(tf.ones([2, 3]), [[0, 1], [1, 2]], [5.0, 6.0]))
t("ts_sub", lambda: tf.tensor_scatter_nd_sub(tf.ones([2, 3]), [[1]], [[1.0, 2.0, 3.0]]))
t("ts_max", lambda: tf.tensor_scatter_nd_max(tf.ones([4]), [[1], [1], [2]], [5.0, 7.0, -2.0]))
t("ts_min", lambda: tf.tensor_scatter_nd_min(tf.ones([4]), [[1], [2]], [5.0, -2.0]))
t("ts_oob", lambda: tf.tensor_scatter_nd_update(tf.zeros([4]), [[4]], [1.0]))
t("ts_bad_shape", lambda: tf.tensor_scatter_nd_update(tf.zeros([4]), [[1]], [1.0, 2.0]))
t("ts_int", lambda: tf.tensor_scatter_nd_add(tf.constant([1, 2, 3]), [[0], [0]], [10, 20]))
p = tf.placeholder(tf.int32, [None, 2])
t("ph_shape", lambda: tf.scatter_nd(p, tf.placeholder(tf.float32, [None]), [3, 4]), {p: [[0, 1], [2, 3]], })
