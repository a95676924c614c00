# Session API corners: close twice, run after close, as_default nesting, graph arg, list_devices, sess_str.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].split(" {")[0])

g = tf.Graph()
with g.as_default():
    a = tf.constant(2.0, name="a")
s = tf.Session(graph=g)
t("graph", lambda: s.graph is g)
t("sess_str", lambda: repr(s.sess_str))
t("graph_def_nodes", lambda: [n.name for n in s.graph_def.node])
t("devs", lambda: [(d.name, d.device_type) for d in s.list_devices()])
t("run", lambda: s.run(a))
t("default_before", lambda: tf.get_default_session() is None)
with s.as_default():
    t("default_in", lambda: tf.get_default_session() is s)
    t("eval_in", lambda: a.eval())
    s2 = tf.Session(graph=g)
    with s2.as_default():
        t("nested", lambda: tf.get_default_session() is s2)
    t("after_nested", lambda: tf.get_default_session() is s)
    s2.close()
t("default_after", lambda: tf.get_default_session() is None)
s.close()
t("close_twice", lambda: s.close())
t("run_closed", lambda: s.run(a))
t("default_graph_unchanged", lambda: tf.get_default_graph() is not g)
t("with_closed", lambda: s.__enter__() is s)
b = tf.constant(1.0, name="b")
with tf.Session() as s3:
    t("other_graph", lambda: s3.run(a))
    t("other_graph_eval", lambda: a.eval(session=s3))
    t("eval_kw", lambda: b.eval(session=s3, feed_dict={b: 5.0}))
    t("op_run", lambda: tf.no_op(name="nn").run(session=s3))
t("sess_none_target", lambda: tf.Session("").sess_str)
t("sess_bad_target", lambda: tf.Session("nope://x") and None)
t("config", lambda: tf.Session(config=tf.ConfigProto(allow_soft_placement=True, log_device_placement=False)).run(b))
t("bad_config", lambda: tf.Session(config=3))
t("bad_graph", lambda: tf.Session(graph=3))
t("reset", lambda: tf.reset_default_graph())
t("run_old_tensor", lambda: tf.Session().run(b))
