# SessionManager prepare / recover_session, CheckpointSaverHook listeners, SecondOrStepTimer.
import os
import tempfile
from prelude import tf, np, rnd

import logging
logging.getLogger("tensorflow").setLevel(logging.ERROR)
tf.logging.set_verbosity(tf.logging.ERROR)

t = tf.train.SecondOrStepTimer(every_steps=3)
print(t.should_trigger_for_step(0), t.last_triggered_step())
t.update_last_triggered_step(0)
print([t.should_trigger_for_step(s) for s in [0, 1, 2, 3, 4]], t.last_triggered_step())
for kw in [{}, {"every_steps": 1, "every_secs": 1}]:
    try:
        tf.train.SecondOrStepTimer(**kw)
        print("no error")
    except Exception as e:
        print(type(e).__name__)

gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0, name="w")
train = tf.train.GradientDescentOptimizer(0.1).minimize(w * w, global_step=gs)
d = tempfile.mkdtemp()


class L(tf.train.CheckpointSaverListener):
    def begin(self):
        print("L begin")

    def before_save(self, s, step):
        print("L before", step)

    def after_save(self, s, step):
        print("L after", step)

    def end(self, s, step):
        print("L end", step)


hooks = [tf.train.CheckpointSaverHook(d, save_steps=2, listeners=[L()]), tf.train.StopAtStepHook(last_step=5)]
creator = tf.train.ChiefSessionCreator(scaffold=tf.train.Scaffold(), checkpoint_dir=d)
with tf.train.MonitoredSession(session_creator=creator, hooks=hooks) as s:
    while not s.should_stop():
        s.run(train)
print(os.path.basename(tf.train.latest_checkpoint(d)))
print([os.path.basename(p) for p in tf.train.get_checkpoint_state(d).all_model_checkpoint_paths])
print(sorted(n for n, _ in tf.train.list_variables(d)))

sv = tf.train.Saver()
sm = tf.train.SessionManager()
with sm.prepare_session("", init_op=tf.global_variables_initializer()) as s:
    print("prepared", s.run(gs), rnd(s.run(w)))
with sm.prepare_session("", init_op=tf.global_variables_initializer(), saver=sv, checkpoint_dir=d) as s:
    print("prepared from checkpoint", s.run(gs), rnd(s.run(w)))
s2, restored = sm.recover_session("", saver=sv, checkpoint_dir=d)
print("recovered", restored, s2.run(gs), rnd(s2.run(w)))
s2.close()
s3, restored = sm.recover_session("", saver=sv, checkpoint_dir=tempfile.mkdtemp())
print("recovered empty dir", restored)
try:
    s3.run(w)
except Exception as e:
    print(type(e).__name__)
s3.close()
s4, restored = sm.recover_session("", checkpoint_dir=d)
print("recovered without saver", restored)
s4.close()
s5, restored = sm.recover_session("", saver=sv, checkpoint_filename_with_path=tf.train.latest_checkpoint(d))
print("recovered from file", restored, s5.run(gs))
s5.close()
try:
    sm.recover_session("", saver=sv, checkpoint_dir=d, checkpoint_filename_with_path="x")
    print("no error")
except Exception as e:
    print(type(e).__name__)
sm2 = tf.train.SessionManager(ready_op=tf.report_uninitialized_variables())
s6, restored = sm2.recover_session("", saver=sv, checkpoint_dir=d)
print("recovered ready", restored)
s6.close()
with tf.train.MonitoredTrainingSession(checkpoint_dir=d, save_checkpoint_steps=None, save_checkpoint_secs=None,
                                       save_summaries_steps=None, save_summaries_secs=None,
                                       log_step_count_steps=None) as s:
    print("mts restore", s.run(gs))
