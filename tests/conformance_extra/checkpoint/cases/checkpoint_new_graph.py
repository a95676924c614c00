# Restore into a freshly built graph and session.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable(tf.constant([[1.5, -2.0], [0.25, 4.0]]), name="kernel")
    ckpt = tf.train.Checkpoint(kernel=v)
    with tf.Session() as s:
        s.run(v.initializer)
        p = ckpt.save(os.path.join(d, "m"), session=s)
with tf.Graph().as_default():
    v = tf.Variable(tf.zeros([2, 2]), name="other_name")
    ckpt = tf.train.Checkpoint(kernel=v)
    status = ckpt.restore(p)
    with tf.Session() as s:
        status.run_restore_ops(s)
        print(rnd(s.run(v)))
        print(s.run(ckpt.save_counter))
        status.assert_consumed()
        print("consumed")
