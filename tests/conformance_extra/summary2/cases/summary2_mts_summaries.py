# MonitoredTrainingSession with save_summaries_steps=3 and checkpoint_dir: summary events by step.
import glob
import os
import tempfile
from prelude import tf, np, rnd

ckpt = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
loss = tf.reduce_sum(tf.square(w))
tf.summary.scalar("loss", loss)
tf.summary.histogram("w", w)
train = tf.train.GradientDescentOptimizer(0.25).minimize(loss, global_step=gs)
with tf.train.MonitoredTrainingSession(checkpoint_dir=ckpt, save_summaries_steps=3,
                                       save_checkpoint_secs=None, log_step_count_steps=None) as sess:
    for _ in range(7):
        sess.run(train)
events = []
for f in sorted(glob.glob(os.path.join(ckpt, "events.out.tfevents.*"))):
    events.extend(tf.train.summary_iterator(f))
for e in events:
    kind = e.WhichOneof("what")
    if kind == "summary":
        print(e.step, [(v.tag, v.WhichOneof("value")) for v in e.summary.value],
              [rnd(v.simple_value, 4) for v in e.summary.value if v.WhichOneof("value") == "simple_value"])
    elif kind == "session_log":
        print(e.step, kind, tf.SessionLog.SessionStatus.Name(e.session_log.status))
    else:
        print(e.step, kind)
