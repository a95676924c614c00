# SingularMonitoredSession: raw_session, run_step_fn with request_stop (StopIteration swallowed by the with), close twice.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0, name="w")
train = tf.group(tf.assign_add(w, 0.5), tf.assign_add(gs, 1))
with tf.control_dependencies([train]):
    w_after = w.read_value()


def step_fn(step_context):
    r = step_context.run_with_hooks([train, w_after])
    if r[1] >= 2.0:
        step_context.request_stop()
    return r[1]


vals = []
with tf.train.SingularMonitoredSession(hooks=[tf.train.StopAtStepHook(last_step=3)]) as sess:
    raw = sess.raw_session()
    print(type(raw).__name__, rnd(raw.run(w)), type(sess.graph).__name__)
    while not sess.should_stop():
        vals.append(rnd(sess.run_step_fn(step_fn)))
    print("unreached")
print(vals, sess.should_stop())
try:
    sess.close()
except RuntimeError as e:
    print("close again", type(e).__name__)
try:
    sess.run(w)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
