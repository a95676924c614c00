# Optimizer slots and names: get_slot_names, get_slot, variables(), get_name, slot variable names.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250])

w = tf.Variable([1.0, 2.0], name="w")
b = tf.Variable(0.5, name="b")
loss = tf.reduce_sum(w * w) + b * b
opts = [tf.train.GradientDescentOptimizer(0.1), tf.train.MomentumOptimizer(0.1, 0.9),
        tf.train.AdamOptimizer(0.1), tf.train.AdagradOptimizer(0.1), tf.train.RMSPropOptimizer(0.1),
        tf.train.AdadeltaOptimizer(0.1), tf.train.FtrlOptimizer(0.1),
        tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True, name="Nest"),
        tf.train.RMSPropOptimizer(0.1, momentum=0.5, centered=True),
        tf.train.ProximalAdagradOptimizer(0.1), tf.train.AdagradDAOptimizer(0.1, tf.train.get_or_create_global_step())]
for o in opts:
    with tf.name_scope(None):
        op = o.minimize(loss, var_list=[w, b])
    print(type(o).__name__, o.get_name(), op.name, op.type)
    t("  slot_names", lambda: o.get_slot_names())
    t("  slots", lambda: [o.get_slot(w, n).name for n in o.get_slot_names()])
    t("  variables", lambda: [v.name for v in o.variables()])
    t("  missing_slot", lambda: o.get_slot(w, "nope"))
    t("  slot_other_var", lambda: [o.get_slot(tf.Variable(1.0, name="other"), n) for n in o.get_slot_names()][:1])
t("bad_lr", lambda: tf.train.GradientDescentOptimizer(None).minimize(loss))
t("no_vars", lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0)))
t("no_grads", lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0) + 0 * tf.constant(2.0), var_list=[w]))
t("global_vars", lambda: len(tf.global_variables()))
t("adam_names", lambda: sorted(v.name for v in tf.global_variables() if "beta" in v.name))
t("opt_name_ctor", lambda: tf.train.AdamOptimizer(name="MyAdam").get_name())
t("empty_name", lambda: tf.train.AdamOptimizer(name="").get_name())
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t("adam_m", lambda: rnd(s.run(opts[2].get_slot(w, "m"))))
