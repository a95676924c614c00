# complex construction, abs/angle/conj/real/imag, complex math, casting errors.
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
z = tf.complex(tf.constant([1.0, -3.0, 0.0]), tf.constant([2.0, 4.0, -1.0]))
t("z", lambda: z)
t("abs", lambda: tf.abs(z))
t("angle", lambda: tf.math.angle(z))
t("angle_real", lambda: tf.math.angle(tf.constant([-1.0, 2.0])))
t("conj", lambda: tf.conj(z))
t("conj_real", lambda: tf.conj(tf.constant([1.0])))
t("real_imag", lambda: [tf.real(z), tf.imag(z)])
t("real_of_real", lambda: tf.real(tf.constant([2.0])))
t("imag_of_real", lambda: tf.imag(tf.constant([2.0])))
t("exp", lambda: tf.exp(z))
t("sqrt", lambda: tf.sqrt(tf.complex(-4.0, 0.0)))
t("log", lambda: tf.log(tf.complex(-1.0, 0.0)))
t("mul", lambda: z * z)
t("div", lambda: z / tf.complex(0.0, 1.0))
t("div_zero", lambda: z / tf.complex(0.0, 0.0))
t("pow", lambda: tf.pow(z, tf.complex(2.0, 0.0)))
t("c128", lambda: tf.complex(tf.constant(1.0, tf.float64), tf.constant(2.0, tf.float64)))
t("mixed", lambda: tf.complex(tf.constant(1.0), tf.constant(2.0, tf.float64)))
t("int_complex", lambda: tf.complex(1, 2))
t("sign", lambda: tf.sign(z))
t("square", lambda: tf.square(z))
t("reduce_sum", lambda: tf.reduce_sum(z))
t("reduce_prod", lambda: tf.reduce_prod(z[:2]))
t("matmul", lambda: tf.matmul(tf.reshape(z, [1, 3]), tf.reshape(z, [3, 1])))
t("adjoint", lambda: tf.linalg.adjoint(tf.reshape(z, [1, 3])))
t("compare", lambda: tf.equal(z, tf.conj(z)))
t("less", lambda: tf.less(z, z))
t("const_py", lambda: tf.constant([1 + 2j]))
t("const_c64", lambda: tf.constant(3j, tf.complex64))
t("reciprocal", lambda: tf.reciprocal(tf.complex(3.0, 4.0)))
t("tanh", lambda: tf.tanh(tf.complex(1.0, 1.0)))
