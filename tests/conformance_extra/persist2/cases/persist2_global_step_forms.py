# Saver.save with global_step as int, tensor, variable; write_meta_graph, write_state and file names.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    print(gs.name, gs.op.type, gs.dtype.name, tf.GraphKeys.GLOBAL_STEP, [v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_STEP)])
    v = tf.Variable(1.0, name="v")
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tf.assign(gs, 42))
        for kw in ({"global_step": gs}, {"global_step": 7}, {"global_step": tf.constant(9)},
                   {"write_meta_graph": False}, {"global_step": 3, "write_state": False}):
            p = s.save(sess, os.path.join(tmp, "c"), **kw)
            print(os.path.basename(p))
        print(os.path.basename(tf.train.latest_checkpoint(tmp)))
        print(s.save(sess, os.path.join(tmp, "c"), global_step=gs, latest_filename="other_state").endswith("-42"))
print(sorted(os.listdir(tmp)))
print(os.path.basename(tf.train.latest_checkpoint(tmp, "other_state")))
print(tf.train.checkpoint_exists(os.path.join(tmp, "c-7")), tf.train.checkpoint_exists(os.path.join(tmp, "c-8")))
