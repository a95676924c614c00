# MonitoredTrainingSession with checkpoint_dir and StopAtStepHook; a second run resumes from the checkpoint.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()


def run(last_step):
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.get_variable("w", [], initializer=tf.constant_initializer(8.0))
        loss = tf.square(w)
        train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
        out = []
        with tf.train.MonitoredTrainingSession(
                checkpoint_dir=ckdir, hooks=[tf.train.StopAtStepHook(last_step=last_step)],
                save_summaries_steps=None, save_summaries_secs=None, log_step_count_steps=None) as sess:
            print(type(sess).__name__, sess.should_stop())
            while not sess.should_stop():
                _, step, l = sess.run([train, gs, loss])
                out.append((int(step), rnd(l)))
        print(out)
        print(tf.get_default_graph().finalized)


run(4)
print(os.path.basename(tf.train.latest_checkpoint(ckdir)))
print("checkpoint" in os.listdir(ckdir), "graph.pbtxt" in os.listdir(ckdir))
run(6)
print(os.path.basename(tf.train.latest_checkpoint(ckdir)))
print(rnd(tf.train.load_variable(ckdir, "w")), tf.train.load_variable(ckdir, "global_step"))
run(6)
