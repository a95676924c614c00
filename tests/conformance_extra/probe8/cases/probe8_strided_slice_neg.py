# strided_slice with negative strides, ellipsis, newaxis, shrink, python indexing.
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
t("rev_all", lambda: x[::-1, ::-1, ::-1])
t("rev_step2", lambda: x[:, ::-2, 3:0:-2])
t("ell_new", lambda: x[..., tf.newaxis, 1])
t("new_ell", lambda: x[tf.newaxis, ..., 0])
t("two_new", lambda: x[None, 0, None, :, None])
t("neg_begin", lambda: x[-1, -2:, -3:-1])
t("empty_range", lambda: x[:, 2:1])
t("neg_empty", lambda: x[:, 1:2:-1])
t("oob_clamp", lambda: x[:, -10:10, 5:])
t("shrink_oob", lambda: x[2])
t("shrink_neg_oob", lambda: x[:, -4])
t("step0", lambda: x[::0])
t("two_ell", lambda: x[..., ...])
t("tensor_idx", lambda: x[tf.constant(1)])
t("tensor_slice", lambda: x[:, tf.constant(1):])
t("bool_idx", lambda: x[True])
t("float_idx", lambda: x[1.0])
t("list_idx", lambda: x[[0, 1]])
p = tf.placeholder(tf.float32, [None, None, 4])
t("ph_neg", lambda: p[::-1, 1:, ::-2], {p: np.ones([2, 3, 4])})
t("ph_shrink", lambda: p[0, :, 1], {p: np.ones([2, 3, 4])})
t("ph_runtime_oob", lambda: p[5], {p: np.ones([2, 3, 4])})
t("raw_masks", lambda: tf.strided_slice(x, [0, 1], [1, 2], [1, 1], begin_mask=1, end_mask=1, ellipsis_mask=0, new_axis_mask=2, shrink_axis_mask=0))
t("raw_shrink_new", lambda: tf.strided_slice(x, [0, 0], [1, 1], shrink_axis_mask=3, new_axis_mask=1))
t("var_slice", lambda: tf.Variable(np.arange(6.0)).__getitem__(slice(None, None, -2)))
