# MonitoredTrainingSession checkpoints: the events the CheckpointSaverHook writes (graph, meta graph, CHECKPOINT logs).
import glob
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
v = tf.Variable(2.0, name="v")
train = tf.train.GradientDescentOptimizer(0.1).minimize(v * v, global_step=gs)
with tf.train.MonitoredTrainingSession(checkpoint_dir=d, save_summaries_steps=None, save_summaries_secs=None,
                                       save_checkpoint_steps=2, log_step_count_steps=None) as s:
    for _ in range(3):
        s.run(train)
tf.summary.FileWriterCache.get(d).flush()
for f in sorted(glob.glob(os.path.join(d, "events.out.tfevents.*"))):
    for e in tf.train.summary_iterator(f):
        k = e.WhichOneof("what")
        if k == "session_log":
            sl = e.session_log
            print(e.step, k, tf.SessionLog.SessionStatus.Name(sl.status), os.path.basename(sl.checkpoint_path))
        else:
            print(e.step, k)
print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "*")) if "tfevents" not in p))
