# tf.io.write_graph of a graph with default variables, text and binary, parsed back and imported.
import os
import tempfile
from prelude import tf, np, rnd
from google.protobuf import text_format

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    v = tf.Variable([1, 2], name="v")
    out = tf.identity(v * 2, name="out")
    p1 = tf.io.write_graph(g, tmp, "g.pbtxt")
    p2 = tf.io.write_graph(g.as_graph_def(), tmp, "g.pb", as_text=False)
print(os.path.basename(p1), os.path.basename(p2), sorted(os.listdir(tmp)))
gd = tf.GraphDef()
with open(p2, "rb") as f:
    gd.ParseFromString(f.read())
with open(p1) as f:
    gt = text_format.Parse(f.read(), tf.GraphDef())
print([(n.name, n.op) for n in gd.node])
print(gt == gd)
with tf.Graph().as_default():
    tf.import_graph_def(gt, name="")
    with tf.Session() as sess:
        sess.run("v/Assign")
        print(sess.run("out:0").tolist())
