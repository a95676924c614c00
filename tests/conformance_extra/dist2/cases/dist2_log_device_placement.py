# log_device_placement=True prints each op's placement on stdout (TF order) when a session places the graph; local and grpc.
from prelude import tf, np, rnd

config = tf.ConfigProto(log_device_placement=True)
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    with tf.device("/cpu:0"):
        y = tf.reduce_sum(v * 3.0, name="y")
    with tf.Session(config=config) as sess:
        sess.run(v.initializer)
        print(rnd(sess.run(y)))
    server = tf.train.Server.create_local_server()
    with tf.Session(server.target, config=config) as sess:
        sess.run(v.initializer)
        print(rnd(sess.run(y)))
print("done")
