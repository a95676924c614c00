# max_to_keep=1 and 3: which files remain on disk and in the checkpoint state file.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
s1 = tf.train.Saver(max_to_keep=1)
s3 = tf.train.Saver(max_to_keep=3)
with tf.Session() as sess:
    sess.run(v.initializer)
    for step in [1, 2, 3]:
        s1.save(sess, os.path.join(tmp, "one", "model.ckpt"), global_step=step)
    for step in range(5):
        s3.save(sess, os.path.join(tmp, "three", "model.ckpt"), global_step=step * 100)
print(sorted(os.listdir(os.path.join(tmp, "one"))))
print(sorted(os.listdir(os.path.join(tmp, "three"))))
print([os.path.basename(p) for p in s1.last_checkpoints])
print([os.path.basename(p) for p in s3.last_checkpoints])
st = tf.train.get_checkpoint_state(os.path.join(tmp, "three"))
print([os.path.basename(p) for p in st.all_model_checkpoint_paths])
print(os.path.basename(tf.train.latest_checkpoint(os.path.join(tmp, "one"))))
