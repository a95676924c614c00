# replica_device_setter with cluster=, ps_device and worker_device given explicitly, nested explicit tf.device.
from prelude import tf, np, rnd

cluster = {"ps": ["h0:1", "h1:1"], "worker": ["h2:1", "h3:1", "h4:1"]}
setter = tf.train.replica_device_setter(cluster=cluster, ps_device="/job:ps/device:CPU:0",
                                        worker_device="/job:worker/task:1/device:CPU:0")
with tf.device(setter):
    v1 = tf.Variable(1.0, name="v1")
    v2 = tf.Variable(2.0, name="v2")
    v3 = tf.Variable(3.0, name="v3")
    with tf.device("/job:ps/task:1"):
        v4 = tf.Variable(4.0, name="v4")
    with tf.device("/device:GPU:0"):
        v5 = tf.Variable(5.0, name="v5")
        x = tf.add(v1, v5, name="x")
    with tf.device("/job:other"):
        y = tf.identity(x, name="y")
        v6 = tf.Variable(6.0, name="v6")
    z = v2 + v3
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
for v in tf.global_variables():
    print(v.name, repr(v.device), repr(v.initializer.device), repr(v.value().device))
print(tf.train.replica_device_setter(cluster={"worker": ["a:1"]}))
print(tf.train.replica_device_setter(ps_tasks=0))
print(tf.train.replica_device_setter(cluster=tf.train.ClusterSpec({"ps": ["a:1"]})) is not None)
