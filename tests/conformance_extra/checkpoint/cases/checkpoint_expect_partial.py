# expect_partial returns the status; partial restores still assign matched values.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    ckpt = tf.train.Checkpoint(a=tf.Variable([1.0, 2.0], name="a"), b=tf.Variable(2.0, name="b"))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = ckpt.save(os.path.join(d, "c"), session=s)
with tf.Graph().as_default():
    a = tf.Variable([0.0, 0.0], name="a")
    ckpt = tf.train.Checkpoint(a=a)
    status = ckpt.restore(p)
    print(status.expect_partial() is status)
    with tf.Session() as s:
        status.run_restore_ops(s)
        print(rnd(s.run(a)))
    try:
        status.assert_consumed()
    except AssertionError as e:
        print(type(e).__name__)
    print(status.assert_existing_objects_matched() is status)
