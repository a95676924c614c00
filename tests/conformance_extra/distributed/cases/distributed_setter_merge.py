# replica_device_setter merging with explicit tf.device specs (merge_devices True/False, nested devices).
import warnings

from prelude import tf, np, rnd

warnings.simplefilter("ignore")
with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        with tf.device("/cpu:0"):
            a = tf.Variable(1.0, name="a")
            x = tf.constant(1.0, name="x")
        with tf.device("/job:ps/task:1"):
            b = tf.Variable(1.0, name="b")
        with tf.device("/job:worker/task:3"):
            c = tf.Variable(1.0, name="c")
            y = tf.constant(2.0, name="y")
        with tf.device("/task:5"):
            d = tf.Variable(1.0, name="d")
            z = tf.constant(2.0, name="z")
        e = tf.Variable(1.0, name="e")
    for t in [a, x, b, c, y, d, z, e]:
        print(t.op.name, repr(t.device))

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2, merge_devices=False)):
        with tf.device("/cpu:0"):
            a = tf.Variable(1.0, name="a")
            x = tf.constant(1.0, name="x")
        b = tf.Variable(1.0, name="b")
        w = tf.constant(1.0, name="w")
    for t in [a, x, b, w]:
        print(t.op.name, repr(t.device))

with tf.Graph().as_default():
    with tf.device("/job:worker/task:7"):
        with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
            a = tf.Variable(1.0, name="a")
            x = tf.constant(1.0, name="x")
    for t in [a, x]:
        print(t.op.name, repr(t.device))
