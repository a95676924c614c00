# CheckpointSaverHook with a CheckpointSaverListener: begin/before_save/after_save/end and the saved steps.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()


class Listener(tf.train.CheckpointSaverListener):
    def begin(self):
        print("listener begin")

    def before_save(self, session, global_step_value):
        print("before_save", global_step_value)

    def after_save(self, session, global_step_value):
        print("after_save", global_step_value)

    def end(self, session, global_step_value):
        print("listener end", global_step_value)


gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0, name="w")
train = tf.group(tf.assign_add(w, 1.0), tf.assign_add(gs, 1))
hook = tf.train.CheckpointSaverHook(ckdir, save_steps=2, listeners=[Listener()])
with tf.train.SingularMonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=5)]) as sess:
    while not sess.should_stop():
        sess.run(train)
st = tf.train.get_checkpoint_state(ckdir)
print([os.path.basename(p) for p in st.all_model_checkpoint_paths])
print(rnd(tf.train.load_variable(ckdir, "w")))
try:
    tf.train.CheckpointSaverHook(ckdir)
except ValueError as e:
    print(type(e).__name__)
try:
    tf.train.CheckpointSaverHook(ckdir, save_steps=1, save_secs=1)
except ValueError as e:
    print(type(e).__name__)
