# LoggingTensorHook logs (to the logger, not stdout); constructor validation errors.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable(4.0, name="w")
loss = tf.square(w, name="loss")
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
hook = tf.train.LoggingTensorHook({"loss": loss, "step": gs}, every_n_iter=2)
hook2 = tf.train.LoggingTensorHook(["loss:0", w], every_n_iter=1,
                                   formatter=lambda d: "custom %d" % len(d))
hook3 = tf.train.LoggingTensorHook({"w": w}, at_end=True, every_n_iter=100)
with tf.train.MonitoredTrainingSession(hooks=[hook, hook2, hook3, tf.train.StopAtStepHook(last_step=4)],
                                       log_step_count_steps=None) as sess:
    while not sess.should_stop():
        sess.run(train)
print("done")
for args, kw in [((["loss:0"],), {}), ((["loss:0"],), dict(every_n_iter=1, every_n_secs=1)),
                 ((["loss:0"],), dict(every_n_iter=0)), ((["loss:0"],), dict(at_end=True))]:
    try:
        tf.train.LoggingTensorHook(*args, **kw)
        print("ok")
    except ValueError as e:
        print(type(e).__name__)
