# server.target forms and server_def fields for create_local_server and ClusterSpec servers.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


s = tf.train.Server.create_local_server()
t = s.target
print(type(t).__name__, t.startswith("grpc://"), t.count(":"), t.split(":")[1] == "//localhost")
sd = s.server_def
print(sd.job_name, sd.task_index, sd.protocol, [j.name for j in sd.cluster.job])
p = free_port()
s2 = tf.train.Server({"local": ["localhost:%d" % p]}, protocol="grpc", start=False)
print(s2.target == "grpc://localhost:%d" % p, s2.server_def.job_name, s2.server_def.task_index)
s2.start()
s2.start()
with tf.Graph().as_default():
    v = tf.Variable(3.0)
    with tf.Session(s2.target) as sess:
        sess.run(v.initializer)
        print(sess.run(v * 2))
        print(sess.sess_str == s2.target)
    with tf.Session(s2.target.encode()) as sess:
        print(sess.run(v))
sd2 = tf.train.ServerDef(cluster=tf.train.ClusterSpec({"j": ["localhost:%d" % free_port()]}).as_cluster_def(),
                         job_name="j", task_index=0, protocol="grpc")
s3 = tf.train.Server(sd2)
print(s3.target.startswith("grpc://localhost:"), s3.server_def.job_name)
for kw in [dict(job_name="nope", task_index=0), dict(job_name="ps", task_index=5)]:
    try:
        tf.train.Server({"ps": ["localhost:%d" % free_port()]}, **kw)
    except Exception as e:
        print(kw, type(e).__name__)
try:
    tf.train.Server({"ps": ["localhost:1"], "w": ["localhost:2"]})
except Exception as e:
    print(type(e).__name__)
