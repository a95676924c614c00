# Sessions on a grpc target nobody listens on fail with a tf.errors class (short operation timeout).
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


target = "grpc://localhost:%d" % free_port()
config = tf.ConfigProto(operation_timeout_in_ms=1000)
with tf.Graph().as_default():
    c = tf.constant(1.0)
    sess = tf.Session(target, config=config)
    try:
        sess.run(c)
        print("no error")
    except tf.errors.OpError as e:
        print(type(e).__name__, isinstance(e, tf.errors.OpError))
    sess.close()
