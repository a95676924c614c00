# Bad arguments to Checkpoint and CheckpointManager.
from prelude import tf, np, rnd
import tempfile

v = tf.Variable(1.0, name="v")
for bad in (1.0, "x", np.zeros(2)):
    try:
        tf.train.Checkpoint(v=bad)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.train.Checkpoint(v)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
ckpt = tf.train.Checkpoint(v=v)
try:
    ckpt.save_counter = v
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
for n in (0, -1):
    try:
        tf.train.CheckpointManager(ckpt, tempfile.mkdtemp(), max_to_keep=n)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.train.CheckpointManager(ckpt, tempfile.mkdtemp(), max_to_keep=3, checkpoint_interval=5)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    tf.Module(name="not valid")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
