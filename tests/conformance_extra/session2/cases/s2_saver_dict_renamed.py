# Saver var_list as a dict with renamed checkpoint keys; restore into
# differently named variables; list_variables shows the keys.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
with tf.Graph().as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    b = tf.Variable(7, name="b")
    saver = tf.train.Saver({"renamed/first": a, "second": b})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, "ck")
        print(os.path.basename(p))
print(sorted(n for n, _ in tf.train.list_variables("ck")))
print(sorted((n, s) for n, s in tf.train.list_variables("ck")))
with tf.Graph().as_default():
    x = tf.Variable([0.0, 0.0], name="x")
    y = tf.Variable(0, name="y")
    saver = tf.train.Saver({"renamed/first": x, "second": y})
    with tf.Session() as sess:
        saver.restore(sess, "ck")
        print(sess.run(x).tolist(), sess.run(y))
with tf.Graph().as_default():
    x = tf.Variable([0.0, 0.0], name="x")
    saver = tf.train.Saver({"second": x})
    with tf.Session() as sess:
        try:
            saver.restore(sess, "ck")
        except Exception as e:
            print(type(e).__name__)
