# MonitoredTrainingSession with StopAtStepHook and a custom hook.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable(4.0, name="w")
train = tf.train.GradientDescentOptimizer(0.25).minimize(w * w, global_step=gs)


class Recorder(tf.train.SessionRunHook):
    def __init__(self):
        self.events = []

    def begin(self):
        self.events.append("begin")

    def after_create_session(self, session, coord):
        self.events.append("created")

    def before_run(self, run_context):
        self.events.append("before")
        return tf.train.SessionRunArgs(w)

    def after_run(self, run_context, run_values):
        self.events.append(("after", rnd(run_values.results)))

    def end(self, session):
        self.events.append("end")


rec = Recorder()
steps = 0
with tf.train.MonitoredTrainingSession(hooks=[tf.train.StopAtStepHook(last_step=3), rec]) as sess:
    while not sess.should_stop():
        sess.run(train)
        steps += 1
print(steps)
print(rec.events)
with tf.train.MonitoredSession(hooks=[tf.train.StopAtStepHook(num_steps=2)]) as sess:
    n = 0
    while not sess.should_stop():
        sess.run(train)
        n += 1
    print(n)
