# special functions: lgamma/digamma/igamma/betainc/zeta/polygamma/erf/bessel edges.
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
t("lgamma", lambda: tf.lgamma(tf.constant([-0.5, 0.0, 1.0, -1.0, 100.0])))
t("digamma", lambda: tf.digamma(tf.constant([-1.0, 0.0, 1.0, 0.5, -0.5])))
t("igamma", lambda: tf.igamma(tf.constant([1.0, 0.5, -1.0, 0.0]), tf.constant([1.0, 2.0, 1.0, 1.0])))
t("igammac", lambda: tf.igammac(tf.constant([1.0, 0.5, 2.0]), tf.constant([1.0, 0.0, -1.0])))
t("betainc", lambda: tf.betainc(tf.constant([1.0, 2.0, 0.5]), tf.constant([1.0, 3.0, 0.5]), tf.constant([0.5, 0.2, 1.5])))
t("zeta", lambda: tf.zeta(tf.constant([2.0, 1.0, 0.5, 3.0]), tf.constant([1.0, 1.0, 1.0, 2.0])))
t("polygamma", lambda: tf.polygamma(tf.constant([0.0, 1.0, 2.0, 1.5]), tf.constant([1.0, 1.0, 2.0, 1.0])))
t("erf", lambda: tf.erf(tf.constant([0.0, 1.0, -np.inf, np.nan])))
t("erfc", lambda: tf.erfc(tf.constant([0.0, 10.0, -10.0])))
t("erfinv", lambda: tf.math.erfinv(tf.constant([0.0, 0.5, 1.0, -1.0, 2.0])))
t("ndtri", lambda: tf.math.ndtri(tf.constant([0.5, 0.0, 1.0, 0.975])))
t("i0e", lambda: tf.math.bessel_i0e(tf.constant([0.0, 1.0, -2.0])))
t("i1e", lambda: tf.math.bessel_i1e(tf.constant([0.0, 1.0, -2.0])))
t("lbeta", lambda: tf.math.lbeta(tf.constant([[1.0, 2.0], [0.5, 0.5]])))
t("lbeta_empty", lambda: tf.math.lbeta(tf.zeros([2, 0])))
t("expm1", lambda: tf.expm1(tf.constant([1e-10, 1.0, -np.inf])))
t("log1p", lambda: tf.log1p(tf.constant([-1.0, -2.0, 1e-10])))
t("int_bad", lambda: tf.lgamma(tf.constant([1, 2])))
t("f64", lambda: tf.digamma(tf.constant([2.0], tf.float64)))
t("softplus", lambda: tf.nn.softplus(tf.constant([-100.0, 0.0, 100.0])))
t("xlogy", lambda: tf.math.xlogy(tf.constant([0.0, 1.0, 0.0]), tf.constant([0.0, 2.0, np.nan])))
t("xlog1py", lambda: tf.math.xlog1py(tf.constant([0.0, 1.0]), tf.constant([-1.0, 1.0])))
