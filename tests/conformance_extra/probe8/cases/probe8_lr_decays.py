# learning-rate decay functions: values over steps, staircase, cycle, names, errors.
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
gs = tf.placeholder(tf.int64, [])
fns = {
    "exp": lambda: tf.train.exponential_decay(0.1, gs, 10, 0.5),
    "exp_stair": lambda: tf.train.exponential_decay(0.1, gs, 10, 0.5, staircase=True),
    "inv": lambda: tf.train.inverse_time_decay(0.1, gs, 10, 0.5),
    "inv_stair": lambda: tf.train.inverse_time_decay(0.1, gs, 10, 0.5, staircase=True),
    "nat": lambda: tf.train.natural_exp_decay(0.1, gs, 10, 0.5),
    "poly": lambda: tf.train.polynomial_decay(0.1, gs, 20, 0.01, power=2.0),
    "poly_cycle": lambda: tf.train.polynomial_decay(0.1, gs, 20, 0.01, cycle=True),
    "pc": lambda: tf.train.piecewise_constant(gs, [5, 15], [1.0, 0.5, 0.1]),
    "cos": lambda: tf.train.cosine_decay(0.1, gs, 20, alpha=0.1),
    "cos_restart": lambda: tf.train.cosine_decay_restarts(0.1, gs, 10, t_mul=2.0, m_mul=0.5),
    "lin_cos": lambda: tf.train.linear_cosine_decay(0.1, gs, 20),
    "noisy": lambda: tf.train.noisy_linear_cosine_decay(0.1, gs, 20, initial_variance=0.0, variance_decay=0.55),
}
outs = {}
for k, f in fns.items():
    try:
        outs[k] = f()
        print(k, outs[k].name, outs[k].dtype.name, sh(outs[k]))
    except Exception as e:  # noqa: BLE001
        print(k, "!!", type(e).__name__, str(e).splitlines()[0][:200])
for step in [0, 5, 10, 15, 25, 40]:
    print(step, {k: rnd(v) for k, v in sess.run(outs, {gs: step}).items() if k != "noisy"})
t("no_gs", lambda: tf.train.exponential_decay(0.1, None, 10, 0.5))
t("pc_bad", lambda: tf.train.piecewise_constant(gs, [5], [1.0]))
t("pc_dtype", lambda: tf.train.piecewise_constant(tf.constant(3), [5, 10], [1, 2, 3]))
t("poly_zero_steps", lambda: tf.train.polynomial_decay(0.1, tf.constant(3), 0))
t("exp_f64", lambda: tf.train.exponential_decay(tf.constant(0.1, tf.float64), tf.constant(3), 10, 0.5))
t("exp_name", lambda: tf.train.exponential_decay(0.1, tf.constant(3), 10, 0.5, name="lr"))
