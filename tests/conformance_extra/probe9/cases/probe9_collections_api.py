# add_to_collections, get_collection(_ref), clear_collection, scope filters.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

g = tf.Graph()
with g.as_default():
    tf.add_to_collections(["a", "b"], 1)
    tf.add_to_collections("c", 2)
    tf.add_to_collection("a", 3)
    print(tf.get_collection("a"), tf.get_collection("b"), tf.get_collection("c"), tf.get_collection("zz"))
    r = tf.get_collection_ref("a")
    r.append(4)
    print(tf.get_collection("a"))
    cp = tf.get_collection("a")
    cp.append(5)
    print(tf.get_collection("a"))
    r2 = tf.get_collection_ref("new")
    print(r2, "new" in g.get_all_collection_keys())
    g.clear_collection("a")
    print(tf.get_collection("a"), r, sorted(g.get_all_collection_keys()))
    with tf.name_scope("s1"):
        x = tf.constant(1, name="x")
        with tf.name_scope("s2"):
            y = tf.constant(1, name="y")
    z = tf.constant(1, name="s1x")
    for o in [x, y, z]:
        tf.add_to_collection("ts", o)
    tf.add_to_collection("ts", "plain")
    class N: name = "s1/fake"
    tf.add_to_collection("ts", N())
    def names(l):
        return [getattr(o, "name", o) for o in l]
    print(names(tf.get_collection("ts", "s1")))
    print(names(tf.get_collection("ts", "s1/")))
    print(names(tf.get_collection("ts", ".*s2")))
    print(names(tf.get_collection("ts", "s2")))
    print(names(tf.get_collection("ts", "s1/s2/y")))
    print(names(tf.get_collection("ts", "s[12]x")))
    t("unhashable", lambda: tf.add_to_collection(["x"], 1))
    t("int_key", lambda: (tf.add_to_collection(3, "v"), tf.get_collection(3)))
    t("keys", lambda: sorted(str(k) for k in g.get_all_collection_keys()))
    t("graph_meth", lambda: g.get_collection("c", scope=None))
    g.finalize()
    t("after_finalize", lambda: tf.add_to_collection("c", 9) or tf.get_collection("c"))
