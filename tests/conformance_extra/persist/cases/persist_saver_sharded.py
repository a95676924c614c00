# sharded=True: file names, saver_def, op types in the save scope, restore works.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
a = tf.Variable([1.0, 2.0, 3.0], name="a")
b = tf.Variable([[1, 2]], name="b")
saver = tf.train.Saver(sharded=True)
sd = saver.saver_def
print(sd.sharded, sd.filename_tensor_name, sd.save_tensor_name, sd.restore_op_name)
types = sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("save/")))
print([t for t in ["ShardedFilename", "MergeV2Checkpoints", "StringJoin", "SaveV2", "RestoreV2"] if t in types])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, os.path.join(tmp, "model.ckpt"), global_step=7)
    print(os.path.basename(p))
print(sorted(os.listdir(tmp)))
print(tf.train.list_variables(p))
with tf.Session() as sess:
    saver.restore(sess, p)
    print(rnd(sess.run(a)), sess.run(b).tolist())
print(os.path.basename(tf.train.latest_checkpoint(tmp)))
