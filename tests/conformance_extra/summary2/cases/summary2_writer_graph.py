# FileWriter(graph=...) and add_graph: graph_def bytes parse as GraphDef with the node names; meta graph event.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    a = tf.constant(2.0, name="a")
    b = tf.placeholder(tf.float32, [None, 3], name="b")
    c = tf.multiply(a, b, name="c")
w = tf.summary.FileWriter(logdir, graph=g)
w.add_graph(g, global_step=5)
w.close()
path, = glob.glob(os.path.join(logdir, "*"))
events = list(tf.train.summary_iterator(path))
print([e.WhichOneof("what") for e in events], [e.step for e in events])
for e in events:
    if e.WhichOneof("what") == "graph_def":
        gd = tf.GraphDef.FromString(e.graph_def)
        print([n.name for n in gd.node], [n.op for n in gd.node])
        print("_output_shapes" in gd.node[2].attr)
    if e.WhichOneof("what") == "meta_graph_def":
        mg = tf.MetaGraphDef.FromString(e.meta_graph_def)
        print([n.name for n in mg.graph_def.node], mg.meta_info_def.HasField("stripped_op_list"))
try:
    tf.summary.FileWriter(tempfile.mkdtemp(), graph="nope")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad graph", type(e).__name__)
w2 = tf.summary.FileWriter(tempfile.mkdtemp())
for args in (dict(graph=g, graph_def=g.as_graph_def()),):
    try:
        w2.add_graph(**args)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("both", type(e).__name__)
w2.add_graph(None, graph_def=g.as_graph_def())
w2.close()
ev = list(tf.train.summary_iterator(glob.glob(os.path.join(w2.get_logdir(), "*"))[0]))
print([e.WhichOneof("what") for e in ev])
