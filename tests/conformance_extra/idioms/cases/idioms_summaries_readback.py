# Merged summaries written with FileWriter and read back: tags, steps, simple values.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
x = tf.placeholder(tf.float32, [None], name="x")
w = tf.Variable(1.0, name="w")
loss = tf.reduce_mean(tf.square(x * w - 2.0))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.name_scope("metrics"):
    tf.summary.scalar("loss", loss)
    tf.summary.scalar("w", w)
tf.summary.histogram("x_hist", x)
merged = tf.summary.merge_all()
print(sorted(s.op.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)))
print(merged.op.type, merged.op.name)
with tf.Session() as sess:
    writer = tf.summary.FileWriter(logdir, sess.graph)
    sess.run(tf.global_variables_initializer())
    for step in range(0, 30, 10):
        s, _ = sess.run([merged, train], {x: [1.0, 2.0, 3.0]})
        writer.add_summary(s, step)
    writer.close()
files = [f for f in os.listdir(logdir) if f.startswith("events.out.tfevents")]
print(len(files))
seen = []
for ev in tf.train.summary_iterator(os.path.join(logdir, files[0])):
    if ev.HasField("file_version"):
        seen.append(("version", ev.file_version))
    elif ev.HasField("graph_def"):
        seen.append(("graph", ev.step))
    elif ev.HasField("summary"):
        for v in ev.summary.value:
            if v.HasField("simple_value"):
                seen.append((ev.step, v.tag, rnd(v.simple_value)))
            else:
                seen.append((ev.step, v.tag, v.WhichOneof("value")))
for s in seen:
    print(s)
