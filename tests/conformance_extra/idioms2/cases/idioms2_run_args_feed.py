# Hooks feeding tensors through SessionRunArgs(feed_dict=...), and a feed conflict with the user's feed.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
keep = tf.placeholder_with_default(1.0, [], name="keep")
w = tf.Variable(1.0)
out = w * x * keep


class FeedHook(tf.train.SessionRunHook):
    def before_run(self, run_context):
        return tf.train.SessionRunArgs(fetches=None, feed_dict={keep: 0.5})

    def after_run(self, run_context, run_values):
        print("results", run_values.results)


with tf.train.MonitoredSession(hooks=[FeedHook()]) as sess:
    print(rnd(sess.run(out, {x: 4.0})))
    print(rnd(sess.run(out, feed_dict={x: 2.0})))
    try:
        sess.run(out, {x: 1.0, keep: 1.0})
    except RuntimeError as e:
        print(type(e).__name__)
    print(sess.should_stop())
