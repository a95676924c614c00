# SummarySaverHook(save_steps=2) in a MonitoredSession: which global steps get summaries, and graph events.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
x = tf.Variable(1.0, name="x")
loss = tf.square(x, name="loss")
tf.summary.scalar("loss", loss)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
hook = tf.train.SummarySaverHook(save_steps=2, output_dir=logdir, summary_op=tf.summary.merge_all())
with tf.train.MonitoredSession(hooks=[hook]) as sess:
    for _ in range(5):
        sess.run(train)
events = []
for f in sorted(glob.glob(os.path.join(logdir, "events.out.tfevents.*"))):
    events.extend(tf.train.summary_iterator(f))
for e in events:
    kind = e.WhichOneof("what")
    if kind == "summary":
        print(e.step, [(v.tag, rnd(v.simple_value, 4)) for v in e.summary.value])
    elif kind == "session_log":
        print(e.step, kind, tf.SessionLog.SessionStatus.Name(e.session_log.status))
    else:
        print(e.step, kind)
