# Old-codebase scaffolding: tf.app.flags definitions and tf.train.Supervisor managed session.
import os
import tempfile
from prelude import tf, np, rnd

flags = tf.app.flags
flags.DEFINE_integer("max_steps", 4, "Number of steps to run.")
flags.DEFINE_float("learning_rate", 0.25, "Initial learning rate.")
flags.DEFINE_string("name", "run", "Run name.")
flags.DEFINE_boolean("verbose", False, "Verbose.")
FLAGS = flags.FLAGS
FLAGS(["prog", "--max_steps=3", "--verbose"])
print(FLAGS.max_steps, FLAGS.learning_rate, FLAGS.name, FLAGS.verbose)
logdir = tempfile.mkdtemp()
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(2.0, name="w")
    train = tf.train.GradientDescentOptimizer(FLAGS.learning_rate).minimize(tf.square(w), global_step=gs)
    sv = tf.train.Supervisor(logdir=logdir, save_model_secs=0, save_summaries_secs=0)
    with sv.managed_session() as sess:
        for _ in range(FLAGS.max_steps):
            if sv.should_stop():
                break
            _, step = sess.run([train, gs])
            print(step, rnd(sess.run(w)))
        sv.saver.save(sess, sv.save_path, global_step=gs)
    print(sv.should_stop(), os.path.basename(sv.save_path), tf.get_default_graph().finalized)
print(os.path.basename(tf.train.latest_checkpoint(logdir)))
