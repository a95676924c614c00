# Sharded Saver on default variables placed on devices: op names/types and round trip.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    with tf.device("/cpu:0"):
        a = tf.Variable([1.0, 2.0], name="a")
    with tf.device("/job:localhost/replica:0/task:0/device:CPU:0"):
        b = tf.Variable(3, name="b")
    s = tf.train.Saver(sharded=True)
    for op in g.get_operations():
        if op.name.startswith("save/"):
            print(op.name, op.type, [t.name for t in op.inputs][:3])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = s.save(sess, os.path.join(tmp, "sh"))
        sess.run(a.assign([0.0, 0.0]))
        s.restore(sess, p)
        print(os.path.basename(p), rnd(sess.run(a)), sess.run(b))
print(tf.train.list_variables(p))
