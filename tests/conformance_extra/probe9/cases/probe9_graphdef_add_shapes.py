# as_graph_def(add_shapes=True), versions, from_version.
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
    a = tf.placeholder(tf.float32, [None, 3], name="a")
    b = tf.reduce_sum(a, 1, name="b")
    c = tf.unstack(tf.zeros([2, 2]), name="c")
    v = tf.Variable(1.0, name="v")
gd = g.as_graph_def(add_shapes=True)
for n in gd.node:
    print(n.name, n.op, sorted(n.attr.keys()), ["%s" % [d.size for d in s.dim] if not s.unknown_rank else "?" for s in n.attr["_output_shapes"].list.shape])
print("producer", gd.versions.producer > 0, gd.versions.min_consumer)
gd2 = g.as_graph_def()
print("no_shapes", any("_output_shapes" in n.attr for n in gd2.node))
t("from_version", lambda: len(g.as_graph_def(from_version=0).node))
t("from_version_mid", lambda: [n.name for n in g.as_graph_def(from_version=3).node])
t("version", lambda: g.version)
t("gd_versions", lambda: g.graph_def_versions.min_consumer)
t("library", lambda: len(gd.library.function))
t("byte_size", lambda: g.as_graph_def().ByteSize() == gd2.ByteSize())
t("node_def", lambda: b.op.node_def.name)
t("node_attr_T", lambda: b.op.node_def.attr["T"].type)
t("node_attr_keep", lambda: b.op.node_def.attr["keep_dims"].b)
t("node_input", lambda: list(b.op.node_def.input))
