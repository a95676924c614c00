# apply_gradients with None grads, empty lists, bad pairs; error texts.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(3.0, name="w")
opt = tf.train.GradientDescentOptimizer(0.1)
t("empty", lambda: opt.apply_gradients([]))
t("all_none", lambda: opt.apply_gradients([(None, v), (None, w)]))
t("some_none", lambda: opt.apply_gradients([(None, v), (tf.constant(1.0), w)]).name)
t("not_pair", lambda: opt.apply_gradients([tf.constant(1.0)]))
t("bad_var", lambda: opt.apply_gradients([(tf.constant(1.0), tf.constant(1.0))]))
t("dup", lambda: opt.apply_gradients([(tf.constant([1.0, 1.0]), v), (tf.constant([1.0, 1.0]), v)]))
t("shape_bad", lambda: opt.apply_gradients([(tf.constant([1.0, 2.0, 3.0]), v)]))
t("dtype_bad", lambda: opt.apply_gradients([(tf.constant([1, 2]), v)]))
t("name", lambda: opt.apply_gradients([(tf.constant(1.0), w)], name="upd").name)
t("gen", lambda: opt.apply_gradients(((tf.constant(1.0), w) for _ in range(1))).type)
t("zip", lambda: opt.apply_gradients(zip([tf.constant(1.0)], [w])).type)
t("min_no_vars", lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0)))
t("min_no_grad", lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0) * 2, var_list=[v]))
t("min_int", lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.cast(w, tf.int32)))
t("adam_empty", lambda: tf.train.AdamOptimizer().apply_gradients([(None, v)]))
t("mom_none", lambda: tf.train.MomentumOptimizer(0.1, 0.9).apply_gradients([(None, v)]))
tf.reset_default_graph()
w = tf.Variable(3.0, name="w")
opt = tf.train.GradientDescentOptimizer(0.1)
gs = tf.train.get_or_create_global_step()
op = opt.apply_gradients([(tf.constant(1.0), w)], global_step=gs)
t("gs_op", lambda: (op.type, op.name, [i.name for i in op.control_inputs]))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(op)
    print(rnd(s.run([w, gs])))
