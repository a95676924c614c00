# partial_run_setup / partial_run error cases.
from prelude import tf, np

a = tf.placeholder(tf.float32, shape=[], name="a")
b = tf.placeholder(tf.float32, shape=[], name="b")
c = tf.add(a, b, name="c")
d = tf.multiply(c, 2.0, name="d")
with tf.Session() as sess:
    h = sess.partial_run_setup([c, d], [a, b])
    print(type(h).__name__)
    print(sess.partial_run(h, c, feed_dict={a: 1.0, b: 2.0}))
    for fetch, feed in [(d, {a: 5.0}), (c, {}), (d, {})]:
        try:
            print(sess.partial_run(h, fetch, feed_dict=feed))
        except Exception as e:
            print(type(e).__name__)
    h2 = sess.partial_run_setup([d], [a, b])
    try:
        sess.partial_run(h2, c, feed_dict={a: 1.0, b: 1.0})
    except Exception as e:
        print(type(e).__name__)
    h3 = sess.partial_run_setup([d], [a, b])
    try:
        sess.partial_run(h3, d, feed_dict={a: 1.0})
    except Exception as e:
        print(type(e).__name__)
    h4 = sess.partial_run_setup([d], [a])
    try:
        sess.partial_run(h4, d, feed_dict={a: 1.0, b: 1.0})
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.partial_run("bogus", d, feed_dict={a: 1.0, b: 1.0})
    except Exception as e:
        print(type(e).__name__)
