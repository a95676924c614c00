# NanTensorHook(fail_on_nan_loss=False) requests stop instead of raising; the step still runs.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0)
loss = tf.log(w - 0.5 * tf.cast(gs, tf.float32))
with tf.control_dependencies([loss]):
    step = tf.group(tf.assign_add(gs, 1), name="step")
vals = []
with tf.train.MonitoredTrainingSession(hooks=[tf.train.NanTensorHook(loss, fail_on_nan_loss=False)],
                                       log_step_count_steps=None) as sess:
    while not sess.should_stop():
        l, _ = sess.run([loss, step])
        vals.append(rnd(l, 4) if np.isfinite(l) else str(l))
print(vals)
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    bad = tf.constant(float("nan"))
    try:
        with tf.train.MonitoredTrainingSession(hooks=[tf.train.NanTensorHook(bad)],
                                               log_step_count_steps=None) as sess:
            sess.run(gs)
            print("unreached")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__, type(e).__mro__[1].__name__)
