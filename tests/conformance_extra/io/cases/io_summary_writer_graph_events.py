# FileWriter(graph=...) writes the graph first; add_run_metadata; reopen; filename_suffix.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
a = tf.constant(1.0, name="a")
b = tf.add(a, 2.0, name="b")
w = tf.summary.FileWriter(logdir, graph=tf.get_default_graph(), filename_suffix=".mine")
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="x", simple_value=1.0)]).SerializeToString(), 5)
rm = tf.RunMetadata()
w.add_run_metadata(rm, "step1", global_step=7)
w.close()
files = sorted(os.listdir(logdir))
print(len(files), files[0].startswith("events.out.tfevents."), files[0].endswith(".mine"))
kinds = []
for ev in tf.train.summary_iterator(os.path.join(logdir, files[0])):
    kind = ev.WhichOneof("what")
    extra = ""
    if kind == "tagged_run_metadata":
        extra = ev.tagged_run_metadata.tag
    elif kind == "graph_def":
        extra = str(len(tf.GraphDef.FromString(ev.graph_def).node))
    elif kind == "meta_graph_def":
        extra = "meta"
    kinds.append((ev.step, kind, extra))
print(kinds)
