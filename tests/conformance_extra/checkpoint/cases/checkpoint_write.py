# write() saves at exactly the prefix given: no counter, no state file.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable([1, 2, 3], name="v", dtype=tf.int32)
ckpt = tf.train.Checkpoint(v=v)
with tf.Session() as s:
    s.run(v.initializer)
    p = ckpt.write(os.path.join(d, "sub", "dir", "plain"), session=s)
    print(os.path.relpath(p, d))
    print(sorted(os.listdir(os.path.join(d, "sub", "dir"))))
    print([n for n, _ in tf.train.list_variables(p)])
    print(tf.train.load_variable(p, "v/.ATTRIBUTES/VARIABLE_VALUE").tolist())
    s.run(v.assign([0, 0, 0]))
    ckpt.restore(p).run_restore_ops(s)
    print(s.run(v).tolist())
