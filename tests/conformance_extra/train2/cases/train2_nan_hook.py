# NanTensorHook with fail_on_nan_loss True / False inside MonitoredTrainingSession.
from prelude import tf, np, rnd

import logging
logging.getLogger("tensorflow").setLevel(logging.ERROR)
tf.logging.set_verbosity(tf.logging.ERROR)


def run(fail, steps=5):
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(1.0, name="w")
        loss = tf.cond(gs >= 2, lambda: tf.constant(np.nan), lambda: w * w)
        train = tf.train.GradientDescentOptimizer(0.1).minimize(w * w, global_step=gs)
        hooks = [tf.train.NanTensorHook(loss, fail_on_nan_loss=fail), tf.train.StopAtStepHook(last_step=steps)]
        n = 0
        try:
            with tf.train.MonitoredTrainingSession(hooks=hooks) as sess:
                while not sess.should_stop():
                    sess.run([train, loss])
                    n += 1
            print(fail, "finished", n)
        except Exception as e:
            print(fail, type(e).__name__, n)


run(True)
run(False)
print(issubclass(tf.train.NanLossDuringTrainingError, RuntimeError))
