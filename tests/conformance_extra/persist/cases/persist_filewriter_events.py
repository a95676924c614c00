# FileWriter: add_summary with bytes and protos, add_event, global steps, flush, reopen, event order.
import os
import tempfile
import time
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
x = tf.placeholder(tf.float32, [], name="x")
merged = tf.summary.merge([tf.summary.scalar("a", x), tf.summary.scalar("b", x * 2)])
w = tf.summary.FileWriter(logdir)
with tf.Session() as sess:
    for step in (0, 5, 10):
        w.add_summary(sess.run(merged, {x: float(step)}), step)
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="proto", simple_value=-1.0)]))
w.add_event(tf.Event(step=42, summary=tf.Summary(value=[tf.Summary.Value(tag="ev", simple_value=4.2)])))
w.flush()
w.close()
time.sleep(1.2)  # event file names carry the time in seconds
w.reopen()
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="after", simple_value=1.0)]), 99)
w.close()
files = sorted(os.listdir(logdir))
print(len(files), all(f.startswith("events.out.tfevents.") for f in files))
events = []
for f in files:
    for ev in tf.train.summary_iterator(os.path.join(logdir, f)):
        events.append(ev)
for ev in events:
    kind = ev.WhichOneof("what")
    if kind == "summary":
        print(ev.step, [(v.tag, rnd(v.simple_value)) for v in ev.summary.value])
    elif kind == "file_version":
        print(ev.step, kind, ev.file_version.startswith("brain.Event:"))
    else:
        print(ev.step, kind)
print(all(ev.wall_time > 0 for ev in events))
