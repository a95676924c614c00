# get_variable with custom_getter, synchronization/aggregation args.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

log = []
def getter(getter, name, *args, **kw):
    log.append((name, kw.get("trainable"), kw.get("shape") is not None))
    v = getter(name, *args, **kw)
    return v
with tf.variable_scope("a", custom_getter=getter):
    x = tf.get_variable("x", [2])
    with tf.variable_scope("b"):
        y = tf.get_variable("y", [], trainable=False)
print(log, x.name, y.name)
def double(getter, name, *args, **kw):
    return getter(name + "_d", *args, **kw) * 2.0
with tf.variable_scope("c", custom_getter=double):
    z = tf.get_variable("z", [], initializer=tf.ones_initializer())
print(type(z).__name__, z.name, [v.name for v in tf.global_variables()])
t("getter_arg", lambda: tf.get_variable("w", [], custom_getter=getter).name)
t("getter_named_g", lambda: tf.get_variable("w3", [], custom_getter=lambda g, name, *a, **k: g(name, *a, **k)))
t("getter_not_callable", lambda: tf.get_variable("w2", [], custom_getter=3))
t("scope_not_callable", lambda: tf.variable_scope("bad", custom_getter=3).__enter__().name)
VS = tf.VariableSynchronization
VA = tf.VariableAggregation
t("enums", lambda: (VS.AUTO.name, VS.NONE.name, VS.ON_WRITE.name, VS.ON_READ.name, VA.NONE.name, VA.SUM.name, VA.MEAN.name, VA.ONLY_FIRST_REPLICA.name))
t("on_read", lambda: (lambda v: (v.name, v.trainable, v.synchronization.name, v.aggregation.name))(tf.get_variable("r", [], synchronization=VS.ON_READ, aggregation=VA.SUM)))
t("on_read_trainable", lambda: tf.get_variable("r2", [], synchronization=VS.ON_READ, trainable=True))
t("var_sync", lambda: (lambda v: (v.synchronization.name, v.aggregation.name, v.trainable))(tf.Variable(1.0, name="vs", synchronization=VS.ON_READ, aggregation=VA.MEAN)))
t("default_sync", lambda: (x.synchronization.name, x.aggregation.name))
t("bad_agg", lambda: tf.get_variable("r3", [], aggregation="sum"))
t("bad_sync", lambda: tf.Variable(1.0, synchronization=5))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(z)))
