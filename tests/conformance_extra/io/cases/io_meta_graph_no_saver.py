# import_meta_graph of a graph without saver, clear_devices, export to file, as_text.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    with tf.device("/cpu:0"):
        a = tf.constant(3.0, name="a")
        b = tf.square(a, name="b")
    tf.add_to_collection("things", a)
    tf.add_to_collection("strs", "hello")
    tf.add_to_collection("floats", 1.5)
    mg = tf.train.export_meta_graph(os.path.join(tmp, "x.meta"), clear_devices=True)
    mgt = tf.train.export_meta_graph(os.path.join(tmp, "x.pbtxt"), as_text=True)
print(sorted(os.listdir(tmp)))
print([n.device for n in mg.graph_def.node], [n.device for n in mgt.graph_def.node])
print(sorted(mg.collection_def.keys()))
print(mg.collection_def["strs"].bytes_list.value, rnd(list(mg.collection_def["floats"].float_list.value)))
print(mg.HasField("saver_def"))
g2 = tf.Graph()
with g2.as_default():
    r = tf.train.import_meta_graph(os.path.join(tmp, "x.meta"))
    print(r)
    print(tf.get_collection("strs"), rnd(tf.get_collection("floats")), [t.name for t in tf.get_collection("things")])
    print(g2.get_operation_by_name("b").device)
    with tf.Session() as sess:
        print(rnd(sess.run("b:0")))
g3 = tf.Graph()
with g3.as_default():
    tf.train.import_meta_graph(os.path.join(tmp, "x.pbtxt"))
    print(g3.get_operation_by_name("b").device)
g4 = tf.Graph()
with g4.as_default():
    tf.train.import_meta_graph(mg, import_scope="s")
    print([op.name for op in g4.get_operations()])
try:
    tf.train.import_meta_graph(os.path.join(tmp, "missing.meta"))
except Exception as e:
    print(type(e).__name__)
