# StopAtStepHook with num_steps vs last_step, bad arguments, and a session resumed past last_step.
from prelude import tf, np, rnd

for kw in [dict(num_steps=3), dict(last_step=3)]:
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        inc = tf.assign_add(gs, 2)
        seen = []
        with tf.train.MonitoredTrainingSession(hooks=[tf.train.StopAtStepHook(**kw)],
                                               log_step_count_steps=None) as sess:
            while not sess.should_stop():
                seen.append(int(sess.run(inc)))
        print(sorted(kw), seen)
for kw in [dict(), dict(num_steps=1, last_step=2)]:
    try:
        tf.train.StopAtStepHook(**kw)
        print("ok")
    except ValueError as e:
        print(type(e).__name__)
with tf.Graph().as_default():
    x = tf.Variable(1.0)
    try:
        with tf.train.MonitoredTrainingSession(hooks=[tf.train.StopAtStepHook(last_step=2)]) as sess:
            sess.run(x)
    except RuntimeError as e:
        print("no global step", type(e).__name__)
