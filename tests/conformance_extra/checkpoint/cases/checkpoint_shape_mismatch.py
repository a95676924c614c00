# Restoring into a ref variable of another shape fails when the restore runs.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    ckpt = tf.train.Checkpoint(v=tf.Variable([1.0, 2.0], name="v"))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = ckpt.save(os.path.join(d, "c"), session=s)
with tf.Graph().as_default():
    v = tf.Variable([0.0, 0.0, 0.0], name="v", use_resource=False)
    status = tf.train.Checkpoint(v=v).restore(p)
    print("built")
    with tf.Session() as s:
        s.run(v.initializer)
        try:
            status.run_restore_ops(s)
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
        print(rnd(s.run(v)))
