# tf.train.Supervisor basics: init_fn, global_step discovery, managed_session, stop, and the events it writes.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
gs = tf.train.get_or_create_global_step()
w = tf.Variable(1.0, name="w")
train = tf.group(tf.assign_add(w, 1.0), tf.assign_add(gs, 1))
set5 = tf.assign(w, 5.0)
sv = tf.train.Supervisor(logdir=logdir, init_fn=lambda s: s.run(set5) and None,
                         save_model_secs=0, save_summaries_secs=0, summary_op=None)
print(sv.is_chief, sv.global_step is gs, type(sv.saver).__name__, type(sv.coord).__name__)
print(sv.init_op.type, sv.summary_op, tf.get_default_graph().finalized)
with sv.managed_session() as sess:
    for _ in range(3):
        sess.run(train)
    print(rnd(sess.run(w)), sess.run(gs), tf.train.global_step(sess, gs))
    sv.saver.save(sess, os.path.join(logdir, "model.ckpt"), global_step=gs)
print(sv.should_stop(), os.path.basename(tf.train.latest_checkpoint(logdir)))
events = []
for f in sorted(os.listdir(logdir)):
    if "tfevents" in f:
        for ev in tf.train.summary_iterator(os.path.join(logdir, f)):
            k = ev.WhichOneof("what")
            events.append((k, ev.step, ev.session_log.status if k == "session_log" else ""))
print(events)
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(1.0, name="w")
    sv = tf.train.Supervisor(logdir=logdir, save_model_secs=0, save_summaries_secs=0)
    with sv.managed_session() as sess:
        print("resumed", rnd(sess.run(w)), sess.run(gs))
        sv.request_stop()
        print(sv.should_stop())
