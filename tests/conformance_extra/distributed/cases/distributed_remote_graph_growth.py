# A grpc:// session follows its graph as it grows; InteractiveSession and eval() on a server target.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    a = tf.constant(2.0, name="a")
    sess = tf.Session(target=server.target)
    print(sess.run(a))
    b = a * 3.0
    print(sess.run(b))
    v = tf.Variable(tf.ones([2, 2]), name="v")
    sess.run(v.initializer)
    c = tf.matmul(v, v)
    print(rnd(sess.run(c)))
    with tf.name_scope("later"):
        d = tf.reduce_mean(c, name="mean")
    print(d.name, sess.run(d))
    sess.close()
with tf.Graph().as_default():
    isess = tf.InteractiveSession(server.target)
    x = tf.constant([1, 2, 3])
    print((x * 2).eval(), type(isess).__name__)
    v = tf.Variable(5, name="iv")
    v.initializer.run()
    print(v.eval())
    isess.close()
