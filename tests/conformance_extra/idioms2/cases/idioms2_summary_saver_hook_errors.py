# SummarySaverHook argument validation and a run with summary_writer-less output_dir and scaffold summary op.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0)
s = tf.summary.scalar("w", w)
with tf.control_dependencies([s]):
    step = tf.group(tf.assign_add(w, 1.0), tf.assign_add(gs, 1))
for kw in [dict(save_steps=1), dict(save_steps=1, output_dir=d),
           dict(save_steps=1, save_secs=1, output_dir=d, summary_op=s),
           dict(output_dir=d, summary_op=s, scaffold=tf.train.Scaffold())]:
    try:
        tf.train.SummarySaverHook(**kw)
        print("ok")
    except ValueError as e:
        print(type(e).__name__)
hook = tf.train.SummarySaverHook(save_steps=1, output_dir=d, scaffold=tf.train.Scaffold(summary_op=s))
with tf.train.MonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=4)]) as sess:
    while not sess.should_stop():
        sess.run(step)
got = []
for f in os.listdir(d):
    for ev in tf.train.summary_iterator(os.path.join(d, f)):
        for v in ev.summary.value:
            got.append((ev.step, v.tag, rnd(v.simple_value)))
print(sorted(got))
