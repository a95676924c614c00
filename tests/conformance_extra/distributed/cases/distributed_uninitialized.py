# Remote sessions: reading uninitialized variables fails, report_uninitialized_variables lists them.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    a = tf.Variable(1.0, name="a")
    b = tf.Variable(tf.zeros([2]), name="b")
    with tf.Session(server.target) as sess:
        print(sorted(sess.run(tf.report_uninitialized_variables())))
        try:
            sess.run(a + 1.0)
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
        sess.run(a.initializer)
        print(sess.run(tf.report_uninitialized_variables()))
        print(sess.run(a))
        try:
            sess.run(b)
            print("no error")
        except tf.errors.FailedPreconditionError as e:
            print("caught", type(e).__name__)
        sess.run(tf.variables_initializer([b]))
        print(rnd(sess.run(b)), sess.run(tf.report_uninitialized_variables()).shape)
