# FileWriter keeps a tag's plugin metadata only in the first event that carries it.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
t = tf.summary.text("note", tf.constant("hi"))
ts = tf.summary.tensor_summary("raw", tf.constant([1, 2]), display_name="Raw")
m = tf.summary.merge([t, ts])
w = tf.summary.FileWriter(logdir)
with tf.Session() as sess:
    blob = sess.run(m)
for step in range(3):
    w.add_summary(blob, step)
w.close()
for e in tf.train.summary_iterator(glob.glob(os.path.join(logdir, "*"))[0]):
    if e.HasField("summary"):
        print(e.step, [(v.tag, v.HasField("metadata"), v.metadata.plugin_data.plugin_name,
                        v.metadata.display_name) for v in e.summary.value])
