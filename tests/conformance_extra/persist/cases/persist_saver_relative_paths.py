# save_relative_paths=True writes relative names into the checkpoint state file.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(3.0, name="v")
rel = tf.train.Saver(save_relative_paths=True, max_to_keep=2)
ab = tf.train.Saver(max_to_keep=2)
with tf.Session() as sess:
    sess.run(v.initializer)
    for i in range(3):
        rel.save(sess, os.path.join(tmp, "rel", "m"), global_step=i)
        ab.save(sess, os.path.join(tmp, "abs", "m"), global_step=i)
for d in ("rel", "abs"):
    with open(os.path.join(tmp, d, "checkpoint")) as f:
        for line in f.read().splitlines():
            key, val = line.split(": ", 1)
            val = val.strip('"')
            print(d, key, os.path.isabs(val), os.path.basename(val))
    st = tf.train.get_checkpoint_state(os.path.join(tmp, d))
    print(d, os.path.isabs(st.model_checkpoint_path), os.path.relpath(st.model_checkpoint_path, tmp))
    print(d, os.path.relpath(tf.train.latest_checkpoint(os.path.join(tmp, d)), tmp))
print(rel.saver_def.version)
