# ProfilerHook traces every N steps: timeline-<step>.json Chrome traces plus run metadata in the event file.
import json
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0, name="w")
train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.square(w), global_step=gs)
hook = tf.train.ProfilerHook(save_steps=2, output_dir=d)
with tf.train.MonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=5)]) as sess:
    while not sess.should_stop():
        sess.run(train)
names = sorted(os.listdir(d))
print([n for n in names if not n.startswith("events")], sum(n.startswith("events") for n in names))
with open(os.path.join(d, "timeline-2.json")) as f:
    trace = json.load(f)
print(sorted(trace)[:1], len(trace["traceEvents"]) > 0)
tf.summary.FileWriterCache.get(d).flush()
tags = []
for n in names:
    if n.startswith("events"):
        for ev in tf.train.summary_iterator(os.path.join(d, n)):
            if ev.WhichOneof("what") == "tagged_run_metadata":
                tags.append((ev.step, ev.tagged_run_metadata.tag))
print(sorted(tags))
for kw in [dict(), dict(save_steps=1, save_secs=1)]:
    try:
        tf.train.ProfilerHook(output_dir=d, **kw)
        print("ok")
    except ValueError as e:
        print(type(e).__name__)
with tf.Graph().as_default():
    tf.Variable(1.0)
    try:
        tf.train.MonitoredSession(hooks=[tf.train.ProfilerHook(save_steps=1, output_dir=d)])
    except RuntimeError as e:
        print(type(e).__name__)
