# tf.pad: CONSTANT with value, REFLECT/SYMMETRIC limits, mode case, partial shapes.
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

x = tf.constant([[1, 2, 3], [4, 5, 6]])
t("const_val", lambda: tf.pad(x, [[1, 0], [0, 2]], constant_values=9))
t("reflect", lambda: tf.pad(x, [[1, 1], [2, 2]], "REFLECT"))
t("symmetric", lambda: tf.pad(x, [[2, 2], [3, 3]], "SYMMETRIC"))
t("lower", lambda: tf.pad(x, [[1, 1], [0, 0]], "reflect"))
t("reflect_too_big", lambda: tf.pad(x, [[2, 0], [0, 0]], "REFLECT"))
t("symm_too_big", lambda: tf.pad(x, [[3, 0], [0, 0]], "SYMMETRIC"))
t("bad_mode", lambda: tf.pad(x, [[1, 1], [0, 0]], "WRAP"))
t("neg_pad", lambda: tf.pad(x, [[-1, 0], [0, 0]]))
t("bad_shape", lambda: tf.pad(x, [[1, 1, 1], [0, 0, 0]]))
t("float_val", lambda: tf.pad(tf.ones([2]), [[1, 1]], constant_values=-1.5))
t("str", lambda: tf.pad(tf.constant(["a"]), [[1, 0]], constant_values="z"))
p = tf.placeholder(tf.float32, [None, 3])
t("ph", lambda: tf.pad(p, [[1, 2], [0, 1]]))
pp = tf.placeholder(tf.int32, [2, 2])
t("ph_pads", lambda: tf.pad(tf.ones([2, 3]), pp), {pp: [[0, 1], [1, 0]]})
t("ph_pads_reflect", lambda: tf.pad(p, [[0, 0], [1, 1]], "REFLECT"), {p: np.arange(6.0).reshape(2, 3)})
t("mirror_grad", lambda: tf.gradients(tf.reduce_sum(tf.pad(tf.constant([1.0, 2.0, 3.0]), [[2, 1]], "REFLECT") * tf.range(1.0, 7.0)), tf.constant(0.0)))
