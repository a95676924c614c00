# MonitoredTrainingSession ending on OutOfRangeError from a dataset, hook end() and should_stop.
from prelude import tf, np, rnd

events = []


class H(tf.train.SessionRunHook):
    def after_run(self, run_context, run_values):
        events.append("after")

    def end(self, session):
        events.append(("end", rnd(session.run(w))))


ds = tf.data.Dataset.from_tensor_slices(np.array([1.0, 2.0, 3.0], np.float32))
nxt = tf.data.make_one_shot_iterator(ds).get_next()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(0.0, name="w")
train = tf.group(tf.assign_add(w, nxt), tf.assign_add(gs, 1))
n = 0
with tf.train.MonitoredTrainingSession(hooks=[H()]) as sess:
    while not sess.should_stop():
        sess.run(train)
        n += 1
    print("should_stop", sess.should_stop())
print(n, events)
events.clear()
try:
    with tf.train.MonitoredTrainingSession(hooks=[H()]) as sess:
        sess.run(train)
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", events)
