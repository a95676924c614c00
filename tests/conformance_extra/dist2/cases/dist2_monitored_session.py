# MonitoredTrainingSession(master=server.target) with default variables, global step and a StopAtStepHook.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(4.0, name="w")
    loss = tf.square(w)
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    steps = []
    with tf.train.MonitoredTrainingSession(master=server.target, is_chief=True,
                                           hooks=[tf.train.StopAtStepHook(last_step=4)]) as sess:
        print(type(sess).__name__, sess.should_stop())
        while not sess.should_stop():
            _, s = sess.run([train, gs])
            steps.append(int(s))
    print(steps, sess.should_stop())
    with tf.Session(server.target) as s2:
        print(s2.run(gs), rnd(s2.run(w), 4))
    with tf.train.MonitoredTrainingSession(master=server.target, is_chief=False) as sess:
        print(sess.run(gs), rnd(sess.run(w), 4))
    print(tf.get_default_graph().finalized)
