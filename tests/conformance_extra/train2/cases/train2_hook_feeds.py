# Hooks adding feeds and fetches: conflicts with user feeds, FinalOpsHook, FeedFnHook, run_context fields.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
y = x * 2.0
gs = tf.train.get_or_create_global_step()
inc = tf.assign_add(gs, 1)


class Feeder(tf.train.SessionRunHook):
    def before_run(self, run_context):
        print("orig", type(run_context.original_args).__name__, run_context.original_args.feed_dict is not None,
              type(run_context.session).__name__)
        return tf.train.SessionRunArgs(fetches=[y], feed_dict={x: 3.0})

    def after_run(self, run_context, run_values):
        print("after", rnd(run_values.results), run_values.options is not None)


final = tf.train.FinalOpsHook(final_ops={"g": gs, "y2": y * 10.0}, final_ops_feed_dict={x: 0.5})
fh = tf.train.FeedFnHook(lambda: {x: 4.0})
with tf.train.MonitoredSession(hooks=[Feeder(), final]) as sess:
    print(rnd(sess.run([y, inc])))
    try:
        sess.run(y, feed_dict={x: 1.0})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
print(rnd(final.final_ops_values))
with tf.train.MonitoredSession(hooks=[fh]) as sess:
    print(rnd(sess.run(y)))
    print(type(sess.raw_session()).__name__ if hasattr(sess, "raw_session") else "none")
with tf.train.SingularMonitoredSession(hooks=[fh]) as sess:
    print(rnd(sess.run(y)), type(sess.raw_session()).__name__)
    print(rnd(sess.run_step_fn(lambda step_context: step_context.run_with_hooks(y))))
    print(rnd(sess.run_step_fn(lambda step_context: step_context.session.run(y, {x: 7.0}))))
