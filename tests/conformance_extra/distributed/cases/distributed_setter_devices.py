# replica_device_setter ps_device / worker_device strings, cluster=..., no ps job, ps_tasks=0.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    setter = tf.train.replica_device_setter(ps_tasks=2, ps_device="/job:ps/cpu:0",
                                            worker_device="/job:worker/task:1/cpu:0")
    with tf.device(setter):
        a = tf.Variable(1.0, name="a")
        b = tf.Variable(1.0, name="b")
        c = tf.Variable(1.0, name="c")
        d = a * b
    for t in [a, b, c, d]:
        print(t.op.name, repr(t.device))

with tf.Graph().as_default():
    cluster = tf.train.ClusterSpec({"ps": ["p0:1", "p1:1"], "worker": ["w0:1", "w1:1", "w2:1"]})
    with tf.device(tf.train.replica_device_setter(cluster=cluster, worker_device="/job:worker/task:2")):
        a = tf.Variable(1.0, name="a")
        b = tf.Variable(1.0, name="b")
        c = tf.Variable(1.0, name="c")
        d = tf.identity(a, name="d")
    for t in [a, b, c, d]:
        print(t.op.name, repr(t.device))

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(cluster={"ps": ["p0:1"], "worker": ["w0:1"]})):
        a = tf.Variable(1.0, name="a")
        d = a + 1.0
    print(repr(a.device), repr(d.device))

print(tf.train.replica_device_setter(ps_tasks=0))
print(tf.train.replica_device_setter(cluster={"worker": ["w0:1"]}))
print(tf.train.replica_device_setter(cluster=tf.train.ClusterSpec({})))
print(callable(tf.train.replica_device_setter(ps_tasks=1)))

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=1, ps_device="", worker_device="")):
        a = tf.Variable(1.0, name="a")
        d = a + 1.0
    print(repr(a.device), repr(d.device))

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_device="/device:GPU:0")):
        a = tf.Variable(1.0, name="a")
        b = tf.Variable(1.0, name="b")
    print(repr(a.device), repr(b.device))
