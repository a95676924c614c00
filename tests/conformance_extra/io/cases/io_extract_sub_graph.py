# graph_util.extract_sub_graph and remove_training_nodes.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    c = tf.add(a, b, name="c")
    d = tf.identity(c, name="d")
    e = tf.multiply(d, 3.0, name="e")
    f = tf.constant(9.0, name="f")
    out = tf.identity(e, name="out")
    fin = tf.multiply(out, 2.0, name="fin")
gd = g.as_graph_def()
sub = tf.graph_util.extract_sub_graph(gd, ["e"])
print([n.name for n in sub.node])
sub2 = tf.graph_util.extract_sub_graph(gd, ["c", "f"])
print([n.name for n in sub2.node])
try:
    tf.graph_util.extract_sub_graph(gd, ["nope"])
except Exception as e:
    print(type(e).__name__)
try:
    tf.graph_util.extract_sub_graph(gd, "e")
except Exception as e:
    print(type(e).__name__)
rt = tf.graph_util.remove_training_nodes(gd)
print([(n.name, list(n.input)) for n in rt.node])
rt2 = tf.graph_util.remove_training_nodes(gd, protected_nodes=["d"])
print([n.name for n in rt2.node])
