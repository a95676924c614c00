# replica_device_setter placing ref (use_resource=False) and resource variables and their Momentum updates.
from prelude import tf, np, rnd

for use_resource in (False, True):
    g = tf.Graph()
    with g.as_default():
        with tf.device(tf.train.replica_device_setter(ps_tasks=3, worker_device="/job:worker/task:2")):
            a = tf.get_variable("a", [3], initializer=tf.ones_initializer(), use_resource=use_resource)
            c = tf.get_variable("c", [3], initializer=tf.ones_initializer(), use_resource=use_resource)
            loss = tf.reduce_sum(a * c)
            train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
    print("use_resource", use_resource, type(a).__name__)
    for op in g.get_operations():
        print(" ", op.name, op.type, repr(op.device), [x.decode() for x in op.colocation_groups()])
