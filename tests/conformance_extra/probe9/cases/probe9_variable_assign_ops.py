# assign/assign_add/assign_sub op names, read_value=False, initialized_value.
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
a1 = v.assign([3.0, 4.0])
a2 = v.assign_add([1.0, 1.0], name="plus")
a3 = v.assign_sub([1.0, 1.0], read_value=False)
a4 = tf.assign(v, [0.0, 0.0], name="zz")
a5 = v.assign([5.0, 5.0], read_value=False)
a6 = tf.assign_add(v, [1.0, 1.0], use_locking=True)
for a in [a1, a2, a3, a4, a5, a6]:
    print(type(a).__name__, a.name, getattr(a, "op", a).type if hasattr(a, "op") else a.type)
t("initialized_value", lambda: v.initialized_value())
print(v.initial_value.name, v.initializer.name, v.value().name, v.read_value().name)
t("assign_shape", lambda: v.assign([1.0]))
t("assign_dtype", lambda: v.assign([1, 2]))
t("assign_novalidate", lambda: tf.assign(v, [1.0, 2.0, 3.0], validate_shape=False).shape)
t("assign_add_shape", lambda: v.assign_add([1.0, 2.0, 3.0]))
t("scatter", lambda: v.scatter_sub(tf.IndexedSlices(tf.constant([1.0]), tf.constant([0]))).name)
t("count_up", lambda: tf.Variable(0, name="c").count_up_to(3).name)
t("load", lambda: type(v.load).__name__)
t("eval_no_sess", lambda: v.eval())
with tf.Session() as s:
    s.run(v.initializer)
    print(rnd(s.run(a1)), rnd(s.run(a2)), s.run(a3), rnd(s.run(v)))
    v.load([9.0, 8.0], s)
    print(rnd(v.eval(s)))
    t("load_bad", lambda: v.load([1.0], s))
