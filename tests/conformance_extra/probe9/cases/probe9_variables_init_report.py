# variables_initializer names, report_uninitialized_variables, is_variable_initialized.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
with tf.variable_scope("s"):
    c = tf.get_variable("c", [2], initializer=tf.zeros_initializer())
l = tf.Variable(3.0, name="l", collections=[tf.GraphKeys.LOCAL_VARIABLES])
i1 = tf.variables_initializer([a, b])
i2 = tf.variables_initializer([], name="empty")
i3 = tf.global_variables_initializer()
i4 = tf.local_variables_initializer()
i5 = tf.initialize_all_variables()
for i in [i1, i2, i3, i4, i5]:
    print(i.name, i.type, len(i.control_inputs))
r = tf.report_uninitialized_variables()
r2 = tf.report_uninitialized_variables(var_list=[a, c])
r3 = tf.report_uninitialized_variables(var_list=[])
print(r.name, r.dtype.name, r.shape, r2.name, r3.name, r3.shape)
iv = tf.is_variable_initialized(a)
print(iv.name, iv.op.type, iv.dtype.name)
ai = tf.assert_variables_initialized([a])
print(ai.name if ai is not None else None)
with tf.Session() as s:
    print(s.run(r).tolist(), s.run(r2).tolist(), s.run(r3).tolist(), s.run(iv))
    s.run(i1)
    print(s.run(r).tolist(), s.run(iv))
    s.run(i3)
    print(s.run(r).tolist())
    t("local_read", lambda: s.run(l))
    s.run(i4)
    print(rnd(s.run(l)))
    t("assert_run", lambda: s.run(ai))
t("bad_list", lambda: tf.variables_initializer([tf.constant(1.0)]))
t("is_init_tensor", lambda: tf.is_variable_initialized(tf.constant(1.0)))
