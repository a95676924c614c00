# MonitoredTrainingSession with checkpoint_dir, StopAtStepHook(last_step) and NanTensorHook; resumes from the checkpoint in a second run.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()


def build():
    tf.reset_default_graph()
    gs = tf.train.get_or_create_global_step()
    w = tf.get_variable("w", [], initializer=tf.constant_initializer(4.0))
    loss = tf.square(w - 1.0)
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    return gs, w, loss, train


for last in (7, 12):
    gs, w, loss, train = build()
    hooks = [tf.train.StopAtStepHook(last_step=last), tf.train.NanTensorHook(loss)]
    n = 0
    with tf.train.MonitoredTrainingSession(checkpoint_dir=d, hooks=hooks, save_summaries_steps=None,
                                           save_checkpoint_secs=None, save_checkpoint_steps=5,
                                           log_step_count_steps=None) as mon:
        start = mon.run(gs)
        while not mon.should_stop():
            _, l = mon.run([train, loss])
            n += 1
    print("start", start, "ran", n, "last loss %.4g" % l)
    print(os.path.basename(tf.train.latest_checkpoint(d)))
    print(tf.train.load_variable(d, "global_step"), "%.4g" % tf.train.load_variable(d, "w"))
gs, w, loss, train = build()
bad = tf.log(w - 10.0)
try:
    with tf.train.MonitoredTrainingSession(hooks=[tf.train.NanTensorHook(bad)], log_step_count_steps=None) as mon:
        mon.run(train)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.train.MonitoredTrainingSession(hooks=[tf.train.NanTensorHook(bad, fail_on_nan_loss=False)], log_step_count_steps=None) as mon:
    mon.run(train)
    print("stopped", mon.should_stop())
