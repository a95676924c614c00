# Hand-built tf.Summary protos (validation metrics) written with a FileWriter and read back.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
writer = tf.summary.FileWriter(logdir)
for step, acc in [(10, 0.5), (20, 0.625), (30, 0.75)]:
    summ = tf.Summary(value=[tf.Summary.Value(tag="val/accuracy", simple_value=acc),
                             tf.Summary.Value(tag="val/error", simple_value=1.0 - acc)])
    writer.add_summary(summ, global_step=step)
writer.add_summary(tf.Summary(value=[tf.Summary.Value(tag="s", simple_value=1.0)]).SerializeToString(), 40)
writer.close()
files = [f for f in os.listdir(logdir) if f.startswith("events.out.tfevents.")]
print(len(files))
tags = {}
for ev in tf.train.summary_iterator(os.path.join(logdir, files[0])):
    for v in ev.summary.value:
        tags.setdefault(v.tag, []).append((ev.step, rnd(v.simple_value, 4)))
for k in sorted(tags):
    print(k, tags[k])
e = tf.Event(step=5, wall_time=1.0)
print(e.step, e.WhichOneof("what"), type(tf.Event.FromString(e.SerializeToString())).__name__)
