# Session.run argument errors: bad options/run_metadata types, feed_dict
# not a dict, fetch of a Variable object and of a list of variables.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[], name="x")
y = x + 1.0
v = tf.Variable(2.0, name="v")
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v), sess.run([v, v]), sess.run({"v": v}))
    for kw in [dict(feed_dict=[(x, 1.0)]), dict(feed_dict={x: 1.0}, options="opts"),
               dict(feed_dict={x: 1.0}, run_metadata=5), dict(feed_dict=None)]:
        try:
            print(sess.run(y, **kw))
        except Exception as e:
            print(type(e).__name__)
    print(sess.run(y, feed_dict={x: 1.0}, options=None, run_metadata=None))
    print(sess.run(y, {x: np.array(2.0)}))
    md = tf.RunMetadata()
    sess.run(y, {x: 1.0}, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE),
             run_metadata=md)
    print(md.HasField("step_stats"))
    sess.run(y, {x: 1.0}, run_metadata=md)
    print(md.HasField("step_stats"), md.ByteSize())
