# optimizer slot names in name/variable scopes, get_slot, get_slot_names.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

with tf.variable_scope("net"):
    v = tf.get_variable("v", [2], initializer=tf.ones_initializer())
with tf.name_scope("outer"):
    w = tf.Variable(3.0, name="w")
loss = tf.reduce_sum(v) * w
with tf.name_scope("train"):
    adam = tf.train.AdamOptimizer(0.1, name="MyAdam")
    op = adam.minimize(loss)
print(op.name, op.type)
print(sorted(x.name for x in tf.global_variables()))
t("slot_names", lambda: adam.get_slot_names())
t("get_slot", lambda: adam.get_slot(v, "m").name)
t("get_slot_w", lambda: adam.get_slot(w, "v").name)
t("get_slot_bad", lambda: adam.get_slot(v, "zz"))
t("get_slot_novar", lambda: adam.get_slot(tf.Variable(1.0, name="q"), "m"))
t("slot_trainable", lambda: adam.get_slot(v, "m").trainable)
t("slot_in_trainables", lambda: sorted(x.name for x in tf.trainable_variables()))
t("vars", lambda: sorted(x.name for x in adam.variables()))
t("name", lambda: adam.get_name())
with tf.variable_scope("vs"):
    mom = tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True)
    op2 = mom.minimize(loss, var_list=[v])
print(op2.name, sorted(x.name for x in mom.variables()))
rms = tf.train.RMSPropOptimizer(0.1, momentum=0.5)
op3 = rms.minimize(loss, var_list=[w])
print(op3.name, rms.get_slot_names(), sorted(x.name for x in rms.variables()))
ada = tf.train.AdagradOptimizer(0.1)
ada.minimize(loss, var_list=[w])
print(sorted(x.name for x in ada.variables()), ada.get_slot_names())
ftrl = tf.train.FtrlOptimizer(0.1)
ftrl.minimize(loss, var_list=[w])
print(sorted(x.name for x in ftrl.variables()), ftrl.get_slot_names())
adl = tf.train.AdadeltaOptimizer(0.1)
adl.minimize(loss, var_list=[w])
print(sorted(x.name for x in adl.variables()), adl.get_slot_names())
