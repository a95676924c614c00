# Saver with a dict var_list renames checkpoint keys; restore into differently named variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g1 = tf.Graph()
with g1.as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    b = tf.Variable(7, name="b")
    saver = tf.train.Saver({"weights/kernel": a, "count": b})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, os.path.join(tmp, "m"))
print(os.path.basename(p), tf.train.list_variables(p))
g2 = tf.Graph()
with g2.as_default():
    x = tf.Variable([0.0, 0.0], name="x")
    y = tf.Variable(0, name="y")
    z = tf.Variable(5.0, name="z")
    s2 = tf.train.Saver({"weights/kernel": x, "count": y})
    with tf.Session() as sess:
        sess.run(z.initializer)
        s2.restore(sess, p)
        print(rnd(sess.run(x)), sess.run(y), rnd(sess.run(z)))
    s3 = tf.train.Saver(var_list={"count": y})
    with tf.Session() as sess:
        s3.restore(sess, p)
        print(sess.run(y))
        print(sorted(v.decode() for v in sess.run(tf.report_uninitialized_variables())))
