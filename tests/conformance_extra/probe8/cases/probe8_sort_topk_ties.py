# sort / argsort / top_k with ties, NaN, directions, stable, k errors.
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
v = tf.constant([3.0, 1.0, 3.0, -np.inf, 2.0, 1.0])
t("sort_asc", lambda: tf.sort(v))
t("sort_desc", lambda: tf.sort(v, direction="DESCENDING"))
t("argsort_asc", lambda: tf.argsort(v, stable=True))
t("argsort_desc", lambda: tf.argsort(v, direction="DESCENDING", stable=True))
t("argsort_int", lambda: tf.argsort([2, 1, 2, 1, 0]))
t("sort_bad_dir", lambda: tf.sort(v, direction="UP"))
t("sort_2d_ax0", lambda: tf.sort([[3, 1], [1, 2]], axis=0))
t("sort_str", lambda: tf.sort(["b", "a"]))
t("topk_ties", lambda: tf.nn.top_k([1, 3, 3, 2, 3], 2))
t("topk_nan", lambda: tf.nn.top_k(v, 3))
t("topk_k0", lambda: tf.nn.top_k([1, 5], 0))
t("topk_too_big", lambda: tf.nn.top_k([1, 5], 3))
t("topk_neg", lambda: tf.nn.top_k([1, 5], -1))
t("topk_scalar", lambda: tf.nn.top_k(tf.constant(1.0), 1))
k = tf.placeholder(tf.int32)
t("topk_ph_k", lambda: tf.nn.top_k(tf.ones([2, 5]), k), {k: 2})
t("topk_ph_k_big", lambda: tf.nn.top_k(tf.ones([2, 5]), k), {k: 9})
t("topk_uint8", lambda: tf.nn.top_k(tf.constant([1, 255, 7], tf.uint8), 2))
t("math_top_k", lambda: tf.math.top_k([[1, 9, 3]], k=1))
