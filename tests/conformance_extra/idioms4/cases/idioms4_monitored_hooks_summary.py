# MonitoredTrainingSession with StopAtStepHook, checkpoint dir, summaries via merge_all and reading events back.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(4.0, name="w")
loss = tf.square(w - 1.0)
tf.summary.scalar("loss", loss)
tf.summary.histogram("w_hist", w)
merged = tf.summary.merge_all()
print(merged.name, merged.dtype.name, [t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
hooks = [tf.train.StopAtStepHook(last_step=7)]
steps = []
with tf.train.MonitoredTrainingSession(checkpoint_dir=d, hooks=hooks, save_summaries_steps=None,
                                       save_summaries_secs=None, save_checkpoint_steps=5, log_step_count_steps=None) as mon:
    while not mon.should_stop():
        _, s, l = mon.run([train, gs, loss])
        steps.append((int(s), round(float(l), 4)))
print(steps)
print(sorted(f for f in os.listdir(d) if f.startswith("model.ckpt") and f.endswith(".index")))
print(os.path.basename(tf.train.latest_checkpoint(d)))
writer = tf.summary.FileWriter(os.path.join(d, "ev"))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        writer.add_summary(sess.run(merged), i)
writer.close()
ev = [f for f in os.listdir(os.path.join(d, "ev"))]
seen = []
for e in tf.train.summary_iterator(os.path.join(d, "ev", ev[0])):
    for v in e.summary.value:
        seen.append((e.step, v.tag, round(v.simple_value, 4) if v.HasField("simple_value") else "histo"))
print(seen)
