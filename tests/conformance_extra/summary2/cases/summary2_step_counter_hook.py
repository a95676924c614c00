# StepCounterHook writes '<global step name>/sec' summaries to output_dir; SummarySaverHook argument errors.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
train = tf.assign_add(gs, 1)
hook = tf.train.StepCounterHook(every_n_steps=2, output_dir=logdir)
with tf.train.MonitoredSession(hooks=[hook]) as sess:
    for _ in range(7):
        sess.run(train)
tf.summary.FileWriterCache.get(logdir).flush()
events = []
for f in sorted(glob.glob(os.path.join(logdir, "events.out.tfevents.*"))):
    events.extend(tf.train.summary_iterator(f))
print(sorted(set(e.WhichOneof("what") for e in events)))
print(sorted(set(v.tag for e in events if e.HasField("summary") for v in e.summary.value)))
print([e.step for e in events if e.HasField("summary")])
for kw in (dict(), dict(save_steps=1), dict(save_steps=1, save_secs=1, summary_op=tf.constant("")),
           dict(save_steps=1, summary_op=tf.constant(""), scaffold=tf.train.Scaffold())):
    try:
        tf.train.SummarySaverHook(**kw)
        print(sorted(kw), "ok")
    except Exception as e:  # noqa: BLE001
        print(sorted(kw), type(e).__name__)
