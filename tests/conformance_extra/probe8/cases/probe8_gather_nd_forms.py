# tf.gather_nd: slices, batch_dims, bad indices, shape inference.
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

x = tf.constant(np.arange(24).reshape(2, 3, 4))
t("full", lambda: tf.gather_nd(x, [[0, 1, 2], [1, 2, 3]]))
t("slice", lambda: tf.gather_nd(x, [[1], [0]]))
t("slice2", lambda: tf.gather_nd(x, [[1, 2]]))
t("nested", lambda: tf.gather_nd(x, [[[0, 0]], [[1, 1]]]))
t("bd1", lambda: tf.gather_nd(x, [[1], [2]], batch_dims=1))
t("bd1b", lambda: tf.gather_nd(x, [[[1, 3]], [[2, 0]]], batch_dims=1))
t("oob", lambda: tf.gather_nd(x, [[2, 0, 0]]))
t("too_deep", lambda: tf.gather_nd(x, [[0, 0, 0, 0]]))
t("neg", lambda: tf.gather_nd(x, [[-1, 0]]))
t("empty_last", lambda: tf.gather_nd(x, tf.zeros([2, 0], tf.int32)))
p = tf.placeholder(tf.float32, [None, 3])
t("ph", lambda: tf.gather_nd(p, tf.placeholder(tf.int32, [5, 1])), {p: np.ones([2, 3])})
t("ph2", lambda: tf.gather_nd(p, tf.placeholder(tf.int32, [5, None])), {p: np.ones([2, 3])})
t("float_idx", lambda: tf.gather_nd(x, [[0.0]]))
t("scalar_params", lambda: tf.gather_nd(tf.constant(3), [[0]]))
