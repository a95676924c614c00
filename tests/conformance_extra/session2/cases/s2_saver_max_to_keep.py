# Saver(max_to_keep=2) after three saves: last_checkpoints, files on disk,
# checkpoint state fields, latest_checkpoint.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
v = tf.Variable(0, name="v")
inc = tf.assign_add(v, 1)
saver = tf.train.Saver(max_to_keep=2)
with tf.Session() as sess:
    sess.run(v.initializer)
    for step in range(3):
        sess.run(inc)
        p = saver.save(sess, "ckpt", global_step=step * 10)
        print(os.path.basename(p))
    print([os.path.basename(c) for c in saver.last_checkpoints])
print(sorted(f for f in os.listdir(".") if f.endswith(".index")))
print(sorted(f for f in os.listdir(".") if f.endswith(".meta")))
print(os.path.basename(tf.train.latest_checkpoint(".")))
st = tf.train.get_checkpoint_state(".")
print(type(st).__name__)
print(os.path.basename(st.model_checkpoint_path))
print([os.path.basename(p) for p in st.all_model_checkpoint_paths])
print(tf.train.checkpoint_exists("ckpt-10"), tf.train.checkpoint_exists("ckpt-0"))
print(tf.train.latest_checkpoint("nonexistent_dir"))
print(tf.train.get_checkpoint_state("nonexistent_dir"))
with tf.Session() as sess:
    saver.restore(sess, tf.train.latest_checkpoint("."))
    print(sess.run(v))
