# tf.train.write_graph text and binary forms, read back with text_format and ParseFromString.
import os
import tempfile
from prelude import tf, np
from google.protobuf import text_format

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    y = tf.reduce_sum(x, axis=1, name="y")
d = tempfile.mkdtemp()
p1 = tf.train.write_graph(g.as_graph_def(), d, "g.pbtxt")
p2 = tf.train.write_graph(g, d, "g.pb", as_text=False)
p3 = tf.train.write_graph(g.as_graph_def(), os.path.join(d, "sub", "deeper"), "h.pbtxt", as_text=True)
print(os.path.relpath(p1, d), os.path.relpath(p2, d), os.path.relpath(p3, d), os.path.exists(p3))
gd_t = tf.GraphDef()
with open(p1) as f:
    text = f.read()
text_format.Merge(text, gd_t)
gd_b = tf.GraphDef()
with open(p2, "rb") as f:
    gd_b.ParseFromString(f.read())
print([n.name for n in gd_t.node], [n.name for n in gd_b.node])
print(text.startswith("node {"), "versions {" in text)
print(gd_t == g.as_graph_def(), gd_b == g.as_graph_def())
with tf.Graph().as_default():
    tf.import_graph_def(gd_b, name="")
    with tf.Session() as s:
        print(s.run("y:0", {"x:0": [[1.0, 2.0], [3.0, 4.0]]}))
print(type(p1).__name__)
