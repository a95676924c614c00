# MonitoredTrainingSession with CheckpointSaverHook, SummarySaverHook, NanTensorHook and FinalOpsHook.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.get_variable("w", [], initializer=tf.constant_initializer(3.0))
loss = tf.square(w, name="loss")
tf.summary.scalar("loss", loss)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
final = tf.train.FinalOpsHook([w, gs])
hooks = [tf.train.StopAtStepHook(last_step=5),
         tf.train.NanTensorHook(loss),
         tf.train.CheckpointSaverHook(ckdir, save_steps=2, checkpoint_basename="m.ckpt"),
         tf.train.SummarySaverHook(save_steps=2, output_dir=ckdir, summary_op=tf.summary.merge_all()),
         final]
with tf.train.MonitoredTrainingSession(hooks=hooks, save_checkpoint_secs=None,
                                       save_summaries_steps=None, save_summaries_secs=None,
                                       log_step_count_steps=None) as sess:
    while not sess.should_stop():
        l, _ = sess.run([loss, train])
        print(rnd(l))
print(rnd(final.final_ops_values[0]), final.final_ops_values[1])
print(sorted(os.path.basename(p) for p in tf.train.get_checkpoint_state(ckdir).all_model_checkpoint_paths))
ev = [f for f in os.listdir(ckdir) if f.startswith("events")]
steps = []
for f in ev:
    for e in tf.train.summary_iterator(os.path.join(ckdir, f)):
        for v in e.summary.value:
            steps.append((e.step, v.tag))
print(sorted(steps))
with tf.Graph().as_default():
    x = tf.Variable(1.0)
    bad = tf.log(x - 1.0) * 0.0
    step_op = tf.assign_add(x, 0.0)
    try:
        with tf.train.MonitoredTrainingSession(hooks=[tf.train.NanTensorHook(bad)]) as sess:
            sess.run(step_op)
    except RuntimeError as e:
        print(type(e).__name__, "NaN loss" in str(e))
