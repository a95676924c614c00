# Restoring a checkpoint that does not exist.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
ckpt = tf.train.Checkpoint(v=tf.Variable(1.0, name="v"))
try:
    ckpt.restore(os.path.join(d, "nothing-here"))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
print(tf.train.latest_checkpoint(d))
try:
    tf.train.list_variables(os.path.join(d, "nothing-here"))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
