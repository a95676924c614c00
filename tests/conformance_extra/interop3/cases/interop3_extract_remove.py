# extract_sub_graph and remove_training_nodes: what is kept, and errors for unknown names.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [3], name="x")
    a = tf.identity(x, name="a")
    b = tf.stop_gradient(a * 2.0, name="b")
    c = tf.add(b, 1.0, name="c")
    d = tf.square(x, name="d")
    e = tf.identity(c, name="e")
gd = g.as_graph_def()
print([n.name for n in tf.graph_util.extract_sub_graph(gd, ["c"]).node])
print([n.name for n in tf.graph_util.extract_sub_graph(gd, ["d", "e"]).node])
print([n.name for n in tf.graph_util.remove_training_nodes(gd).node])
print([n.name for n in tf.graph_util.remove_training_nodes(gd, protected_nodes=["a"]).node])
print([list(n.input) for n in tf.graph_util.remove_training_nodes(gd).node])
for bad in [["nope"], "c"]:
    try:
        print([n.name for n in tf.graph_util.extract_sub_graph(gd, bad).node])
    except Exception as err:
        print(bad, type(err).__name__)
