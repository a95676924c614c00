# Saver under replica_device_setter with default variables: devices of save/restore ops, sharded and not.
from prelude import tf, np, rnd

for sharded in (False, True):
    g = tf.Graph()
    with g.as_default():
        with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
            a = tf.Variable([1.0], name="a")
            b = tf.Variable([2.0], name="b")
            c = tf.Variable([3.0], name="c")
        saver = tf.train.Saver(sharded=sharded)
    print("sharded", sharded)
    for op in g.get_operations():
        if op.name.startswith("save"):
            print(" ", op.name, op.type, repr(op.device))
