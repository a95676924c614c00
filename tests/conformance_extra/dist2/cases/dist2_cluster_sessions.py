# A worker-task grpc session: list_devices, ops pinned to tasks inside/outside the cluster, soft placement.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


cluster = tf.train.ClusterSpec({"ps": ["localhost:%d" % free_port(), "localhost:%d" % free_port()],
                                "worker": ["localhost:%d" % free_port()]})
servers = [tf.train.Server(cluster, job_name="ps", task_index=i) for i in range(2)]
worker = tf.train.Server(cluster, job_name="worker", task_index=0)
with tf.Session(worker.target) as sess:
    print(sorted((d.name, d.device_type) for d in sess.list_devices()))
for dev in ["/job:ps/task:1", "/job:ps/task:1/device:CPU:0", "/job:ps/task:2", "/job:chief",
            "/job:worker/task:0/device:CPU:1"]:
    with tf.Graph().as_default():
        with tf.device(dev):
            v = tf.Variable([1.0, 2.0], name="v")
            d = v * 2.0
        for soft in (False, True):
            with tf.Session(worker.target, config=tf.ConfigProto(allow_soft_placement=soft)) as sess:
                try:
                    sess.run(v.initializer)
                    print(dev, soft, rnd(sess.run(d)))
                except Exception as e:
                    print(dev, soft, type(e).__name__)
    tf.Session.reset(worker.target)
with tf.Graph().as_default():
    with tf.device("/job:ps/task:0"):
        v = tf.Variable(3.0, name="shared")
    with tf.Session(worker.target) as sess:
        sess.run(v.initializer)
        sess.run(v.assign_add(1.0))
    with tf.Session(worker.target) as sess:
        print(sess.run(v))
    with tf.Session(servers[0].target) as sess:
        try:
            print(sess.run(v))
        except Exception as e:
            print("ps0", type(e).__name__)
