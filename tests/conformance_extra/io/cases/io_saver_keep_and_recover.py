# max_to_keep=None / 0, recover_last_checkpoints, set_last_checkpoints_with_time, restore of only named var.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
s_none = tf.train.Saver(max_to_keep=None)
s_zero = tf.train.Saver(max_to_keep=0)
with tf.Session() as sess:
    sess.run(v.initializer)
    for i in range(3):
        s_none.save(sess, os.path.join(tmp, "a", "m"), global_step=i)
        s_zero.save(sess, os.path.join(tmp, "b", "m"), global_step=i)
    print(s_none.last_checkpoints, s_zero.last_checkpoints)
print(sorted(os.listdir(os.path.join(tmp, "a"))))
print(sorted(os.listdir(os.path.join(tmp, "b"))))
st = tf.train.get_checkpoint_state(os.path.join(tmp, "a"))
print(os.path.basename(st.model_checkpoint_path), [os.path.basename(p) for p in st.all_model_checkpoint_paths])
st = tf.train.get_checkpoint_state(os.path.join(tmp, "b"))
print(os.path.basename(st.model_checkpoint_path), [os.path.basename(p) for p in st.all_model_checkpoint_paths])
s3 = tf.train.Saver(max_to_keep=2)
s3.recover_last_checkpoints([os.path.join(tmp, "a", "m-%d" % i) for i in range(3)])
print([os.path.basename(p) for p in s3.last_checkpoints])
with tf.Session() as sess:
    sess.run(v.initializer)
    s3.save(sess, os.path.join(tmp, "a", "m"), global_step=9)
print(sorted(os.listdir(os.path.join(tmp, "a"))))
print(tf.train.get_checkpoint_mtimes([os.path.join(tmp, "a", "m-9")]) != [])
