# A hook stops training through run_context.request_stop() once the loss is small enough.
from prelude import tf, np, rnd


class EarlyStop(tf.train.SessionRunHook):
    def __init__(self, loss, threshold):
        self._loss, self._thr = loss, threshold

    def before_run(self, run_context):
        return tf.train.SessionRunArgs(self._loss)

    def after_run(self, run_context, run_values):
        if run_values.results < self._thr:
            print("stop requested at loss", rnd(run_values.results, 4))
            run_context.request_stop()
            print("stop_requested", run_context.stop_requested)


gs = tf.train.get_or_create_global_step()
w = tf.Variable(5.0)
loss = tf.square(w)
train = tf.train.GradientDescentOptimizer(0.2).minimize(loss, global_step=gs)
steps = 0
with tf.train.MonitoredTrainingSession(hooks=[EarlyStop(loss, 0.5)], log_step_count_steps=None,
                                       save_summaries_steps=None, save_summaries_secs=None) as sess:
    while not sess.should_stop():
        sess.run(train)
        steps += 1
    print("should_stop", sess.should_stop())
print("steps", steps)
