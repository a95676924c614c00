# tf.reverse_sequence / tf.reverse forms, seq_dim/batch_dim, errors.
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

x = tf.constant(np.arange(12).reshape(3, 4))
t("basic", lambda: tf.reverse_sequence(x, [1, 2, 4], seq_axis=1, batch_axis=0))
t("v1_names", lambda: tf.reverse_sequence(x, [2, 3, 1], seq_dim=1, batch_dim=0))
t("swap", lambda: tf.reverse_sequence(x, [1, 3, 0, 2], seq_axis=0, batch_axis=1))
t("too_long", lambda: tf.reverse_sequence(x, [1, 5, 0], seq_axis=1, batch_axis=0))
t("bad_len", lambda: tf.reverse_sequence(x, [1, 2], seq_axis=1, batch_axis=0))
t("same_axis", lambda: tf.reverse_sequence(x, [1, 2, 3], seq_axis=0, batch_axis=0))
t("i64", lambda: tf.reverse_sequence(x, tf.constant([1, 2, 3], tf.int64), 1))
t("neg_len", lambda: tf.reverse_sequence(x, [-1, 2, 3], 1))
t("rev", lambda: tf.reverse(x, [-1]))
t("rev_dup", lambda: tf.reverse(x, [1, 1]))
t("rev_oob", lambda: tf.reverse(x, [2]))
t("rev_v1", lambda: tf.reverse_v2(x, [0, 1]))
p = tf.placeholder(tf.float32, [None, None, 2])
t("ph", lambda: tf.reverse_sequence(p, tf.placeholder(tf.int32, [None]), 1, 0), {p: np.ones([2, 3, 2])})
