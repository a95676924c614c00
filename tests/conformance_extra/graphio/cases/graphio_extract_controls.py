# extract_sub_graph follows control inputs, keeps original node order and attrs.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    z = tf.constant(0.0, name="z")
    init = tf.no_op(name="init")
    a = tf.constant(1.0, name="a")
    with tf.control_dependencies([init]):
        b = tf.identity(a, name="b")
    with tf.control_dependencies([z]):
        c = tf.no_op(name="c")
    d = tf.add(b, a, name="d")
    e = tf.constant(5.0, name="e")
gd = g.as_graph_def()
for dests in (["d"], ["c"], ["d", "c"], ["e", "b"], ["init"]):
    sub = tf.graph_util.extract_sub_graph(gd, dests)
    print(dests, [n.name for n in sub.node])
sub = tf.graph_util.extract_sub_graph(gd, ["d"])
print(sub.versions.producer == gd.versions.producer, list(sub.node[-1].input))
print(sub.node[0].attr["value"] == gd.node[2].attr["value"])
