# checkpoint_exists / latest_checkpoint when files are missing, get_checkpoint_mtimes.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(v.initializer)
    p = s.save(sess, os.path.join(tmp, "m"), global_step=4)
print(tf.train.checkpoint_exists(p), tf.train.checkpoint_exists(p + ".index"))
print(tf.train.checkpoint_exists(os.path.join(tmp, "m")), tf.train.checkpoint_exists(os.path.join(tmp, "m-*")))
print(os.path.basename(tf.train.latest_checkpoint(tmp)))
print(len(tf.train.get_checkpoint_mtimes([p])), len(tf.train.get_checkpoint_mtimes([p, os.path.join(tmp, "zz")])))
os.remove(p + ".index")
print(tf.train.checkpoint_exists(p))
print(tf.train.latest_checkpoint(tmp))
print(tf.train.get_checkpoint_state(tmp) is not None)
print(tf.train.latest_checkpoint(os.path.join(tmp, "nodir")))
