# Session.make_callable: fetch structures, feed_list by tensor and name,
# positional feeding, errors for bad fetches.
import collections
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, shape=[None], name="x")
y = tf.placeholder(tf.float32, shape=[], name="y")
s = x * y
t = tf.reduce_sum(s)
P = collections.namedtuple("P", ["s", "t"])
with tf.Session() as sess:
    f = sess.make_callable(t, feed_list=[x, y])
    print(rnd(f([1.0, 2.0], 3.0)))
    g = sess.make_callable([s, t], feed_list=["x:0", "y:0"])
    r = g(np.array([1.0, 1.0]), 2.0)
    print(type(r).__name__, rnd(r[0]), rnd(r[1]))
    h = sess.make_callable(P(s, t), feed_list=[x, y])
    r = h([2.0], 2.0)
    print(type(r).__name__, rnd(r.s), rnd(r.t))
    c = sess.make_callable(tf.constant(5))
    print(c())
    o = sess.make_callable(tf.no_op())
    print(o())
    d = sess.make_callable({"a": t}, [x, y])
    print(rnd(d([1.0], 1.0)))
    try:
        sess.make_callable(None)
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.make_callable(t, feed_list=[x, y])([1.0, 2.0], [3.0])
    except Exception as e:
        print(type(e).__name__)
    k = sess.make_callable(t, feed_list=[x, y], accept_options=True)
    md = tf.RunMetadata()
    print(rnd(k([1.0], 1.0, options=tf.RunOptions(), run_metadata=md)))
