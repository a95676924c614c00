# tf.train.Server config= / protocol= / start=False: server_def.default_session_config and bad protocols.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


config = tf.ConfigProto(allow_soft_placement=True, inter_op_parallelism_threads=2)
server = tf.train.Server.create_local_server(config=config, start=False)
sd = server.server_def
print(sd.HasField("default_session_config"), sd.default_session_config.allow_soft_placement,
      sd.default_session_config.inter_op_parallelism_threads)
server.start()
with tf.Graph().as_default():
    with tf.device("/device:GPU:0"):
        x = tf.constant([1.0, 2.0]) * 2.0
    with tf.Session(server.target, config=config) as sess:
        print(rnd(sess.run(x)))
plain = tf.train.Server.create_local_server()
print(plain.server_def.HasField("default_session_config"))
addr = "localhost:%d" % free_port()
s2 = tf.train.Server({"w": [addr]}, protocol="grpc", start=False)
print(s2.server_def.protocol)
try:
    tf.train.Server({"w": ["localhost:%d" % free_port()]}, protocol="carrier-pigeon")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("protocol", type(e).__name__)
