# partial_run: setup with fetches and feeds, feeding in stages, fetching an
# intermediate, errors for unknown feeds and double fetches.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, shape=[], name="a")
b = tf.placeholder(tf.float32, shape=[], name="b")
c = tf.placeholder(tf.float32, shape=[], name="c")
r1 = tf.add(a, b, name="r1")
r2 = tf.multiply(r1, c, name="r2")
with tf.Session() as sess:
    h = sess.partial_run_setup([r1, r2], [a, b, c])
    res = sess.partial_run(h, r1, feed_dict={a: 1.0, b: 2.0})
    print(rnd(res))
    res = sess.partial_run(h, r2, feed_dict={c: 3.0})
    print(rnd(res))
    h2 = sess.partial_run_setup([r1, r2], [a, b, c])
    res = sess.partial_run(h2, [r1], feed_dict={a: 5.0, b: 5.0})
    print(rnd(res))
    try:
        sess.partial_run(h2, r1, feed_dict={c: 1.0})
    except Exception as e:
        print(type(e).__name__)
    h3 = sess.partial_run_setup([r1], [a, b])
    try:
        sess.partial_run(h3, r1, feed_dict={a: 1.0, c: 1.0})
    except Exception as e:
        print(type(e).__name__)
    h4 = sess.partial_run_setup([r2], [a, b, c])
    try:
        sess.partial_run(h4, r1, feed_dict={a: 1.0, b: 1.0})
    except Exception as e:
        print(type(e).__name__)
    h5 = sess.partial_run_setup({"x": r1, "y": r2}, [a, b, c])
    print(rnd(sess.partial_run(h5, {"x": r1}, {a: 1.0, b: 1.0})))
