# tf.train.MonitoredTrainingSession(master=server.target, is_chief=True) with a checkpoint dir; restart restores.
import shutil
import tempfile

from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
ckpt = tempfile.mkdtemp()
try:
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(1.0, name="w")
        train = tf.group(tf.assign_add(w, 0.5), tf.assign_add(gs, 1))
        hooks = [tf.train.StopAtStepHook(last_step=4)]
        with tf.train.MonitoredTrainingSession(master=server.target, is_chief=True,
                                               checkpoint_dir=ckpt, hooks=hooks,
                                               save_summaries_steps=None,
                                               save_summaries_secs=None,
                                               log_step_count_steps=None) as sess:
            steps = 0
            while not sess.should_stop():
                sess.run(train)
                steps += 1
            print("steps", steps)
        print(sess.should_stop() if hasattr(sess, "should_stop") else None)
    print(tf.train.latest_checkpoint(ckpt) is not None)
    print(tf.train.latest_checkpoint(ckpt).rsplit("-", 1)[1])
    # The value also persists in the server; a fresh chief session restores from the checkpoint.
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(1.0, name="w")
        with tf.train.MonitoredTrainingSession(master=server.target, is_chief=True,
                                               checkpoint_dir=ckpt,
                                               save_summaries_steps=None,
                                               save_summaries_secs=None,
                                               log_step_count_steps=None) as sess:
            print(sess.run(gs), rnd(sess.run(w)))
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(1.0, name="w")
        with tf.train.MonitoredTrainingSession(master=server.target, is_chief=False,
                                               save_summaries_steps=None,
                                               save_summaries_secs=None,
                                               log_step_count_steps=None) as sess:
            print("worker", sess.run(gs), rnd(sess.run(w)))
finally:
    shutil.rmtree(ckpt, ignore_errors=True)
