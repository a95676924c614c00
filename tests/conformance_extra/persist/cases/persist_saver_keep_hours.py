# keep_checkpoint_every_n_hours: checkpoints older than the period survive max_to_keep deletion.
import os
import tempfile
import time
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(1.0, name="v")
keep_all = tf.train.Saver(max_to_keep=1, keep_checkpoint_every_n_hours=1e-7)
keep_none = tf.train.Saver(max_to_keep=1, keep_checkpoint_every_n_hours=1000.0)
print(keep_all.saver_def.keep_checkpoint_every_n_hours > 0, keep_none.saver_def.keep_checkpoint_every_n_hours)
with tf.Session() as sess:
    sess.run(v.initializer)
    for step in range(4):
        keep_all.save(sess, os.path.join(tmp, "a", "m"), global_step=step)
        keep_none.save(sess, os.path.join(tmp, "b", "m"), global_step=step)
        time.sleep(0.01)
print(sorted(f for f in os.listdir(os.path.join(tmp, "a")) if f.endswith(".index")))
print(sorted(f for f in os.listdir(os.path.join(tmp, "b")) if f.endswith(".index")))
print([os.path.basename(p) for p in keep_all.last_checkpoints])
st = tf.train.get_checkpoint_state(os.path.join(tmp, "a"))
print([os.path.basename(p) for p in st.all_model_checkpoint_paths])
