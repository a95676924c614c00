# tf.io.write_graph / tf.train.write_graph: text vs binary, overwrite, return values.
import os
import tempfile
from prelude import tf, np, rnd
from google.protobuf import text_format

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.int32, [3], name="x")
    y = tf.add(x, 1, name="y")
p1 = tf.io.write_graph(g, tmp, "graph.pbtxt")
p2 = tf.io.write_graph(g.as_graph_def(), tmp, "graph.pb", as_text=False)
p3 = tf.train.write_graph(g, tmp, "graph.pbtxt")
print(os.path.basename(p1), os.path.basename(p2), p1 == p3)
print(sorted(os.listdir(tmp)))
gd = tf.GraphDef()
gd.ParseFromString(open(p2, "rb").read())
print([(n.name, n.op) for n in gd.node])
gt = text_format.Parse(open(p1).read(), tf.GraphDef())
print([(n.name, n.op) for n in gt.node], gt == gd)
print(isinstance(p1, str))
with tf.Graph().as_default():
    tf.import_graph_def(gd, name="imp")
    with tf.Session() as sess:
        print(sess.run("imp/y:0", {"imp/x:0": [1, 2, 3]}).tolist())
