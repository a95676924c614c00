# Collections after export_meta_graph/import_meta_graph: strings, ints, floats, tensors, ops, vars.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.Variable(5, trainable=False, name="w")
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.add(x, v, name="y")
    tf.add_to_collection("strs", "hello")
    tf.add_to_collection("strs", b"raw")
    tf.add_to_collection("ints", 3)
    tf.add_to_collection("floats", 2.5)
    tf.add_to_collection("tensors", y)
    tf.add_to_collection("ops", y.op)
    tf.add_to_collection("mixed", 1)
    tf.add_to_collection("mixed", "s")
    tf.add_to_collection("objs", object())
    mg = tf.train.export_meta_graph()
print(sorted(mg.collection_def.keys()))
for k in ["strs", "ints", "floats", "tensors", "ops"]:
    cd = mg.collection_def[k]
    print(k, cd.WhichOneof("kind"))
print(list(mg.collection_def["strs"].bytes_list.value), list(mg.collection_def["floats"].float_list.value))
with tf.Graph().as_default() as h:
    tf.train.import_meta_graph(mg, import_scope="imp")
    print(sorted(h.get_all_collection_keys()))
    print(h.get_collection("strs"), h.get_collection("ints"), h.get_collection("floats"))
    print([t.name for t in h.get_collection("tensors")], [o.name for o in h.get_collection("ops")])
    print([vv.name for vv in tf.global_variables()], [vv.name for vv in tf.trainable_variables()])
    print(h.get_collection("mixed"), h.get_collection("objs"))
