# CheckpointManager numbering, max_to_keep and the state file.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable(0.0, name="v")
ckpt = tf.train.Checkpoint(v=v)
mgr = tf.train.CheckpointManager(ckpt, os.path.join(d, "run"), max_to_keep=2)
print(mgr.latest_checkpoint, mgr.checkpoints, os.path.basename(mgr.directory))
with tf.Session() as s:
    s.run(v.initializer)
    for _ in range(3):
        s.run(v.assign_add(1.0))
        print(os.path.basename(mgr.save()))
    print(os.path.basename(mgr.save(checkpoint_number=10)))
    print([os.path.basename(p) for p in mgr.checkpoints])
    print(os.path.basename(mgr.latest_checkpoint))
    print(sorted(os.listdir(os.path.join(d, "run"))))
    print(s.run(ckpt.save_counter))
    print(rnd(tf.train.load_variable(mgr.latest_checkpoint, "v/.ATTRIBUTES/VARIABLE_VALUE")))
lines = open(os.path.join(d, "run", "checkpoint")).read().splitlines()
print([l for l in lines if "timestamp" not in l])
