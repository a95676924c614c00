# Restoring into a graph with a variable the checkpoint lacks: error class,
# message mentions the key; restoring only the present one works.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
with tf.Graph().as_default():
    a = tf.Variable(1.5, name="a")
    with tf.Session() as sess:
        sess.run(a.initializer)
        tf.train.Saver().save(sess, "model")
with tf.Graph().as_default():
    a = tf.Variable(0.0, name="a")
    extra = tf.Variable(0.0, name="extra")
    with tf.Session() as sess:
        try:
            tf.train.Saver().restore(sess, "model")
        except tf.errors.NotFoundError as e:
            print(type(e).__name__, isinstance(e, tf.errors.OpError))
            print("extra" in str(e))
        tf.train.Saver([a]).restore(sess, "model")
        print(sess.run(a))
        try:
            tf.train.Saver().restore(sess, "no_such_model")
        except Exception as e:
            print(type(e).__name__)
        try:
            tf.train.Saver().restore(sess, None)
        except Exception as e:
            print(type(e).__name__)
