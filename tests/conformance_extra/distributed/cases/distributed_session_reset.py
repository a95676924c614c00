# tf.Session.reset(target) clears the server's variables; sessions opened before it fail afterwards.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    v = tf.Variable(3.0, name="v")
    with tf.Session(server.target) as s1:
        s1.run(v.initializer)
        print(s1.run(v))
    with tf.Session(server.target) as s2:
        print(s2.run(v))
    tf.Session.reset(server.target)
    with tf.Session(server.target) as s3:
        try:
            s3.run(v)
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
        s3.run(v.initializer)
        print(s3.run(v + 1.0))
