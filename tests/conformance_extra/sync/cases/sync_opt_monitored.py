# One worker under MonitoredTrainingSession with the chief hook: values follow the global step.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
gs = tf.train.get_or_create_global_step()
loss = tf.reduce_sum(w * w)
opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.25), 1, 1)
train = opt.minimize(loss, global_step=gs)
hook = opt.make_session_run_hook(is_chief=True)
with tf.train.MonitoredTrainingSession(hooks=[hook], stop_grace_period_secs=1) as sess:
    print(sess.run(opt._local_step), sess.run(w).tolist())
    for _ in range(4):
        sess.run(train)
    step, value = sess.run([gs, w])
print(1 <= step <= 4, np.allclose(value, np.array([1.0, 2.0]) * 0.5 ** step))
