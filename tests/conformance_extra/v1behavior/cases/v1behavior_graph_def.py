# GraphDef of a ref-variable graph: node ops, dtype/shape attrs, round trip through import.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
g = tf.Graph()
with g.as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
    s = tf.add(v, w, name="s")
    a = tf.assign_add(v, [1.0, 1.0], name="inc")
gd = g.as_graph_def()
print(sorted((n.name, n.op) for n in gd.node))
vn = [n for n in gd.node if n.name == "v"][0]
print(sorted(vn.attr.keys()))
print(tf.as_dtype(vn.attr["dtype"].type), [d.size for d in vn.attr["shape"].shape.dim])
an = [n for n in gd.node if n.name == "inc"][0]
print(sorted(an.attr.keys()), an.attr["use_locking"].b)
print(g.get_tensor_by_name("v:0").dtype, g.get_tensor_by_name("v/read:0").dtype)
print(g.get_operation_by_name("v/Assign").type, g.get_tensor_by_name("v/Assign:0").dtype)
print(g.get_tensor_by_name("inc:0").dtype)
g2 = tf.Graph()
with g2.as_default():
    tf.import_graph_def(gd, name="")
    print(g2.get_tensor_by_name("v:0").dtype, g2.get_operation_by_name("v").type)
    print(g2.get_tensor_by_name("v:0").shape)
    with tf.Session() as sess:
        sess.run(["v/Assign", "w/Assign"])
        print(sess.run("s:0").tolist(), sess.run("inc:0").tolist(), sess.run("s:0").tolist())
mg = tf.train.export_meta_graph(graph=g)
print(sorted(mg.collection_def.keys()))
print(len(mg.collection_def["variables"].bytes_list.value))
