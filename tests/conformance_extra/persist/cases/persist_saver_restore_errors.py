# Restore errors: missing var -> NotFoundError, dtype mismatch -> InvalidArgumentError, resource variables
# take a value of another shape, no variables -> ValueError, bad save_path.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    i = tf.Variable(3, name="i")
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = s.save(sess, os.path.join(tmp, "ck"))


def attempt(build):
    with tf.Graph().as_default():
        try:
            saver = build()
        except Exception as e:  # noqa: BLE001
            print("build", type(e).__name__)
            return
        with tf.Session() as sess:
            try:
                saver.restore(sess, p)
                print("restored")
            except Exception as e:  # noqa: BLE001
                print("run", type(e).__name__)


attempt(lambda: tf.train.Saver([tf.Variable(0.0, name="zz")]))
attempt(lambda: tf.train.Saver([tf.Variable([0.0, 0.0, 0.0], name="a", use_resource=True)]))
attempt(lambda: tf.train.Saver([tf.Variable([[0.0, 0.0]], name="a", use_resource=True)]))
attempt(lambda: tf.train.Saver([tf.Variable(0.0, name="i")]))
attempt(lambda: tf.train.Saver([tf.Variable(0.0, name="i", use_resource=True)]))
attempt(lambda: tf.train.Saver({"i": tf.Variable(0, name="other")}))
attempt(lambda: tf.train.Saver())
attempt(lambda: tf.train.Saver([]))
attempt(lambda: tf.train.Saver({}))
with tf.Graph().as_default():
    v = tf.Variable(1.0, name="v")
    s = tf.train.Saver()
    with tf.Session() as sess:
        for bad in [os.path.join(tmp, "nope"), os.path.join(tmp, "nope", "deeper")]:
            try:
                s.restore(sess, bad)
            except Exception as e:  # noqa: BLE001
                print(type(e).__name__)
        try:
            s.restore(sess, "")
        except Exception as e:  # noqa: BLE001
            print("empty", type(e).__name__)
