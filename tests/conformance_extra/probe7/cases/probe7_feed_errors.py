# Session.run feed mistakes: wrong shape/dtype, non-feedable, strings, ragged lists.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", rnd(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

p = tf.placeholder(tf.float32, [None, 2], name="p")
q = tf.placeholder(tf.int32, [3], name="q")
sp = tf.placeholder(tf.string, [], name="sp")
bp = tf.placeholder(tf.bool, [2], name="bp")
y = p * 2
with tf.Session() as sess:
    t("ok", lambda: sess.run(y, {p: [[1, 2]]}))
    t("rank", lambda: sess.run(y, {p: [1, 2]}))
    t("dim", lambda: sess.run(y, {p: [[1, 2, 3]]}))
    t("ragged", lambda: sess.run(y, {p: [[1, 2], [3]]}))
    t("str_to_float", lambda: sess.run(y, {p: [["a", "b"]]}))
    t("float_to_int", lambda: sess.run(q, {q: [1.5, 2.5, 3.5]}))
    t("int_overflow", lambda: sess.run(q, {q: [2**40, 1, 1]}))
    t("int64_np", lambda: sess.run(q, {q: np.array([1, 2, 3], np.int64)}))
    t("bool_from_int", lambda: sess.run(bp, {bp: [1, 0]}))
    t("bool_from_float", lambda: sess.run(bp, {bp: np.array([1.0, 0.0])}))
    t("str_feed", lambda: sess.run(sp, {sp: "hi"}))
    t("str_feed_int", lambda: sess.run(sp, {sp: 5}))
    t("str_unicode", lambda: sess.run(sp, {sp: u"h\u00e9"}))
    t("none_feed", lambda: sess.run(y, {p: None}))
    t("feed_tensor_value", lambda: sess.run(y, {p: tf.constant([[1.0, 2.0]])}))
    t("feed_key_str", lambda: sess.run(y, {"p:0": [[1, 1]]}))
    t("feed_key_bad_str", lambda: sess.run(y, {"nope:0": [[1, 1]]}))
    t("feed_key_opname", lambda: sess.run(y, {"p": [[1, 1]]}))
    t("feed_key_int", lambda: sess.run(y, {3: [[1, 1]]}))
    t("feed_output", lambda: sess.run(y, {y: [[5.0, 5.0]]}))
    t("feed_const", lambda: sess.run(y * 1, {y: [[5.0, 5.0]]}))
    t("feed_op", lambda: sess.run(y, {y.op: [[5.0, 5.0]]}))
    t("feed_var", lambda: sess.run(y, {p: np.zeros([0, 2])}).shape)
    t("feed_scalar_to_vec", lambda: sess.run(q, {q: 3}))
    t("feed_list_tuple", lambda: sess.run(q, {q: (1, 2, 3)}))
    t("feed_np_matrix", lambda: sess.run(y, {p: np.matrix([[1.0, 2.0]])}))
    t("feed_np_float16", lambda: sess.run(y, {p: np.ones([1, 2], np.float16)}))
    t("feed_complex", lambda: sess.run(y, {p: np.ones([1, 2], np.complex64)}))
    t("unfed", lambda: sess.run(y))
