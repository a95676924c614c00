# make_callable with feed_list and accept_options: options/run_metadata
# keyword arguments, wrong argument counts, structured fetches.
import collections
from prelude import tf, np

x = tf.placeholder(tf.float32, name="x")
y = tf.placeholder(tf.float32, name="y")
s = tf.add(x, y, name="s")
with tf.Session() as sess:
    f = sess.make_callable(s, feed_list=[x, y], accept_options=True)
    print(f(1.0, 2.0))
    md = tf.RunMetadata()
    opts = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
    print(f(3.0, 4.0, options=opts, run_metadata=md))
    print(md.HasField("step_stats"))
    print(f(1.0, 1.0, options=None, run_metadata=None))
    try:
        f(1.0)
    except Exception as e:
        print(type(e).__name__)
    g = sess.make_callable(s, feed_list=[x, y])
    try:
        g(1.0, 2.0, options=opts)
    except Exception as e:
        print(type(e).__name__)
    h = sess.make_callable([s, s.op, {"k": s}], feed_list=["x:0", y])
    print(h(2.0, 5.0))
    k = sess.make_callable(s.op, feed_list=[x, y])
    print(k(1.0, 2.0))
    n = sess.make_callable(collections.OrderedDict(b=x, a=s), feed_list=[x, y])
    print(n(1.0, 2.0))
    try:
        sess.make_callable(s, feed_list=[x, y])(np.zeros(2), np.zeros(3))
    except Exception as e:
        print(type(e).__name__)
