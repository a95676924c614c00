# Saver save with relative paths, latest_filename, sharded=False, restore into partial saver.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
os.chdir(tmp)
v = tf.Variable([3.0, 4.0], name="v")
w = tf.Variable(1, name="w")
saver = tf.train.Saver(sharded=False)
print(saver.saver_def.sharded)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, "ckpt/model", latest_filename="latest")
    print(p)
    p2 = saver.save(sess, os.path.join(tmp, "abs", "m"), global_step=3)
    print(os.path.relpath(p2, tmp))
print(sorted(os.listdir(os.path.join(tmp, "ckpt"))))
print(sorted(os.listdir(os.path.join(tmp, "abs"))))
print(tf.train.latest_checkpoint("ckpt"), tf.train.latest_checkpoint("ckpt", "latest"))
st = tf.train.get_checkpoint_state(os.path.join(tmp, "abs"))
print(type(st).__name__, os.path.basename(st.model_checkpoint_path), [os.path.basename(x) for x in st.all_model_checkpoint_paths])
only_v = tf.train.Saver([v])
with tf.Session() as sess:
    only_v.restore(sess, p)
    print(rnd(sess.run(v)))
    print([x.decode() for x in sess.run(tf.report_uninitialized_variables())])
