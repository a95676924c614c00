# segment_* with sorted/unsorted ids, gaps, negative ids, num_segments forms.
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

d = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])
t("sum_gap", lambda: tf.segment_sum(d, [0, 0, 2, 2, 4]))
t("sum_unsorted", lambda: tf.segment_sum(d, [0, 1, 0, 1, 1]))
t("max_gap", lambda: tf.segment_max(d, [1, 1, 3, 3, 3]))
t("min_gap", lambda: tf.segment_min(tf.constant([1, 2, 3]), [1, 1, 3]))
t("mean", lambda: tf.segment_mean(d, [0, 0, 0, 1, 1]))
t("prod_gap", lambda: tf.segment_prod(d, [0, 2, 2, 2, 2]))
t("neg_id", lambda: tf.segment_sum(d, [-1, 0, 0, 1, 1]))
t("bad_len", lambda: tf.segment_sum(d, [0, 0, 1]))
t("us_sum", lambda: tf.unsorted_segment_sum(d, [3, 0, 3, -1, 1], 4))
t("us_max_empty", lambda: tf.unsorted_segment_max(d, [0, 0, 2, 2, 2], 4))
t("us_min_int", lambda: tf.unsorted_segment_min(tf.constant([5, 2, 3]), [1, 1, 0], 3))
t("us_prod", lambda: tf.unsorted_segment_prod(d, [1, 1, 1, 0, 3], 4))
t("us_mean", lambda: tf.unsorted_segment_mean(d, [1, 1, 1, 0, 3], 4))
t("us_sqrt_n", lambda: tf.unsorted_segment_sqrt_n(d, [1, 1, 1, 0, 3], 4))
t("us_oob", lambda: tf.unsorted_segment_sum(d, [0, 1, 5, 0, 0], 3))
t("us_ns_tensor", lambda: tf.unsorted_segment_sum(d, [0, 1, 2, 0, 0], tf.constant(3, tf.int64)))
t("us_2d_ids", lambda: tf.unsorted_segment_sum(tf.ones([2, 3]), [[0, 1, 0], [1, 1, 1]], 2))
t("us_bad_ids", lambda: tf.unsorted_segment_sum(tf.ones([2, 3]), [0, 1, 0], 2))
p = tf.placeholder(tf.float32, [None, 4])
t("ph", lambda: tf.segment_sum(p, tf.placeholder(tf.int32, [None])), {p: np.ones([2, 4])})
t("ph_us", lambda: tf.unsorted_segment_sum(p, tf.placeholder(tf.int32, [None]), 7), {p: np.ones([2, 4])})
