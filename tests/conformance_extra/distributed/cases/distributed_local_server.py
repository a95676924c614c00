# tf.train.Server.create_local_server: target scheme, server_def fields, running ops in a session on it.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
print(type(server.target).__name__, server.target.startswith("grpc://"))
sd = server.server_def
print(type(sd).__name__, sd.job_name, sd.task_index, sd.protocol)
print([j.name for j in sd.cluster.job])
print(tf.train.ClusterSpec(sd.cluster).jobs)
with tf.Graph().as_default():
    a = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="a")
    b = tf.matmul(a, a, name="b")
    x = tf.placeholder(tf.int32, [None], name="x")
    y = tf.reduce_sum(x * 3)
    with tf.Session(server.target) as sess:
        print(rnd(sess.run(b)))
        print(sess.run(y, {x: [1, 2, 3]}))
        out = sess.run({"b": b, "y": [y]}, feed_dict={x: np.arange(4, dtype=np.int32)})
        print(rnd(out["b"]), out["y"])
        print(type(sess.sess_str).__name__)
        print(sess.graph is tf.get_default_graph())
        s = sess.run(tf.constant("hi"))
        print(s, type(s).__name__)
        e = sess.run(tf.zeros([0, 3]))
        print(e.shape, e.dtype)
