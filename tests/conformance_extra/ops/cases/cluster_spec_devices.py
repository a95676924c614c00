# ClusterSpec API and replica_device_setter placement strings.
from prelude import tf, np, rnd

cs = tf.train.ClusterSpec({"ps": ["ps0:2222", "ps1:2222"], "worker": ["w0:2222", "w1:2222", "w2:2222"]})
print(cs.jobs, cs.num_tasks("worker"), cs.task_indices("ps"), cs.task_address("worker", 2))
print(cs.job_tasks("ps"), sorted(cs.as_dict().items()))
print(bool(cs), cs.as_cluster_def().job[0].name)
sparse = tf.train.ClusterSpec({"worker": {1: "w1:2222", 3: "w3:2222"}})
print(sparse.task_indices("worker"), sparse.as_dict())
with tf.device(tf.train.replica_device_setter(cluster=cs, worker_device="/job:worker/task:1")):
    v1 = tf.Variable(1.0, name="v1")
    v2 = tf.Variable(2.0, name="v2")
    v3 = tf.Variable(3.0, name="v3")
    s = v1 + v2
    with tf.device("/cpu:0"):
        t = s * 2.0
print(v1.device, v2.device, v3.device, s.device, t.device)
print(v1.initializer.device)
with tf.device(tf.train.replica_device_setter(ps_tasks=3, ps_device="/job:ps", merge_devices=True)):
    a = tf.Variable(0.0, name="a")
    b = tf.Variable(0.0, name="b")
    c = tf.constant(1.0) + a
print(a.device, b.device, c.device)
try:
    cs.task_address("chief", 0)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
