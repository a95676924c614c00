# A Checkpoint restoring a tf.train.Saver checkpoint matches variables by graph name.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    saver = tf.train.Saver()
    with tf.Session() as s:
        s.run(v.initializer)
        p = saver.save(s, os.path.join(d, "model"))
with tf.Graph().as_default():
    v = tf.Variable([0.0, 0.0], name="v")
    status = tf.train.Checkpoint(v=v).restore(p)
    print(type(status).__name__)
    with tf.Session() as s:
        s.run(v.initializer)
        try:
            status.run_restore_ops(s)  # the new save_counter is not in the Saver's checkpoint
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
        print(rnd(s.run(v)))
