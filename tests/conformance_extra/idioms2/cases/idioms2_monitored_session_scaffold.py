# MonitoredSession with ChiefSessionCreator and a Scaffold carrying init_fn, init_feed_dict and local_init_op.
from prelude import tf, np, rnd

start = tf.placeholder(tf.float32, [], name="start")
w = tf.Variable(start, name="w")
counter = tf.Variable(0, name="counter", collections=[tf.GraphKeys.LOCAL_VARIABLES])
bump = tf.assign_add(counter, 1)
times10 = tf.assign(w, w * 10.0)
calls = []


def init_fn(scaffold, sess):
    calls.append(type(scaffold).__name__)
    sess.run(times10)


scaffold = tf.train.Scaffold(init_feed_dict={start: 1.5}, init_fn=init_fn)
creator = tf.train.ChiefSessionCreator(scaffold=scaffold)
with tf.train.MonitoredSession(session_creator=creator) as sess:
    print(calls, rnd(sess.run(w)), sess.run(bump), sess.run(bump))
    print(type(sess.graph).__name__, sess.graph is tf.get_default_graph())
    print(scaffold.init_op.type, scaffold.local_init_op.type, type(scaffold.saver).__name__)
    print(scaffold.ready_op.dtype.name, scaffold.ready_for_local_init_op.dtype.name)
    print(sess.run(scaffold.ready_op).tolist())
print(sess.should_stop())
try:
    sess.run(bump)
except Exception as e:  # noqa: BLE001
    print("after close", type(e).__name__)
