# unique / unique_with_counts / unique_v2 with axis, dtypes, out_idx.
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

t("uwc", lambda: tf.unique_with_counts([3, 1, 3, 2, 1, 3]))
t("uwc_i64", lambda: tf.unique_with_counts([3, 1, 3], out_idx=tf.int64))
t("u_str", lambda: tf.unique(["b", "a", "b"]))
t("u_float_nan", lambda: tf.unique([1.0, np.nan, np.nan, 1.0, -0.0, 0.0]))
t("u_empty", lambda: tf.unique(tf.zeros([0], tf.int32)))
t("u_2d", lambda: tf.unique([[1, 2], [1, 2]]))
t("u_bool", lambda: tf.unique([True, False, True]))
t("u_out_bad", lambda: tf.unique([1, 2], out_idx=tf.float32))
p = tf.placeholder(tf.int32, [None])
t("u_ph", lambda: tf.unique(p), {p: [5, 5, 4]})
t("uv2_ax0", lambda: tf.raw_ops.UniqueV2(x=[[1, 2], [3, 4], [1, 2]], axis=[0]))
t("uv2_ax1", lambda: tf.raw_ops.UniqueV2(x=[[1, 2, 1], [3, 4, 3]], axis=[1]))
t("uv2_empty_axis", lambda: tf.raw_ops.UniqueV2(x=[3, 1, 3], axis=tf.zeros([0], tf.int32)))
t("uwcv2", lambda: tf.raw_ops.UniqueWithCountsV2(x=[[1, 2], [1, 2], [0, 0]], axis=[0]))
t("setdiff", lambda: tf.setdiff1d([1, 2, 3, 2, 5], [2, 7]))
t("listdiff", lambda: tf.setdiff1d(["a", "b"], ["a"], index_dtype=tf.int64))
