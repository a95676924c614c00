# Graph.version, seed, graph_def_versions and building_function.
from prelude import tf, np

g = tf.Graph()
print(g.version, g.seed, g.building_function)
with g.as_default():
    tf.constant(1.0)
    print(g.version)
    tf.constant(2.0) + 1.0
    print(g.version)
    tf.set_random_seed(42)
    print(g.seed)
    tf.random.set_random_seed(7) if hasattr(tf.random, "set_random_seed") else tf.set_random_seed(7)
    print(g.seed)
    g.seed = 5
    print(g.seed)
    print(g.graph_def_versions.producer > 0, g.graph_def_versions.min_consumer)
    gd = g.as_graph_def()
    print(len(gd.node), gd.versions.producer == g.graph_def_versions.producer)
    print(g.version == len(g.get_operations()))
    print([op.name for op in g.get_operations()])
print(tf.get_default_graph() is not g, tf.get_default_graph().version)
g3 = tf.Graph()
with g3.as_default():
    tf.set_random_seed(3)
    op_seed = tf.get_seed(None)
    print(op_seed[0], op_seed[1] is not None)
    print(tf.get_seed(10))
g4 = tf.Graph()
with g4.as_default():
    print(tf.get_seed(None), tf.get_seed(5)[0], tf.get_seed(5)[1])
