# Saver save/restore of ref variables with global_step, max_to_keep, var_list dict and checkpoint listing.
import os, tempfile
from prelude import tf, np, rnd
tf.disable_v2_behavior()

d = tempfile.mkdtemp()
w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
c = tf.Variable(7, name="counter")
inc = tf.assign_add(c, 1)
saver = tf.train.Saver(max_to_keep=2)
saver2 = tf.train.Saver({"renamed_w": w})
print(saver.saver_def.filename_tensor_name, saver.saver_def.save_tensor_name, saver.saver_def.restore_op_name)
print(saver.saver_def.max_to_keep, saver.saver_def.version)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    paths = []
    for step in range(3):
        sess.run([inc, tf.assign(w, w * 2.0)])
        paths.append(saver.save(sess, os.path.join(d, "model"), global_step=step))
    print([os.path.basename(p) for p in paths])
    print([os.path.basename(p) for p in saver.last_checkpoints])
    print(os.path.basename(tf.train.latest_checkpoint(d)))
    p2 = saver2.save(sess, os.path.join(d, "other"), write_meta_graph=False)
    print(sorted(n for n, _ in tf.train.list_variables(p2)))
    print(sorted(tf.train.list_variables(paths[-1])))
    sess.run(tf.assign(w, tf.zeros([2, 2])))
    saver.restore(sess, paths[1])
    print(rnd(sess.run(w)), sess.run(c))
    r = tf.train.load_variable(paths[1], "counter")
    print(r, type(r).__name__)
print(sorted(f for f in os.listdir(d) if not f.startswith("model-0")))
