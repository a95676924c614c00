# list_variables, load_variable, NewCheckpointReader APIs.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

with tf.variable_scope("s"):
    a = tf.get_variable("a", [2, 3], initializer=tf.ones_initializer())
b = tf.Variable(np.int64(5), name="b")
c = tf.Variable(["x", "yz"], name="c")
sv = tf.train.Saver()
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = sv.save(s, os.path.join(os.getcwd(), "m"), global_step=3)
t("list", lambda: tf.train.list_variables(p))
t("list_dir", lambda: tf.train.list_variables(os.getcwd()))
t("load", lambda: rnd(tf.train.load_variable(p, "s/a")))
t("load_b", lambda: (tf.train.load_variable(p, "b"), type(tf.train.load_variable(p, "b")).__name__))
t("load_c", lambda: tf.train.load_variable(p, "c").tolist())
t("load_missing", lambda: tf.train.load_variable(p, "nope"))
t("load_colon", lambda: rnd(tf.train.load_variable(p, "s/a:0")))
r = tf.train.NewCheckpointReader(p)
t("shape_map", lambda: sorted(r.get_variable_to_shape_map().items()))
t("dtype_map", lambda: sorted((k, v.name) for k, v in r.get_variable_to_dtype_map().items()))
t("has", lambda: (r.has_tensor("b"), r.has_tensor("zz")))
t("get", lambda: rnd(r.get_tensor("s/a")))
t("get_missing", lambda: r.get_tensor("zz"))
t("debug", lambda: sorted(r.debug_string().decode().splitlines()))
t("reader_missing", lambda: tf.train.NewCheckpointReader(os.path.join(os.getcwd(), "nope")))
t("init_from", lambda: tf.train.init_from_checkpoint(p, {"s/": "s/"}))
