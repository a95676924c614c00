# StepCounterHook and MTS log_step_count_steps write a global_step/sec summary (tags and steps only).
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
step = tf.assign_add(gs, 1)
hook = tf.train.StepCounterHook(every_n_steps=2, output_dir=d)
with tf.train.MonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=7)]) as sess:
    while not sess.should_stop():
        sess.run(step)
tf.summary.FileWriterCache.get(d).flush()
tags = []
for f in os.listdir(d):
    for ev in tf.train.summary_iterator(os.path.join(d, f)):
        for v in ev.summary.value:
            tags.append((ev.step, v.tag, v.simple_value > 0))
print(sorted(tags))
try:
    tf.train.StepCounterHook(every_n_steps=1, every_n_secs=1)
except ValueError as e:
    print(type(e).__name__)
