# Saver(sharded=True): save path returned, files, restore.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(3, name="w")
saver = tf.train.Saver(sharded=True)
print(saver.saver_def.sharded)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, "sh")
    print(os.path.basename(p))
    p = saver.save(sess, "sh", global_step=3)
    print(os.path.basename(p))
print(sorted(f for f in os.listdir(".") if f.startswith("sh") and not f.endswith(".meta")))
print(os.path.basename(tf.train.latest_checkpoint(".")))
with tf.Session() as sess:
    saver.restore(sess, "sh-3")
    print(sess.run(v).tolist(), sess.run(w))
print(sorted(n for n, _ in tf.train.list_variables("sh-3")))
