# keep_checkpoint_every_n_hours keeps swept checkpoints' files when enough time has passed;
# in a new session the save counter is uninitialized (NotFoundError), as in TF.
from prelude import tf, np, rnd
import os, tempfile, time

v = tf.Variable(1.0, name="v")
ckpt = tf.train.Checkpoint(v=v)
with tf.Session() as s:
    s.run(v.initializer)
    for hours in (1e-9, 1000.0):
        d = tempfile.mkdtemp()
        mgr = tf.train.CheckpointManager(ckpt, d, max_to_keep=1, keep_checkpoint_every_n_hours=hours)
        for _ in range(3):
            time.sleep(0.01)
            mgr.save()
        print(hours, [os.path.basename(p) for p in mgr.checkpoints],
              sorted(f for f in os.listdir(d) if f.endswith(".index")))
with tf.Session() as s:
    s.run(v.initializer)
    try:
        mgr.save()
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    s.run(ckpt.save_counter.initializer)
    print(os.path.basename(mgr.save()))
