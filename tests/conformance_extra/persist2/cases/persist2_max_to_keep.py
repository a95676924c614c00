# max_to_keep, last_checkpoints, latest_checkpoint, checkpoint state file with default variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(0, name="v")
inc = tf.assign_add(v, 1)
s = tf.train.Saver(max_to_keep=2)
with tf.Session() as sess:
    sess.run(v.initializer)
    for step in range(4):
        sess.run(inc)
        p = s.save(sess, os.path.join(tmp, "model"), global_step=step * 10)
        print(os.path.basename(p), [os.path.basename(x) for x in s.last_checkpoints])
print(sorted(os.listdir(tmp)))
print(os.path.basename(tf.train.latest_checkpoint(tmp)))
st = tf.train.get_checkpoint_state(tmp)
print(os.path.basename(st.model_checkpoint_path), [os.path.basename(x) for x in st.all_model_checkpoint_paths])
print(tf.train.load_variable(tmp, "v"))
print(tf.train.latest_checkpoint(os.path.join(tmp, "nothere")))
s0 = tf.train.Saver(max_to_keep=0)
tmp2 = tempfile.mkdtemp()
with tf.Session() as sess:
    sess.run(v.initializer)
    for step in range(3):
        s0.save(sess, os.path.join(tmp2, "m"), global_step=step)
    print([os.path.basename(x) for x in s0.last_checkpoints])
print(sorted(os.listdir(tmp2)))
