# python ints overflowing int32, int64, unsigned, float32 feeds.
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
t("big_default", lambda: s(tf.constant(2 ** 31)))
t("big_list", lambda: s(tf.constant([1, 2 ** 31])))
t("neg_big", lambda: s(tf.constant(-2 ** 31)))
t("neg_big1", lambda: s(tf.constant(-2 ** 31 - 1)))
t("huge", lambda: tf.constant(2 ** 63))
t("huge_list", lambda: tf.constant([2 ** 64]))
t("i32_explicit", lambda: tf.constant(2 ** 31, tf.int32))
t("u8_neg", lambda: tf.constant(-1, tf.uint8))
t("u8_big", lambda: tf.constant(256, tf.uint8))
t("i8_ok", lambda: s(tf.constant(-128, tf.int8)))
t("u64_big", lambda: s(tf.constant(2 ** 64 - 1, tf.uint64)))
t("add_big", lambda: tf.constant(1) + 2 ** 31)
t("add_big64", lambda: s(tf.constant(1, tf.int64) + 2 ** 40))
t("f32_big", lambda: s(tf.constant(1e40, tf.float32)))
t("f16_big", lambda: s(tf.constant(1e6, tf.float16)))
p = tf.placeholder(tf.float32, [2])
t("feed_f64", lambda: rnd(sess.run(p, {p: np.array([1.1, 2.2], np.float64)})))
t("feed_big", lambda: rnd(sess.run(p, {p: [1e40, 1]})))
q = tf.placeholder(tf.int32, [2])
t("feed_i64", lambda: sess.run(q, {q: np.array([1, 2 ** 40])}).tolist())
t("feed_float_to_int", lambda: sess.run(q, {q: [1.5, 2.5]}).tolist())
t("feed_py_big", lambda: sess.run(q, {q: [1, 2 ** 31]}).tolist())
t("feed_bool", lambda: sess.run(q, {q: [True, False]}).tolist())
b = tf.placeholder(tf.bool, [1])
t("feed_int_bool", lambda: sess.run(b, {b: [2]}).tolist())
st = tf.placeholder(tf.string, [1])
t("feed_str_int", lambda: sess.run(st, {st: [1]}).tolist())
t("feed_int_str", lambda: sess.run(q, {q: ["1", "2"]}).tolist())
