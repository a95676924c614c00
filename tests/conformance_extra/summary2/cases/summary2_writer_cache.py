# FileWriterCache: one writer per logdir, graph recorded from the default graph, clear() closes them.
import glob
import os
import tempfile
from prelude import tf, np, rnd

d1, d2 = tempfile.mkdtemp(), tempfile.mkdtemp()
with tf.Graph().as_default():
    tf.constant(1.0, name="cached_const")
    w1 = tf.summary.FileWriterCache.get(d1)
    w1b = tf.summary.FileWriterCache.get(d1)
    w2 = tf.summary.FileWriterCache.get(d2)
print(w1 is w1b, w1 is w2, type(w1).__name__, w1.get_logdir() == d1)
w1.add_summary(tf.Summary(value=[tf.Summary.Value(tag="t", simple_value=1.0)]), 4)
tf.summary.FileWriterCache.clear()
evs = list(tf.train.summary_iterator(glob.glob(os.path.join(d1, "*"))[0]))
print([e.WhichOneof("what") for e in evs])
gd = tf.GraphDef.FromString([e for e in evs if e.WhichOneof("what") == "graph_def"][0].graph_def)
print([n.name for n in gd.node])
w3 = tf.summary.FileWriterCache.get(d1)
print(w3 is w1)
tf.summary.FileWriterCache.clear()
print(len(glob.glob(os.path.join(d1, "*"))) >= 1)
