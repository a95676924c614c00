# Session.run fetch forms: None, dicts, OrderedDict, nested tuples, strings, ops, bad types.
from prelude import tf, np, rnd
import collections

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

a = tf.constant(1.0, name="a")
b = tf.constant([2, 3], name="b")
n = tf.no_op(name="n")
with tf.Session() as sess:
    t("none", lambda: sess.run(None))
    t("list_none", lambda: sess.run([None]))
    t("dict", lambda: sorted(sess.run({"x": a, "y": [b, a]}).items(), key=lambda kv: kv[0]))
    t("odict", lambda: list(sess.run(collections.OrderedDict([("z", a), ("a", b)])).keys()))
    t("tuple", lambda: sess.run((a, (b, n))))
    t("empty_list", lambda: sess.run([]))
    t("empty_dict", lambda: sess.run({}))
    t("empty_tuple", lambda: sess.run(()))
    t("name_str", lambda: sess.run("a:0"))
    t("op_str", lambda: sess.run("n"))
    t("op_str_a", lambda: sess.run("a"))
    t("bad_str", lambda: sess.run("nope:0"))
    t("bad_str2", lambda: sess.run("a:1"))
    t("int", lambda: sess.run(3))
    t("float", lambda: sess.run(3.0))
    t("np", lambda: sess.run(np.float32(1)))
    t("set", lambda: sess.run({a}))
    t("dup", lambda: sess.run([a, a, "a:0"]))
    t("op_obj", lambda: sess.run(a.op))
    t("types", lambda: [type(v).__name__ for v in sess.run([a, b, tf.constant("s"), tf.constant(True)])])
    t("scalar_type", lambda: type(sess.run(a)).__name__)
    t("int_scalar_type", lambda: type(sess.run(tf.constant(1))).__name__)
    t("str_scalar_type", lambda: type(sess.run(tf.constant("x"))).__name__)
    t("namedtuple", lambda: sess.run(collections.namedtuple("P", "u v")(a, b)))
    t("mixed_graph", lambda: sess.run(tf.Graph().as_default().__enter__() and a))
