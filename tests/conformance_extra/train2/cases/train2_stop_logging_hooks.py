# StopAtStepHook argument rules, LoggingTensorHook (output not printed), StepCounter-free counting.
from prelude import tf, np, rnd

import logging
logging.getLogger("tensorflow").setLevel(logging.ERROR)
tf.logging.set_verbosity(tf.logging.ERROR)

for kw in [{}, {"num_steps": 2, "last_step": 3}]:
    try:
        tf.train.StopAtStepHook(**kw)
        print(sorted(kw), "no error")
    except Exception as e:
        print(sorted(kw), type(e).__name__)
try:
    tf.train.LoggingTensorHook(["a"], every_n_iter=2, every_n_secs=3)
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.LoggingTensorHook(["a"])
    print("no error")
except Exception as e:
    print(type(e).__name__)

gs = tf.train.get_or_create_global_step()
w = tf.Variable(4.0, name="w")
loss = tf.identity(w * w, name="loss")
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
log = tf.train.LoggingTensorHook({"loss": loss, "step": gs}, every_n_iter=2)
log2 = tf.train.LoggingTensorHook(["loss:0"], every_n_iter=1, formatter=lambda d: "x")
n = 0
with tf.train.MonitoredTrainingSession(hooks=[tf.train.StopAtStepHook(num_steps=3), log, log2]) as sess:
    while not sess.should_stop():
        sess.run(train)
        n += 1
print(n)
with tf.train.MonitoredTrainingSession(hooks=[tf.train.StopAtStepHook(last_step=5)]) as sess:
    while not sess.should_stop():
        sess.run(train)
        n += 1
    print(n, sess.run(gs) if not sess.should_stop() else "stopped")
with tf.train.MonitoredSession(hooks=[tf.train.StopAtStepHook(last_step=2)]) as sess:
    print(sess.should_stop())
    sess.run(train)
    print(sess.should_stop(), rnd(sess.run(w)))
