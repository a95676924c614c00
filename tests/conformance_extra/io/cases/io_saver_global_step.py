# save with global_step suffixes and max_to_keep file sets.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable(0.0, name="v")
gs = tf.train.get_or_create_global_step()
inc = tf.assign_add(v, 1.0)
saver = tf.train.Saver(max_to_keep=2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(4):
        sess.run(inc)
        p = saver.save(sess, os.path.join(tmp, "model"), global_step=step * 10)
        print(os.path.basename(p))
    p = saver.save(sess, os.path.join(tmp, "model"), global_step=gs)
    print(os.path.basename(p))
    print([os.path.basename(x) for x in saver.last_checkpoints])
print(sorted(os.listdir(tmp)))
print(os.path.basename(tf.train.latest_checkpoint(tmp)))
with open(os.path.join(tmp, "checkpoint")) as f:
    for line in f.read().splitlines():
        key, val = line.split(": ", 1)
        print(key, os.path.basename(val.strip('"')))
