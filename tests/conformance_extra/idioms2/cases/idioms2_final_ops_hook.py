# FinalOpsHook with a dict of final ops and a final feed; values available after the session closes.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable(0.0, name="w")
scale = tf.placeholder(tf.float32, [], name="scale")
train = tf.group(tf.assign_add(w, 1.5), tf.assign_add(gs, 1))
hook = tf.train.FinalOpsHook({"w": w, "scaled": w * scale, "gs": gs}, final_ops_feed_dict={scale: 2.0})
print(hook.final_ops_values)
with tf.train.MonitoredTrainingSession(hooks=[hook, tf.train.StopAtStepHook(num_steps=4)],
                                       log_step_count_steps=None) as sess:
    while not sess.should_stop():
        sess.run(train)
print(sorted(hook.final_ops_values), rnd(hook.final_ops_values["scaled"]), hook.final_ops_values["gs"])
h2 = tf.train.FinalOpsHook([w])
with tf.train.MonitoredSession(hooks=[h2]) as sess:
    sess.run(train)
print(type(h2.final_ops_values).__name__, rnd(h2.final_ops_values))
