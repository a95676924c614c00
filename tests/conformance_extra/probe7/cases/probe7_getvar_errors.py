# get_variable mistakes: missing reuse, shape mismatch, dtype mismatch, reuse without existence.
from prelude import tf, np, rnd

def t(label, f):
    try:
        r = f()
        print(label, "->", getattr(r, "name", r))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

t("create", lambda: tf.get_variable("a", [2]))
t("again", lambda: tf.get_variable("a", [2]))
with tf.variable_scope("", reuse=True):
    t("reuse_ok", lambda: tf.get_variable("a", [2]))
    t("reuse_noshape", lambda: tf.get_variable("a"))
    t("reuse_badshape", lambda: tf.get_variable("a", [3]))
    t("reuse_baddtype", lambda: tf.get_variable("a", [2], dtype=tf.int32))
    t("reuse_missing", lambda: tf.get_variable("zz", [2]))
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    t("auto1", lambda: tf.get_variable("b", [1]))
    t("auto2", lambda: tf.get_variable("b", [1]))
    t("auto_bad", lambda: tf.get_variable("b", [2]))
t("noshape", lambda: tf.get_variable("c"))
t("partial_shape", lambda: tf.get_variable("d", [None, 2]))
t("int_noinit", lambda: tf.get_variable("e", [2], dtype=tf.int32))
t("str_noinit", lambda: tf.get_variable("f", [2], dtype=tf.string))
t("bool_noinit", lambda: tf.get_variable("g", [2], dtype=tf.bool))
t("const_init_shape", lambda: tf.get_variable("h", initializer=tf.constant([1.0, 2.0])))
t("const_init_shape_given", lambda: tf.get_variable("i", [2], initializer=tf.constant([1.0, 2.0])))
t("np_init", lambda: tf.get_variable("j", initializer=np.ones(3, np.float32)).shape)
t("list_init", lambda: tf.get_variable("k", initializer=[1, 2]).dtype)
t("scalar_init", lambda: tf.get_variable("l", initializer=3.0).shape)
t("py_init_shape", lambda: tf.get_variable("m", [2], initializer=5.0))
t("bad_name", lambda: tf.get_variable("bad name", [1]))
t("slash_name", lambda: tf.get_variable("x/y", [1]))
t("var_dup_name", lambda: tf.Variable(1.0, name="a").name)
with tf.variable_scope("s2"):
    v = tf.get_variable("v", [1])
    with tf.variable_scope("s2", reuse=True):
        t("nested_same", lambda: tf.get_variable("v", [1]))
with tf.variable_scope("s2", reuse=True):
    t("reenter", lambda: tf.get_variable("v", [1]))
with tf.variable_scope("s2") as sc:
    sc.reuse_variables()
    t("reuse_variables", lambda: tf.get_variable("v", [1]))
    t("reuse_var_flag", lambda: sc.reuse)
t("reuse_false_after", lambda: tf.get_variable_scope().reuse)
def vs_reuse():
    with tf.variable_scope("z", reuse="yes"):
        return tf.get_variable_scope().reuse
t("reuse_non_bool", vs_reuse)
