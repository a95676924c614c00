# bool/None/str conversions and their errors.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].split(" at 0x")[0].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

sess = tf.Session()
def s(y):
    return (y.dtype.name, y.shape.as_list(), rnd(sess.run(y)))
t("none", lambda: tf.constant(None))
t("none_list", lambda: tf.constant([1, None]))
t("conv_none", lambda: tf.convert_to_tensor(None))
t("add_none", lambda: tf.constant(1) + None)
t("str_int", lambda: tf.constant("a", tf.int32))
t("int_str", lambda: tf.constant(1, tf.string))
t("bool_int", lambda: s(tf.constant(True, tf.int32)))
t("int_bool", lambda: s(tf.constant(1, tf.bool)))
t("float_bool", lambda: tf.constant(1.5, tf.bool))
t("bool_list", lambda: s(tf.constant([True, False])))
t("bool_add", lambda: tf.constant([True]) + tf.constant([False]))
t("add_str", lambda: tf.constant(1) + "a")
t("str_add", lambda: s(tf.constant("a") + "b"))
t("mixed_str", lambda: tf.constant([1, "a"]))
t("dict", lambda: tf.constant({"a": 1}))
t("set", lambda: tf.constant({1, 2}))
t("obj", lambda: tf.convert_to_tensor(object()).name)
t("float_to_int", lambda: tf.convert_to_tensor(1.5, tf.int32))
t("int_to_float", lambda: s(tf.convert_to_tensor(2, tf.float32)))
t("tensor_dtype_mismatch", lambda: tf.convert_to_tensor(tf.constant(1), tf.float32))
t("preferred", lambda: s(tf.convert_to_tensor(1.5, preferred_dtype=tf.int32)))
t("preferred_ok", lambda: s(tf.convert_to_tensor(1, preferred_dtype=tf.int64)))
t("complex_to_float", lambda: tf.constant(1j, tf.float32))
