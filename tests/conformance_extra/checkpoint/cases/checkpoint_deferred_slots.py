# Slots created after restore() are matched when the restore ops run.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    opt = tf.train.AdamOptimizer(0.1)
    train = opt.minimize(tf.reduce_sum(v * v))
    ckpt = tf.train.Checkpoint(v=v, opt=opt)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        s.run(train)
        p = ckpt.save(os.path.join(d, "c"), session=s)
        print(rnd(s.run(opt.get_slot(v, "m"))))
with tf.Graph().as_default():
    v = tf.Variable([0.0, 0.0], name="v")
    opt = tf.train.AdamOptimizer(0.1)
    ckpt = tf.train.Checkpoint(v=v, opt=opt)
    status = ckpt.restore(p)
    try:
        status.assert_consumed()
    except AssertionError as e:
        print("before minimize", type(e).__name__)
    train = opt.minimize(tf.reduce_sum(v * v))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print(rnd(s.run(opt.get_slot(v, "m"))), rnd(s.run(v)))
        status.run_restore_ops(s)
        print(rnd(s.run(opt.get_slot(v, "m"))), rnd(s.run(opt.get_slot(v, "v")), 4), rnd(s.run(v), 4))
        print(status.assert_consumed() is status)
        s.run(train)
        print(rnd(s.run(v), 4))
