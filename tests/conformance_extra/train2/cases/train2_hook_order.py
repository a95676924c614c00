# Order of SessionRunHook calls for several hooks, request_stop, and feeds/fetches from before_run.
from prelude import tf, np, rnd

events = []


class H(tf.train.SessionRunHook):
    def __init__(self, tag, stop_at=None):
        self.tag = tag
        self.stop_at = stop_at
        self.n = 0

    def begin(self):
        events.append((self.tag, "begin"))

    def after_create_session(self, session, coord):
        events.append((self.tag, "create", type(coord).__name__))

    def before_run(self, run_context):
        events.append((self.tag, "before", sorted(run_context.original_args.fetches.keys())
                       if isinstance(run_context.original_args.fetches, dict) else None))
        return tf.train.SessionRunArgs({"w": w}, feed_dict={x: 1.0} if self.tag == "A" else None)

    def after_run(self, run_context, run_values):
        self.n += 1
        events.append((self.tag, "after", rnd(run_values.results)))
        if self.stop_at is not None and self.n >= self.stop_at:
            run_context.request_stop()
            events.append((self.tag, "requested", run_context.stop_requested))

    def end(self, session):
        events.append((self.tag, "end"))


gs = tf.train.get_or_create_global_step()
x = tf.placeholder(tf.float32, [], name="x")
w = tf.Variable(2.0, name="w")
train = tf.train.GradientDescentOptimizer(0.25).minimize(w * w * x, global_step=gs)
count = 0
with tf.train.MonitoredTrainingSession(hooks=[H("A"), H("B", stop_at=2)]) as sess:
    while not sess.should_stop():
        out = sess.run({"t": train})
        count += 1
        events.append(("main", sorted(out)))
print(count)
for e in events:
    print(e)
print(tf.train.SessionRunHook().before_run(None))
