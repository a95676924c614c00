# Session.partial_run setup and steps, errors.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

sess = tf.Session()
a = tf.placeholder(tf.float32, [], name="a")
b = tf.placeholder(tf.float32, [], name="b")
c = tf.placeholder(tf.float32, [], name="c")
r1 = tf.add(a, b, name="r1")
r2 = tf.multiply(r1, c, name="r2")
h = sess.partial_run_setup([r1, r2], [a, b, c])
print(type(h).__name__)
print(rnd(sess.partial_run(h, r1, feed_dict={a: 1, b: 2})))
print(rnd(sess.partial_run(h, r2, feed_dict={c: 3})))
t("again", lambda: sess.partial_run(h, r2, feed_dict={c: 3}))
h2 = sess.partial_run_setup([r1, r2], [a, b, c])
t("missing_feed", lambda: sess.partial_run(h2, r2, feed_dict={c: 3}))
h3 = sess.partial_run_setup([r1], [a, b])
t("not_setup_fetch", lambda: sess.partial_run(h3, r2, feed_dict={a: 1, b: 1, c: 1}))
h4 = sess.partial_run_setup([r1], [a, b])
t("not_setup_feed", lambda: sess.partial_run(h4, r1, feed_dict={a: 1, b: 1, c: 1}))
h5 = sess.partial_run_setup([r1, r2], [a, b, c])
t("list_fetch", lambda: rnd(sess.partial_run(h5, [r1], feed_dict={a: 1, b: 1})))
t("refeed", lambda: sess.partial_run(h5, r2, feed_dict={a: 1, c: 2}))
t("bad_handle", lambda: sess.partial_run("nope", r1, feed_dict={a: 1, b: 1}))
t("no_feeds", lambda: type(sess.partial_run_setup([r1])).__name__)
