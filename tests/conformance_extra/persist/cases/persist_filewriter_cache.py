# FileWriterCache returns one writer per logdir; clear(); writers in a with-block.
import os
import tempfile
from prelude import tf, np, rnd

d1 = tempfile.mkdtemp()
d2 = tempfile.mkdtemp()
w1 = tf.summary.FileWriterCache.get(d1)
w1b = tf.summary.FileWriterCache.get(d1)
w2 = tf.summary.FileWriterCache.get(d2)
print(type(w1).__name__, w1 is w1b, w1 is w2, w1.get_logdir() == d1)
w1.add_summary(tf.Summary(value=[tf.Summary.Value(tag="c", simple_value=1.0)]), 1)
w1.flush()
for d in (d1,):
    files = sorted(os.listdir(d))
    tags = []
    kinds = []
    for f in files:
        for ev in tf.train.summary_iterator(os.path.join(d, f)):
            kinds.append(ev.WhichOneof("what"))
            if ev.WhichOneof("what") == "summary":
                tags.extend((ev.step, v.tag) for v in ev.summary.value)
    print(len(files), tags, kinds)
tf.summary.FileWriterCache.clear()
w3 = tf.summary.FileWriterCache.get(os.path.join(d2, "other"))
print(w3 is w2, w3.get_logdir() == os.path.join(d2, "other"))
with tf.summary.FileWriter(os.path.join(d2, "sub")) as w:
    w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="in_with", simple_value=2.0)]), 3)
files = os.listdir(os.path.join(d2, "sub"))
print(len(files), [[(e.step, e.summary.value[0].tag) for e in tf.train.summary_iterator(os.path.join(d2, "sub", f)) if e.HasField("summary")] for f in files])
