# saver.last_checkpoints, set_last_checkpoints, recover_last_checkpoints and deletion order.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
s = tf.train.Saver(max_to_keep=2)
print(s.last_checkpoints)
with tf.Session() as sess:
    sess.run(v.initializer)
    s.save(sess, os.path.join(tmp, "m"), global_step=1)
    s.save(sess, os.path.join(tmp, "m"), global_step=2)
    s.save(sess, os.path.join(tmp, "m"), global_step=1)
    print([os.path.basename(p) for p in s.last_checkpoints])
    s.save(sess, os.path.join(tmp, "m"), global_step=3)
    print([os.path.basename(p) for p in s.last_checkpoints])
print(sorted(f for f in os.listdir(tmp) if f.endswith(".index")))
s2 = tf.train.Saver(max_to_keep=5)
s2.recover_last_checkpoints([os.path.join(tmp, "m-%d" % i) for i in (1, 2, 3, 4)])
print([os.path.basename(p) for p in s2.last_checkpoints])
s2.set_last_checkpoints([os.path.join(tmp, "m-3")])
print([os.path.basename(p) for p in s2.last_checkpoints])
try:
    s2.set_last_checkpoints("m-3")
    print([os.path.basename(p) for p in s2.last_checkpoints])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
