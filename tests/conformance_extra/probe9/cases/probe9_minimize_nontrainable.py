# minimize with var_list of non-trainables, stop_gradient, unconnected.
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
n = tf.Variable(5.0, name="n", trainable=False)
loss = tf.reduce_sum(v) * n
opt = tf.train.GradientDescentOptimizer(0.5)
op = opt.minimize(loss, var_list=[n])
print(op.name, op.type, [i.name for i in op.control_inputs])
op2 = opt.minimize(tf.stop_gradient(loss) + tf.reduce_sum(v))
t("sg_names", lambda: op2.name)
t("unconnected", lambda: opt.minimize(tf.constant(3.0) * 2.0, var_list=[v, n]))
t("partial", lambda: opt.minimize(tf.reduce_sum(v), var_list=[v, n]).name)
t("vl_tuple", lambda: opt.minimize(loss, var_list=(v,)).name)
t("vl_dict", lambda: opt.minimize(loss, var_list={"a": v}))
t("vl_set", lambda: opt.minimize(loss, var_list={v}).name)
t("vl_collection", lambda: (tf.add_to_collection("mine", n), opt.minimize(loss, var_list=tf.get_collection("mine")).name)[1])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(op)
    print(rnd(s.run([v, n])))
    s.run(op2)
    print(rnd(s.run([v, n])))
