# Two in-process servers (ps, worker): a default-variable model on /job:ps trained via the worker's grpc session.
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
print(worker.server_def.job_name, worker.server_def.task_index, ps.server_def.job_name)
with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(cluster=cluster)):
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable([1.0, 2.0], name="w")
        b = tf.get_variable("b", [], initializer=tf.constant_initializer(0.5))
        x = tf.placeholder(tf.float32, [None, 2], name="x")
        loss = tf.reduce_mean(tf.square(tf.reduce_sum(x * w, 1) + b))
        train = tf.train.MomentumOptimizer(0.05, 0.9).minimize(loss, global_step=gs)
    print(repr(w.device), repr(b.device), repr(gs.device), repr(loss.device), repr(train.device))
    data = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], np.float32)
    with tf.Session(worker.target) as sess:
        sess.run(tf.global_variables_initializer())
        print(sess.run(tf.report_uninitialized_variables()))
        for _ in range(5):
            _, l = sess.run([train, loss], {x: data})
        print(rnd(l, 4), sess.run(gs), rnd(sess.run(w), 4), rnd(sess.run(b), 4))
        print(sorted(v.name for v in tf.global_variables()))
        print(rnd(sess.run(tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)[-1]), 4))
