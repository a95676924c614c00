# Checkpoint.save numbers checkpoints prefix-1, prefix-2 and writes the state file.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
ckpt = tf.train.Checkpoint(v=v)
with tf.Session() as s:
    s.run(v.initializer)
    p1 = ckpt.save(os.path.join(d, "ckpt"), session=s)
    p2 = ckpt.save(os.path.join(d, "ckpt"), session=s)
    print(os.path.basename(p1), os.path.basename(p2))
    print(sorted(os.listdir(d)))
    print(os.path.basename(tf.train.latest_checkpoint(d)))
    print(s.run(ckpt.save_counter), ckpt.save_counter.dtype.name, ckpt.save_counter.shape)
    print(ckpt.save_counter.name)
print(open(os.path.join(d, "checkpoint")).read().splitlines()[:2])
