# Restore the manager's latest checkpoint.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    w = tf.Variable(tf.constant([[0.5, 1.5]]), name="w")
    ckpt = tf.train.Checkpoint(w=w)
    mgr = tf.train.CheckpointManager(ckpt, d, max_to_keep=None)
    with tf.Session() as s:
        s.run(w.initializer)
        for i in range(3):
            s.run(w.assign(w * 2.0))
            mgr.save()
    print(len(mgr.checkpoints))
with tf.Graph().as_default():
    w = tf.Variable(tf.zeros([1, 2]), name="w")
    ckpt = tf.train.Checkpoint(w=w)
    mgr = tf.train.CheckpointManager(ckpt, d, max_to_keep=None)
    print(os.path.basename(mgr.latest_checkpoint), len(mgr.checkpoints))
    status = ckpt.restore(mgr.latest_checkpoint)
    with tf.Session() as s:
        status.assert_consumed().run_restore_ops(s)
        print(rnd(s.run(w)), s.run(ckpt.save_counter))
