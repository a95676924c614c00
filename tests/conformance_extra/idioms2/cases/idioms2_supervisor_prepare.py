# Supervisor.prepare_or_wait_for_session without logdir, summary_computed, and explicit stop().
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
x = tf.Variable(2.0, name="x")
step = tf.assign_add(gs, 1)
summ = tf.summary.scalar("x", x)
sv = tf.train.Supervisor(logdir=None, summary_op=None)
print(sv.summary_writer, sv.save_path, sv.is_chief)
sess = sv.prepare_or_wait_for_session("")
print(type(sess).__name__, rnd(sess.run(x)), sess.run(step))
try:
    sv.summary_computed(sess, sess.run(summ))
except RuntimeError as e:
    print(type(e).__name__)
sv.stop()
print(sv.should_stop())
sess.close()
