# Events read back with summary_iterator: first event's file_version, steps, which fields are set.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
x = tf.placeholder(tf.float32, [])
merged = tf.summary.merge([tf.summary.scalar("x", x), tf.summary.histogram("h", tf.stack([x, 2 * x]))])
w = tf.summary.FileWriter(logdir)
with tf.Session() as sess:
    for step in (1, 2, 7):
        w.add_summary(sess.run(merged, {x: float(step)}), global_step=step)
    w.add_summary(sess.run(merged, {x: 0.5}), global_step=np.int64(9))
    w.add_summary(sess.run(merged, {x: 0.25}))
w.close()
path, = glob.glob(os.path.join(logdir, "events.out.tfevents.*"))
events = list(tf.train.summary_iterator(path))
print(len(events))
first = events[0]
print(first.WhichOneof("what"), first.file_version, first.step, first.wall_time > 0)
for ev in events[1:]:
    vals = [(v.tag, v.WhichOneof("value")) for v in ev.summary.value]
    print(ev.step, ev.HasField("summary"), vals, ev.summary.value[0].simple_value, ev.summary.value[1].histo.num)
print(all(e.wall_time > 1e9 for e in events))
print(type(events[1]).__name__, type(events[1].summary).__name__)
