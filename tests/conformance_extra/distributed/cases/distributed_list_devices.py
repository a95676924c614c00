# session.list_devices() on a local server (and on a cluster task): sorted names and device types.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    with tf.Session(server.target) as sess:
        devs = sess.list_devices()
        print(sorted((d.name, d.device_type) for d in devs if d.device_type == "CPU"))
        print(type(devs).__name__)
worker = tf.train.Server({"worker": ["localhost:%d" % free_port()]}, job_name="worker", task_index=0)
with tf.Graph().as_default():
    with tf.Session(worker.target) as sess:
        print(sorted((d.name, d.device_type) for d in sess.list_devices() if d.device_type == "CPU"))
