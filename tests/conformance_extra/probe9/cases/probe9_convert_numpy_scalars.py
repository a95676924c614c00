# numpy scalar dtypes and arrays through constant and ops.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

sess = tf.Session()
def s(y):
    return (y.dtype.name, y.shape.as_list(), rnd(sess.run(y)))
for v in [np.float16(1.5), np.float32(2), np.float64(3), np.int8(-1), np.uint8(200), np.int16(3), np.uint16(4), np.int32(5), np.int64(6), np.uint32(7), np.uint64(8), np.bool_(True), np.complex64(1 + 2j), np.str_("ab"), np.bytes_(b"cd")]:
    t("c_" + type(v).__name__, lambda: s(tf.constant(v)))
t("u64_big", lambda: s(tf.constant(np.uint64(2 ** 63))))
t("arr_obj", lambda: s(tf.constant(np.array([1, "a"], dtype=object))))
t("arr_str", lambda: s(tf.constant(np.array(["a", "bc"]))))
t("f16_add", lambda: s(tf.constant([1.0], tf.float16) + np.float16(1)))
t("f32_add_f64", lambda: s(tf.constant([1.0]) + np.float64(2.5)))
t("i32_add_i64", lambda: s(tf.constant([1]) + np.int64(2)))
t("i32_add_f", lambda: s(tf.constant([1]) + np.float32(2)))
t("np_arr_f64", lambda: s(tf.constant([1.0]) + np.array([2.0])))
t("np_arr_i64_big", lambda: s(tf.constant([1]) + np.array([2 ** 40])))
t("dtype_cast", lambda: s(tf.constant(np.array([1.7, -1.2]), dtype=tf.int32)))
t("dtype_np", lambda: s(tf.constant(3, dtype=np.float16)))
t("dtype_str", lambda: s(tf.constant(3, dtype="int64")))
