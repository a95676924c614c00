# FileWriter events read back with summary_iterator.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
x = tf.placeholder(tf.float32, [], name="x")
s = tf.summary.scalar("val", x)
writer = tf.summary.FileWriter(logdir)
with tf.Session() as sess:
    for step in range(3):
        writer.add_summary(sess.run(s, {x: step * 1.5}), global_step=step)
sm = tf.Summary(value=[tf.Summary.Value(tag="manual", simple_value=9.0)])
writer.add_summary(sm, 10)
writer.add_graph(tf.get_default_graph())
writer.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 11)
print(writer.get_logdir() == logdir)
writer.close()
files = sorted(os.listdir(logdir))
print(len(files))
for ev in tf.train.summary_iterator(os.path.join(logdir, files[0])):
    kind = ev.WhichOneof("what")
    if kind == "summary":
        print(ev.step, kind, [(v.tag, rnd(v.simple_value)) for v in ev.summary.value])
    elif kind == "graph_def":
        gd = tf.GraphDef.FromString(ev.graph_def)
        print(ev.step, kind, sorted(n.name for n in gd.node))
    elif kind == "file_version":
        print(ev.step, kind, ev.file_version)
    elif kind == "session_log":
        print(ev.step, kind, ev.session_log.status)
    else:
        print(ev.step, kind)
