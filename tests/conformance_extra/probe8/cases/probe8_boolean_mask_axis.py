# tf.boolean_mask with axis, partial shapes, errors; tf.sequence_mask forms.
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
t("ax1", lambda: tf.boolean_mask(x, [True, False, True], axis=1))
t("ax1_2d", lambda: tf.boolean_mask(x, [[True, False, True], [False, False, True]], axis=0))
t("ax2", lambda: tf.boolean_mask(x, [True, False, False, True], axis=2))
t("ax_neg", lambda: tf.boolean_mask(x, [True, False, False, True], axis=-1))
t("bad_len", lambda: tf.boolean_mask(x, [True, False], axis=1))
t("scalar_mask", lambda: tf.boolean_mask(x, True))
t("int_mask", lambda: tf.boolean_mask(x, [1, 0]))
t("name", lambda: tf.boolean_mask(x, [True, False], name="bm"))
p = tf.placeholder(tf.float32, [None, 3])
pm = tf.placeholder(tf.bool, [None])
t("ph", lambda: tf.boolean_mask(p, pm), {p: np.ones([2, 3]), pm: [True, False]})
pu = tf.placeholder(tf.bool)
t("unk_mask", lambda: tf.boolean_mask(p, pu))
t("sm", lambda: tf.sequence_mask([1, 3, 0]))
t("sm_maxlen", lambda: tf.sequence_mask([1, 3], 5, dtype=tf.float32))
t("sm_2d", lambda: tf.sequence_mask([[1, 2], [0, 3]], 3))
t("sm_neg", lambda: tf.sequence_mask([-1, 2], 3))
t("sm_maxlen_small", lambda: tf.sequence_mask([4], 2))
t("sm_maxlen_vec", lambda: tf.sequence_mask([1], [3]))
t("sm_ph", lambda: tf.sequence_mask(tf.placeholder(tf.int32, [None]), 4))
t("sm_ph_nomax", lambda: tf.sequence_mask(tf.placeholder(tf.int32, [2])))
