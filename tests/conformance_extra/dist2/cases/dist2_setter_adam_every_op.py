# replica_device_setter(ps_tasks=2) with default variables and Adam: device and colocation of every op.
from prelude import tf, np, rnd
with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable([1.0, 2.0], name="w")
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
    loss = tf.reduce_sum(w * b)
    train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=gs)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device), op.colocation_groups())
