# tf.train.write_graph: returned paths, text vs binary contents, reading both back.
import os, tempfile
from prelude import tf, np
from google.protobuf import text_format

d = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.multiply(x, 2.0, name="y")
p1 = tf.train.write_graph(g, d, "g.pbtxt")
p2 = tf.train.write_graph(g.as_graph_def(), d, "g.pb", as_text=False)
print(os.path.relpath(p1, d), os.path.relpath(p2, d))
text = open(p1).read()
print(text.splitlines()[0], "versions" in text, "producer" in text)
gd1 = tf.GraphDef()
text_format.Merge(text, gd1)
gd2 = tf.GraphDef()
gd2.ParseFromString(open(p2, "rb").read())
print([n.name for n in gd1.node] == [n.name for n in gd2.node], [n.op for n in gd2.node])
print(os.path.getsize(p2) == gd2.ByteSize())
with tf.Graph().as_default():
    out, = tf.import_graph_def(gd1, return_elements=["y:0"], name="")
    with tf.Session() as s:
        print(out.name, s.run(out, {"x:0": [1.0, 2.5]}))
p3 = tf.train.write_graph(g, os.path.join(d, "sub", "dir"), "g2.pb", as_text=False)
print(os.path.exists(p3))
