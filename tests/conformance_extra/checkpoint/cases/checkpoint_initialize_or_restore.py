# initialize_or_restore restores what matches and initializes the rest.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    ckpt = tf.train.Checkpoint(a=tf.Variable([1.0, 2.0], name="a"))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        s.run(ckpt.a.assign([7.0, 8.0]))
        p = ckpt.save(os.path.join(d, "c"), session=s)
with tf.Graph().as_default():
    a = tf.Variable([0.0, 0.0], name="a")
    extra = tf.Variable(tf.fill([2], 5.0), name="extra")
    ckpt = tf.train.Checkpoint(a=a, extra=extra)
    status = ckpt.restore(p)
    with tf.Session() as s:
        status.initialize_or_restore(s)
        print(rnd(s.run(a)), rnd(s.run(extra)), s.run(ckpt.save_counter))
        print(os.path.basename(ckpt.save(os.path.join(d, "c"), session=s)))
