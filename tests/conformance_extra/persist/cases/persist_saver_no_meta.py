# write_meta_graph=False writes no .meta; saver.export_meta_graph writes one later.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
tf.add_to_collection("extra", v)
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(v.initializer)
    p = saver.save(sess, os.path.join(tmp, "m"), write_meta_graph=False)
    p2 = saver.save(sess, os.path.join(tmp, "m"), global_step=3, write_state=False)
    p3 = saver.save(sess, os.path.join(tmp, "n"), meta_graph_suffix="mg")
print(os.path.basename(p), os.path.basename(p2), os.path.basename(p3))
print(sorted(os.listdir(tmp)))
with open(os.path.join(tmp, "checkpoint")) as f:
    print([os.path.basename(line.split(": ", 1)[1].strip('"')) for line in f.read().splitlines()])
mg = saver.export_meta_graph(os.path.join(tmp, "later.meta"), collection_list=["extra"])
print(sorted(mg.collection_def.keys()), mg.saver_def.restore_op_name)
print(sorted(os.listdir(tmp)))
