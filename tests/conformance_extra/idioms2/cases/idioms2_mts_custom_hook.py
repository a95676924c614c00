# Custom SessionRunHook: begin/after_create_session/before_run/after_run/end order and run_values.
from prelude import tf, np, rnd


class PrintHook(tf.train.SessionRunHook):
    def begin(self):
        self.loss = tf.get_default_graph().get_tensor_by_name("loss:0")
        print("begin", tf.get_default_graph().finalized)

    def after_create_session(self, session, coord):
        print("created", type(coord).__name__, rnd(session.run(self.loss)))

    def before_run(self, run_context):
        print("before", type(run_context.original_args).__name__,
              type(run_context.original_args.fetches).__name__)
        return tf.train.SessionRunArgs({"l": self.loss, "gs": tf.train.get_global_step()})

    def after_run(self, run_context, run_values):
        r = run_values.results
        print("after", sorted(r), r["gs"], rnd(r["l"]), type(run_values).__name__)

    def end(self, session):
        print("end", session.run(tf.train.get_global_step()))


gs = tf.train.get_or_create_global_step()
w = tf.Variable(2.0, name="w")
loss = tf.square(w, name="loss")
train = tf.train.GradientDescentOptimizer(0.25).minimize(loss, global_step=gs)
with tf.train.MonitoredTrainingSession(hooks=[PrintHook(), tf.train.StopAtStepHook(last_step=3)],
                                       save_summaries_steps=None, save_summaries_secs=None,
                                       log_step_count_steps=None) as sess:
    while not sess.should_stop():
        out = sess.run([train, w])
        print("user", type(out).__name__, out[0], rnd(out[1]))
print("closed")
