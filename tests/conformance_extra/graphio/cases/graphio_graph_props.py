# graph.version counting, seed, building_function, graph_def_versions and _last_id-ish props.
from prelude import tf, np

g = tf.Graph()
print(g.version, g.seed, g.building_function, g.finalized, g.collections)
with g.as_default():
    a = tf.constant(1.0)
    print(g.version)
    b, c = tf.split(tf.constant([1, 2]), 2)
    print(g.version)
    tf.add_to_collection("x", a)
    print(g.version)
    with tf.name_scope("s"):
        pass
    g.unique_name("foo")
    print(g.version)
    tf.set_random_seed(7)
    print(g.seed, tf.get_default_graph().seed)
g.seed = None
print(g.seed)
g.seed = 3
print(g.seed)
print(g.graph_def_versions.producer == g.as_graph_def().versions.producer, g.graph_def_versions.min_consumer)
gd = g.as_graph_def(from_version=2)
print([n.name for n in gd.node])
gd = g.as_graph_def(from_version=g.version)
print([n.name for n in gd.node])
print(g.as_graph_def(from_version=100).node == [] or len(g.as_graph_def(from_version=100).node))
h = tf.Graph()
gd = g.as_graph_def()
with h.as_default():
    tf.import_graph_def(gd, name="")
print(h.version, len(h.get_operations()), h.seed)
