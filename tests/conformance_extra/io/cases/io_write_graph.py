# tf.train.write_graph text and binary.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.identity(a, name="b")
p1 = tf.train.write_graph(g, tmp, "g.pbtxt")
p2 = tf.train.write_graph(g.as_graph_def(), tmp, "g.pb", as_text=False)
p3 = tf.train.write_graph(g, os.path.join(tmp, "sub", "dir"), "x.pbtxt")
for p in (p1, p2, p3):
    print(os.path.relpath(p, tmp))
print(sorted(os.listdir(tmp)))
txt = open(p1).read()
print('name: "a"' in txt, 'op: "Const"' in txt, "versions" in txt)
gd = tf.GraphDef()
gd.ParseFromString(open(p2, "rb").read())
print([n.name for n in gd.node])
from google.protobuf import text_format
gd2 = text_format.Parse(txt, tf.GraphDef())
print([n.op for n in gd2.node])
