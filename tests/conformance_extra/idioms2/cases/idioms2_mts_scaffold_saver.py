# MonitoredTrainingSession with checkpoint_dir, save_checkpoint_steps and a Scaffold saver(max_to_keep=2).
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.get_variable("w", [2], initializer=tf.constant_initializer([1.0, 2.0]))
loss = tf.reduce_sum(tf.square(w))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
sc = tf.train.Scaffold(saver=tf.train.Saver(max_to_keep=2))
with tf.train.MonitoredTrainingSession(checkpoint_dir=ckdir, scaffold=sc, save_checkpoint_steps=2,
                                       save_checkpoint_secs=None, save_summaries_steps=None,
                                       save_summaries_secs=None, log_step_count_steps=None,
                                       hooks=[tf.train.StopAtStepHook(last_step=7)]) as sess:
    while not sess.should_stop():
        sess.run(train)
st = tf.train.get_checkpoint_state(ckdir)
print([os.path.basename(p) for p in st.all_model_checkpoint_paths])
print(os.path.basename(st.model_checkpoint_path))
print(rnd(tf.train.load_variable(ckdir, "w"), 4), tf.train.load_variable(ckdir, "global_step"))
print(sorted(f for f in os.listdir(ckdir) if f.endswith(".index")))
