# A variable reachable along two paths is saved once, under its first path.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
shared = tf.Variable([1.0], name="shared")
m = tf.Module(name="m")
m.alias = shared
ckpt = tf.train.Checkpoint(b=[shared], a=m, c=shared)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "s"), session=s)
    print([n for n, _ in tf.train.list_variables(p)])
    s.run(shared.assign([5.0]))
    st = ckpt.restore(p)
    st.run_restore_ops(s)
    print(rnd(s.run(shared)))
    st.assert_consumed()
    print("ok")
