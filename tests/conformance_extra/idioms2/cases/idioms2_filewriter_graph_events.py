# FileWriter with add_graph, add_summary at steps, add_session_log, then summary_iterator event kinds.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(3.0, name="w")
loss = tf.square(w)
tf.summary.scalar("loss", loss)
merged = tf.summary.merge_all()
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
writer = tf.summary.FileWriter(logdir)
print(writer.get_logdir() == logdir)
with tf.Session() as sess:
    writer.add_graph(sess.graph)
    sess.run(tf.global_variables_initializer())
    writer.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 0)
    for _ in range(3):
        s, _, step = sess.run([merged, train, gs])
        writer.add_summary(s, step)
    writer.flush()
writer.close()
files = sorted(f for f in os.listdir(logdir) if "tfevents" in f)
print(len(files))
for ev in tf.train.summary_iterator(os.path.join(logdir, files[0])):
    kind = ev.WhichOneof("what")
    extra = ""
    if kind == "summary":
        extra = [(v.tag, rnd(v.simple_value, 4)) for v in ev.summary.value]
    elif kind == "session_log":
        extra = ev.session_log.status
    elif kind == "file_version":
        extra = ev.file_version
    print(kind, ev.step, extra)
