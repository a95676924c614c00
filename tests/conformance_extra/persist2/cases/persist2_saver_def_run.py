# Running save and restore directly through saver_def tensor/op names with a feed, on default variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable([1.5, 2.5], name="v")
s = tf.train.Saver()
d = s.saver_def
with tf.Session() as sess:
    sess.run(v.initializer)
    path = os.path.join(tmp, "direct")
    out = sess.run(d.save_tensor_name, {d.filename_tensor_name: path})
    print(type(out).__name__, os.path.basename(out))
    sess.run(v.assign([0.0, 0.0]))
    r = sess.run(d.restore_op_name, {d.filename_tensor_name: path})
    print(r, rnd(sess.run(v)))
    print(sess.run("save/Const:0"))
print(tf.train.list_variables(path))
