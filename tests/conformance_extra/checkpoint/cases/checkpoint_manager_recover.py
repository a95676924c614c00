# A new CheckpointManager on the same directory picks up the kept checkpoints.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
step = tf.train.get_or_create_global_step()
ckpt = tf.train.Checkpoint(v=v, step=step)
mgr = tf.train.CheckpointManager(ckpt, d, max_to_keep=3, checkpoint_name="model")
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for i in range(4):
        s.run(tf.assign_add(step, 5))
        print(os.path.basename(mgr.save(checkpoint_number=step)))
again = tf.train.CheckpointManager(ckpt, d, max_to_keep=1)
print([os.path.basename(p) for p in again.checkpoints], os.path.basename(again.latest_checkpoint))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(os.path.basename(again.save()))
print([os.path.basename(p) for p in again.checkpoints])
print(sorted(f for f in os.listdir(d) if f.endswith(".index")))
