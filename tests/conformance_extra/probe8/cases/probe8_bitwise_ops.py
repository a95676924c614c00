# bitwise and/or/xor/invert/shifts on signed and unsigned, popcount, errors.
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
a = tf.constant([5, -6, 255, 0], tf.int32)
b = tf.constant([3, 3, 1, -1], tf.int32)
t("and", lambda: tf.bitwise.bitwise_and(a, b))
t("or", lambda: tf.bitwise.bitwise_or(a, b))
t("xor", lambda: tf.bitwise.bitwise_xor(a, b))
t("invert", lambda: tf.bitwise.invert(a))
t("invert_u8", lambda: tf.bitwise.invert(tf.constant([0, 5], tf.uint8)))
t("invert_u16", lambda: tf.bitwise.invert(tf.constant([0, 5], tf.uint16)))
t("lshift", lambda: tf.bitwise.left_shift(tf.constant([1, -1, 1], tf.int8), tf.constant([3, 1, 7], tf.int8)))
t("rshift_neg", lambda: tf.bitwise.right_shift(tf.constant([-16, 16]), tf.constant([2, 2])))
t("rshift_big", lambda: tf.bitwise.right_shift(tf.constant([-16, 16]), tf.constant([40, 40])))
t("lshift_big", lambda: tf.bitwise.left_shift(tf.constant([1, 1]), tf.constant([32, -1])))
t("u8_rshift", lambda: tf.bitwise.right_shift(tf.constant([255], tf.uint8), tf.constant([9], tf.uint8)))
t("popcount", lambda: tf.raw_ops.PopulationCount(x=tf.constant([0, 7, -1], tf.int32)))
t("popcount_u8", lambda: tf.raw_ops.PopulationCount(x=tf.constant([255], tf.uint8)))
t("bcast", lambda: tf.bitwise.bitwise_and(tf.constant([[1], [2]]), tf.constant([3, 1, 2])))
t("float_bad", lambda: tf.bitwise.bitwise_and(tf.constant([1.0]), tf.constant([1.0])))
t("mixed_bad", lambda: tf.bitwise.bitwise_or(tf.constant([1]), tf.constant([1], tf.int64)))
t("bool_and", lambda: tf.bitwise.bitwise_and(tf.constant([True]), tf.constant([True])))
t("i64", lambda: tf.bitwise.left_shift(tf.constant([1], tf.int64), tf.constant([40], tf.int64)))
