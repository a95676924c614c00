# write_graph text output loads back via import_graph_def; graph_util.tensor_shape_from_node_def_name.
import os
import tempfile
from prelude import tf, np, rnd
from google.protobuf import text_format

tmp = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.multiply(x, 3.0, name="y")
    s = tf.constant("text value", name="s")
path = tf.train.write_graph(g, tmp, "model.pbtxt", as_text=True)
gd = text_format.Parse(open(path).read(), tf.GraphDef())
g2 = tf.Graph()
with g2.as_default():
    tf.import_graph_def(gd, name="")
    with tf.Session() as sess:
        print(rnd(sess.run("y:0", {"x:0": [1.0, 2.0]})), sess.run("s:0").decode())
    print(tf.graph_util.tensor_shape_from_node_def_name(g2, "y"))
    print(tf.graph_util.must_run_on_cpu(g2.get_operation_by_name("s")))
print([line for line in open(path).read().splitlines() if line.startswith("versions") or line.startswith("  producer")][:1])
