# Devices of a default variable's ops under tf.device, and of reads made elsewhere.
from prelude import tf, np, rnd

with tf.device("/cpu:0"):
    v = tf.Variable(1.0, name="v")
    r1 = v.read_value()
r2 = v.value()
with tf.device("/device:CPU:0"):
    w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
print(v.device, w.device, r1.device, r2.device)
