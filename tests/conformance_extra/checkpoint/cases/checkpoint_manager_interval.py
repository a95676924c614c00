# CheckpointManager with step_counter and checkpoint_interval skips saves between intervals.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
step = tf.Variable(0, dtype=tf.int64, name="step")
ckpt = tf.train.Checkpoint(step=step)
mgr = tf.train.CheckpointManager(ckpt, d, max_to_keep=None, step_counter=step,
                                 checkpoint_interval=2)
print(mgr.checkpoint_interval, mgr.checkpoint is ckpt)
bump = step.assign_add(1)
with tf.Session() as s:
    s.run(step.initializer)
    for i in range(5):
        path = mgr.save()
        print(s.run(step), path and os.path.basename(path))
        s.run(bump)
    print(os.path.basename(mgr.save(check_interval=False)))
    print([os.path.basename(p) for p in mgr.checkpoints], s.run(ckpt.save_counter))
