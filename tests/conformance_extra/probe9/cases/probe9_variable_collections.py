# local/model variable collections, trainable=False, collections arg.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

def names(k):
    return [v.name for v in tf.get_collection(k)]
K = tf.GraphKeys
a = tf.Variable(1.0, name="a", trainable=False)
b = tf.Variable(1.0, name="b", collections=[K.LOCAL_VARIABLES])
c = tf.Variable(1.0, name="c", collections=[K.MODEL_VARIABLES, K.GLOBAL_VARIABLES])
d = tf.get_variable("d", [], collections=["custom"])
e = tf.get_variable("e", [], trainable=False, collections=[K.LOCAL_VARIABLES])
f = tf.get_variable("f", [], trainable=True, collections=[K.LOCAL_VARIABLES])
with tf.variable_scope("m"):
    g = tf.get_variable("g", [], collections=[K.MODEL_VARIABLES])
h = tf.Variable(1.0, name="h", collections=("tuple_coll",))
t("bad_coll", lambda: tf.Variable(1.0, collections="str_coll"))
for k in [K.GLOBAL_VARIABLES, K.LOCAL_VARIABLES, K.MODEL_VARIABLES, K.TRAINABLE_VARIABLES, "custom", "tuple_coll", "str_coll"]:
    print(k, names(k))
print([v.name for v in tf.model_variables()], [v.name for v in tf.local_variables()], [v.name for v in tf.global_variables("m")])
print([v.name for v in tf.trainable_variables(scope="m")], [v.name for v in tf.moving_average_variables()])
print([x.trainable for x in [a, b, c, d, e, f, g, h]])
t("local_init_names", lambda: [i.name for i in tf.local_variables_initializer().control_inputs])
t("all_vars", lambda: [v.name for v in tf.all_variables()])
