# restore(...).run_restore_ops puts the saved values back.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable([[5, 6]], name="w", dtype=tf.int64)
ckpt = tf.train.Checkpoint(v=v, w=w)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "c"), session=s)
    s.run([v.assign([9.0, 9.0]), w.assign([[0, 0]])])
    print(rnd(s.run(v)), s.run(w).tolist())
    status = ckpt.restore(p)
    print(type(status).__name__)
    status.run_restore_ops(s)
    print(rnd(s.run(v)), s.run(w).tolist(), s.run(w).dtype)
    print(status.assert_consumed() is status)
