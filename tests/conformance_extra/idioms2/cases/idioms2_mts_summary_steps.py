# MonitoredTrainingSession's default SummarySaverHook (save_summaries_steps=1) writes merged summaries by step.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(2.0, name="w")
loss = tf.square(w)
tf.summary.scalar("loss", loss)
tf.summary.histogram("w_hist", w)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
with tf.train.MonitoredTrainingSession(checkpoint_dir=ckdir, save_summaries_steps=1,
                                       save_checkpoint_secs=None, log_step_count_steps=None,
                                       hooks=[tf.train.StopAtStepHook(last_step=3)]) as sess:
    while not sess.should_stop():
        sess.run(train)
got = []
for f in sorted(os.listdir(ckdir)):
    if "tfevents" in f:
        for ev in tf.train.summary_iterator(os.path.join(ckdir, f)):
            for v in ev.summary.value:
                got.append((ev.step, v.tag, rnd(v.simple_value, 4) if v.HasField("simple_value") else "histo"))
for g in sorted(got):
    print(g)
