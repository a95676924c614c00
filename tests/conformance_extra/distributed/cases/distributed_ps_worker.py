# Two in-process servers (ps and worker) of one cluster: ops pinned to /job:ps, variables set via the worker.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


cluster = tf.train.ClusterSpec({"ps": ["localhost:%d" % free_port()],
                                "worker": ["localhost:%d" % free_port()]})
ps = tf.train.Server(cluster, job_name="ps", task_index=0)
worker = tf.train.Server(cluster, job_name="worker", task_index=0)
with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(cluster=cluster)):
        w = tf.Variable([1.0, 2.0], name="w")
        loss = tf.reduce_sum(w * w)
        opt = tf.train.GradientDescentOptimizer(0.1)
        train = opt.minimize(loss)
    print(repr(w.device), repr(loss.device))
    with tf.Session(worker.target) as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(3):
            sess.run(train)
        print(rnd(sess.run(w), 4))
    with tf.Session(worker.target) as sess:
        print(rnd(sess.run(w), 4), rnd(sess.run(loss), 4))
        devs = sorted(d.name for d in sess.list_devices() if d.device_type == "CPU")
        print(devs)
