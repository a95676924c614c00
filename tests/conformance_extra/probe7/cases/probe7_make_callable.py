# Session.make_callable: feed lists, structures, ops, errors, accept_options.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", rnd(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

p = tf.placeholder(tf.float32, [None], name="p")
q = tf.placeholder(tf.int32, [], name="q")
y = p * tf.cast(q, tf.float32)
v = tf.Variable(0.0)
inc = tf.assign_add(v, 1.0)
with tf.Session() as sess:
    sess.run(v.initializer)
    f = sess.make_callable(y, feed_list=[p, q])
    t("call", lambda: f([1.0, 2.0], 3))
    t("call_np", lambda: f(np.array([1.0], np.float32), np.int32(2)))
    t("call_missing", lambda: f([1.0]))
    t("call_extra", lambda: f([1.0], 2, 3))
    t("call_badshape", lambda: f([[1.0]], 2))
    g = sess.make_callable([y, {"k": q}], feed_list=[p, q])
    t("struct", lambda: g([2.0], 4))
    h = sess.make_callable(inc.op)
    t("op", lambda: h())
    t("op_val", lambda: sess.run(v))
    k = sess.make_callable(inc)
    t("tensor", lambda: k())
    t("none", lambda: sess.make_callable(None)())
    t("feed_names", lambda: sess.make_callable(y, feed_list=["p:0", "q:0"])([1.0], 1))
    t("feed_non_tensor", lambda: sess.make_callable(y, feed_list=[3])([1.0]))
    o = sess.make_callable(y, feed_list=[p, q], accept_options=True)
    md = tf.RunMetadata()
    t("opts", lambda: o([1.0], 1, options=tf.RunOptions(), run_metadata=md))
    t("kw_nope", lambda: f([1.0], 1, options=tf.RunOptions()))
    t("fetch_str", lambda: sess.make_callable("p:0", feed_list=[p])([3.0]))
    t("tuple_fetch", lambda: sess.make_callable((y, q), feed_list=(p, q))([1.0], 2))
