# tf.train.Server(cluster, job_name, task_index, start=False) then start(): server_def, target, sessions.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


cluster = tf.train.ClusterSpec({"worker": ["localhost:%d" % free_port()],
                                "ps": ["localhost:%d" % free_port()]})
server = tf.train.Server(cluster, job_name="worker", task_index=0, start=False)
print(server.target.startswith("grpc://"))
print(server.target == "grpc://" + cluster.task_address("worker", 0))
sd = server.server_def
print(sd.job_name, sd.task_index, sd.protocol)
print(sorted(j.name for j in sd.cluster.job))
print(tf.train.ClusterSpec(sd.cluster) == cluster)
server.start()
server.start()
with tf.Graph().as_default():
    c = tf.constant(3) * 7
    # The ps task is never started: device_filters keeps the session to this worker.
    with tf.Session(server.target, config=tf.ConfigProto(device_filters=["/job:worker/task:0"])) as sess:
        print(sess.run(c))
dict_server = tf.train.Server({"local": ["localhost:%d" % free_port()]})
print(dict_server.server_def.job_name, dict_server.server_def.task_index)
with tf.Graph().as_default():
    with tf.Session(dict_server.target) as sess:
        print(sess.run(tf.add(1.5, 2.0)))
sd2 = tf.train.ServerDef(cluster=tf.train.ClusterSpec({"j": ["localhost:%d" % free_port()]}).as_cluster_def(),
                         job_name="j", task_index=0, protocol="grpc")
proto_server = tf.train.Server(sd2)
print(proto_server.server_def.job_name, proto_server.target.startswith("grpc://"))
with tf.Graph().as_default():
    with tf.Session(proto_server.target) as sess:
        print(sess.run(tf.constant([1, 2]) + 1))
