# integer floordiv/mod/truncatediv/truncatemod with negatives, overflow, unsigned.
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
a = tf.constant([7, -7, 7, -7, 0])
b = tf.constant([2, 2, -2, -2, 3])
t("floordiv", lambda: a // b)
t("mod", lambda: a % b)
t("truncdiv", lambda: tf.truncatediv(a, b))
t("truncmod", lambda: tf.truncatemod(a, b))
t("floormod_f", lambda: tf.floormod(tf.constant([7.5, -7.5]), tf.constant([-2.0, 2.0])))
t("truncmod_f", lambda: tf.truncatemod(tf.constant([7.5, -7.5]), tf.constant([-2.0, 2.0])))
t("div_int", lambda: tf.div(a, b))
t("divide_int", lambda: tf.divide(a, b))
t("truediv_int", lambda: a / b)
t("min_int_div_neg1", lambda: tf.constant([-2147483648]) // tf.constant([-1]))
t("int_overflow_add", lambda: tf.constant([2147483647]) + 1)
t("int_overflow_mul", lambda: tf.constant([65536]) * 65536)
t("uint8_sub", lambda: tf.constant([1], tf.uint8) - tf.constant([2], tf.uint8))
t("uint8_div", lambda: tf.constant([200], tf.uint8) // tf.constant([3], tf.uint8))
t("int_pow_neg", lambda: tf.pow(tf.constant([2]), tf.constant([-2])))
t("int_pow", lambda: tf.pow(tf.constant([3, -2]), 3))
t("int_neg_min", lambda: -tf.constant([-2147483648]))
t("abs_min", lambda: tf.abs(tf.constant([-128], tf.int8)))
t("div_no_nan_int", lambda: tf.div_no_nan(tf.constant([1.0, 2.0]), tf.constant([0.0, 4.0])))
t("floordiv_f_zero", lambda: tf.floordiv(tf.constant([1.0, -1.0, 0.0]), 0.0))
t("mod_f_zero", lambda: tf.floormod(tf.constant([1.0, -1.0]), 0.0))
t("int_div_zero", lambda: tf.constant([1]) // tf.constant([0]))
t("xdivy", lambda: tf.math.xdivy(tf.constant([0.0, 1.0]), tf.constant([0.0, 2.0])))
