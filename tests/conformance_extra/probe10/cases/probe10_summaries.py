# Scalar/histogram summaries, merge_all, FileWriter add_summary, reading events back.
import glob, tempfile
from prelude import tf, np, rnd
tf.disable_v2_behavior()

d = tempfile.mkdtemp()
w = tf.Variable([1.0, 2.0, 3.0], name="w")
loss = tf.reduce_sum(tf.square(w))
with tf.name_scope("stats"):
    s1 = tf.summary.scalar("loss", loss)
    s2 = tf.summary.histogram("weights", w)
s3 = tf.summary.scalar("lr", tf.constant(0.1), collections=["extra"])
merged = tf.summary.merge_all()
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print(s1.name, s1.dtype, s1.op.type, s2.op.type, merged.name, merged.op.type)
print(len(tf.get_collection(tf.GraphKeys.SUMMARIES)), len(tf.get_collection("extra")))
with tf.Session() as sess:
    writer = tf.summary.FileWriter(d, sess.graph)
    sess.run(tf.global_variables_initializer())
    for step in range(3):
        m, _ = sess.run([merged, train])
        writer.add_summary(m, step)
    writer.flush()
    writer.close()
    s = tf.Summary()
    s.ParseFromString(sess.run(s1))
    print([(v.tag, round(v.simple_value, 4)) for v in s.value])
files = glob.glob(d + "/events.out.tfevents.*")
print(len(files))
tags = []
for e in tf.train.summary_iterator(files[0]):
    for v in e.summary.value:
        tags.append((e.step, v.tag, round(v.simple_value, 3) if v.HasField("simple_value") else "histo"))
    if e.HasField("graph_def"):
        tags.append("graph")
print(tags)
