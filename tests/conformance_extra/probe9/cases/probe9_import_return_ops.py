# import_graph_def return_elements of ops and tensors, name prefixes.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

src = tf.Graph()
with src.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.multiply(x, 2.0, name="y")
    z = tf.add(y, 1.0, name="z")
    w = tf.no_op(name="w")
gd = src.as_graph_def()
g = tf.Graph()
with g.as_default():
    r = tf.import_graph_def(gd, return_elements=["y", "z:0", "w"])
    print([type(e).__name__ for e in r], [e.name for e in r])
    r2 = tf.import_graph_def(gd, return_elements=["z"], name="")
    print(r2[0].name, r2[0].type)
    t("name_none", lambda: tf.import_graph_def(gd, return_elements=["z:0"], name=None)[0].name)
    t("name_custom", lambda: tf.import_graph_def(gd, return_elements=["z:0"], name="imp")[0].name)
    t("name_again", lambda: tf.import_graph_def(gd, return_elements=["z:0"], name="imp")[0].name)
    with tf.name_scope("outer"):
        t("in_scope", lambda: tf.import_graph_def(gd, return_elements=["z:0"])[0].name)
        t("in_scope_empty", lambda: tf.import_graph_def(gd, return_elements=["z:0"], name="")[0].name)
    t("bad_elem", lambda: tf.import_graph_def(gd, return_elements=["nope"]))
    t("bad_idx", lambda: tf.import_graph_def(gd, return_elements=["z:3"]))
    t("none_ret", lambda: tf.import_graph_def(gd))
    t("ops", lambda: [o.name for o in g.get_operations()][:8])
    t("dup_empty", lambda: [o.name for o in tf.import_graph_def(gd, return_elements=["y"], name="")])
    with tf.Session() as s:
        t("run", lambda: rnd(s.run("import/z:0", {"import/x:0": [1, 2]})))
