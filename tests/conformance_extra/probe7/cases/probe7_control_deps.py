# control_dependencies: None, nested, ops vs tensors, on variables, dedup, graph-level, errors.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250])

def ctrl(x):
    return [o.name for o in x.op.control_inputs] if hasattr(x, "op") else [o.name for o in x.control_inputs]

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
v = tf.Variable(0.0, name="v")
with tf.control_dependencies([a]):
    c = tf.identity(b, name="c")
    with tf.control_dependencies([b]):
        d = tf.identity(b, name="d")
        with tf.control_dependencies(None):
            e = tf.identity(b, name="e")
            with tf.control_dependencies([a]):
                e2 = tf.identity(b, name="e2")
    with tf.control_dependencies([a]):
        f = tf.identity(b, name="f")
    g = a + 1
    h = tf.constant(3.0, name="h")
t("c", lambda: ctrl(c))
t("d", lambda: ctrl(d))
t("e", lambda: ctrl(e))
t("e2", lambda: ctrl(e2))
t("f", lambda: ctrl(f))
t("g_self_input", lambda: ctrl(g))
t("h_const", lambda: ctrl(h))
with tf.control_dependencies([v]):
    i = tf.identity(b, name="i")
t("var", lambda: ctrl(i))
with tf.control_dependencies([v.initializer]):
    j = tf.identity(b, name="j")
t("init_op", lambda: ctrl(j))
t("bad_int", lambda: tf.control_dependencies([3]).__enter__())
t("bad_none_elem", lambda: tf.control_dependencies([None]).__enter__())
with tf.control_dependencies(["a"]):
    bs = tf.identity(b, name="bs")
t("str_elem", lambda: ctrl(bs))
with tf.control_dependencies([]):
    k = tf.identity(b, name="k")
t("empty", lambda: ctrl(k))
with tf.control_dependencies([a, a.op, a]):
    l = tf.identity(b, name="l")
t("dedup", lambda: ctrl(l))
with tf.control_dependencies([tf.no_op(name="n1")]):
    m = tf.Variable(1.0, name="m")
t("var_in_ctrl_init", lambda: ctrl(m.initializer))
t("var_in_ctrl_read", lambda: ctrl(m.value()))
t("var_in_ctrl_initial", lambda: ctrl(m.initial_value))
with tf.control_dependencies([a]):
    gv = tf.get_variable("gv", [1])
t("gv_init", lambda: ctrl(gv.initializer))
t("gv_initial", lambda: ctrl(gv.initial_value))
with tf.control_dependencies([a]):
    ph = tf.placeholder(tf.float32, name="ph")
t("placeholder", lambda: ctrl(ph))
with tf.control_dependencies([a]):
    z = tf.zeros([2], name="z")
    r = tf.random_normal([2], name="r")
t("zeros", lambda: ctrl(z))
t("random", lambda: ctrl(r))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t("run", lambda: s.run(l))
