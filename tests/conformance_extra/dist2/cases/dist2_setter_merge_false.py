# replica_device_setter(merge_devices=False): ops with a device keep it; the others follow the setter.
import warnings
from prelude import tf, np, rnd

warnings.simplefilter("ignore")
with tf.device(tf.train.replica_device_setter(ps_tasks=2, merge_devices=False)):
    a = tf.Variable(1.0, name="a")
    with tf.device("/device:CPU:0"):
        b = tf.Variable(2.0, name="b")
        s = tf.add(a, b, name="s")
    c = tf.get_variable("c", [], initializer=tf.zeros_initializer())
    t = tf.multiply(s, c, name="t")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
