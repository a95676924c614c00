# Restore errors: missing variable, shape mismatch, missing checkpoint.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g1 = tf.Graph()
with g1.as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, os.path.join(tmp, "m"))

g2 = tf.Graph()
with g2.as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    b = tf.Variable(3.0, name="b")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        try:
            saver.restore(sess, path)
        except Exception as e:
            print(type(e).__name__)
            msg = str(e)
            print("b" in msg, "not found in checkpoint" in msg)

g3 = tf.Graph()
with g3.as_default():
    a = tf.Variable([1.0, 2.0, 3.0], name="a")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        try:
            saver.restore(sess, path)
        except Exception as e:
            print(type(e).__name__)
            print("shape" in str(e))

g4 = tf.Graph()
with g4.as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        try:
            saver.restore(sess, os.path.join(tmp, "nothere"))
        except Exception as e:
            print(type(e).__name__)
        try:
            saver.restore(sess, None)
        except Exception as e:
            print(type(e).__name__)
print(tf.train.latest_checkpoint(os.path.join(tmp, "empty")))
print(tf.train.checkpoint_exists(path), tf.train.checkpoint_exists(os.path.join(tmp, "zz")))
