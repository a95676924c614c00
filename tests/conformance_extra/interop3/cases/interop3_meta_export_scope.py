# export_meta_graph(export_scope=...) and import_meta_graph(import_scope=...): node names kept.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    with tf.name_scope("model"):
        x = tf.placeholder(tf.float32, [2], name="x")
        w = tf.Variable([1.0, 2.0], name="w")
        y = tf.multiply(x, w, name="y")
    other = tf.constant(3.0, name="other")
    tf.add_to_collection("outs", y)
    mg = tf.train.export_meta_graph(export_scope="model")
print(sorted(n.name for n in mg.graph_def.node))
print(sorted(mg.collection_def))
print(list(mg.collection_def["outs"].node_list.value))
with tf.Graph().as_default() as h:
    tf.train.import_meta_graph(mg, import_scope="copy")
    print(sorted(o.name for o in h.get_operations())[:6])
    print([t.name for t in h.get_collection("outs")], [v.name for v in tf.global_variables()])
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print(s.run("copy/y:0", {"copy/x:0": [3.0, 4.0]}))
