# Restore failures with default variables: missing key, shape mismatch, dtype mismatch, bad path; empty savers.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    with tf.Session() as sess:
        sess.run(a.initializer)
        p = tf.train.Saver().save(sess, os.path.join(tmp, "m"))


def try_restore(build):
    with tf.Graph().as_default():
        build()
        s = tf.train.Saver()
        with tf.Session() as sess:
            try:
                s.restore(sess, p)
                print("ok")
            except Exception as e:  # noqa: BLE001
                print(type(e).__name__)


try_restore(lambda: tf.Variable([0.0, 0.0], name="b"))
try_restore(lambda: tf.Variable([0.0, 0.0, 0.0], name="a"))
try_restore(lambda: tf.Variable([0, 0], name="a"))
try_restore(lambda: tf.Variable([0.0, 0.0], name="a"))
with tf.Graph().as_default():
    v = tf.Variable(1.0, name="a")
    s = tf.train.Saver()
    with tf.Session() as sess:
        for path in (os.path.join(tmp, "nope"), None):
            try:
                s.restore(sess, path)
                print("ok")
            except Exception as e:  # noqa: BLE001
                print(type(e).__name__)
with tf.Graph().as_default():
    try:
        tf.train.Saver()
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    s = tf.train.Saver(allow_empty=True)
    print(s.saver_def.filename_tensor_name if s.saver_def is not None else None)
    with tf.Session() as sess:
        print(s.save(sess, os.path.join(tmp, "empty")))
