# Finalized graph: op creation, import, collections, control inputs and unfinalize.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.identity(a, name="b")
    tf.add_to_collection("k", 1)
v0 = g.version
g.finalize()
print(g.finalized, g.version == v0)
with g.as_default():
    for label, f in [("const", lambda: tf.constant(2.0)),
                     ("placeholder", lambda: tf.placeholder(tf.float32)),
                     ("add_to_collection", lambda: tf.add_to_collection("k", 2)),
                     ("add_to_collections", lambda: g.add_to_collections(["k", "j"], 3)),
                     ("clear_collection", lambda: g.clear_collection("k")),
                     ("ctrl", lambda: b.op._add_control_input(a.op)),
                     ("global_step", lambda: tf.train.get_or_create_global_step()),
                     ("as_graph_def", lambda: len(g.as_graph_def().node)),
                     ("session", lambda: tf.Session().run(b))]:
        try:
            print(label, "ok", f())
        except Exception as e:
            print(label, type(e).__name__)
print(g.get_collection("k"), g.get_all_collection_keys())
g._unsafe_unfinalize()
with g.as_default():
    c = tf.constant(3.0, name="c")
print(g.finalized, c.name, g.version > v0)
