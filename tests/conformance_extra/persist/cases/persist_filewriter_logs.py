# add_session_log (START/STOP/CHECKPOINT), add_run_metadata, add_graph with global_step, add_meta_graph.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
a = tf.constant(1.0, name="a")
w = tf.summary.FileWriter(logdir)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 1)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.CHECKPOINT, checkpoint_path="/x/model.ckpt-2"), 2)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.STOP))
rm = tf.RunMetadata()
with tf.Session() as sess:
    sess.run(a, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=rm)
w.add_run_metadata(rm, "trace_1", global_step=3)
w.add_run_metadata(tf.RunMetadata(), "trace_2")
w.add_graph(tf.get_default_graph(), global_step=4)
w.add_meta_graph(tf.train.export_meta_graph(), global_step=5)
try:
    w.add_meta_graph("not a meta graph")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
w.close()
f = os.listdir(logdir)[0]
for ev in tf.train.summary_iterator(os.path.join(logdir, f)):
    kind = ev.WhichOneof("what")
    if kind == "session_log":
        print(ev.step, kind, tf.SessionLog.SessionStatus.Name(ev.session_log.status), ev.session_log.checkpoint_path)
    elif kind == "tagged_run_metadata":
        rmd = tf.RunMetadata.FromString(ev.tagged_run_metadata.run_metadata)
        print(ev.step, kind, ev.tagged_run_metadata.tag, type(rmd).__name__)
    elif kind == "graph_def":
        print(ev.step, kind, [n.name for n in tf.GraphDef.FromString(ev.graph_def).node])
    elif kind == "meta_graph_def":
        mg = tf.MetaGraphDef.FromString(ev.meta_graph_def)
        print(ev.step, kind, [n.name for n in mg.graph_def.node])
    else:
        print(ev.step, kind)
