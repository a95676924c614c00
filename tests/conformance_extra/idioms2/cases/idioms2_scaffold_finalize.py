# tf.train.Scaffold defaults after finalize(): ops, saver, summary op; finalize freezes the graph.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
tf.summary.scalar("s", tf.reduce_sum(v))
sc = tf.train.Scaffold()
print(sc.init_op, sc.saver, sc.summary_op)
sc.finalize()
print(sc.init_op.type, sc.local_init_op.type, sc.ready_op.op.type, sc.summary_op.op.type)
print(type(sc.saver).__name__, tf.get_default_graph().finalized)
print(sc.init_fn, sc.init_feed_dict)
print(len(tf.get_collection(tf.GraphKeys.SAVERS)), len(tf.get_collection(tf.GraphKeys.INIT_OP)))
print(tf.get_collection(tf.GraphKeys.READY_OP)[0] is sc.ready_op)
try:
    tf.constant(1.0)
except RuntimeError as e:
    print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(sc.ready_op).tolist())
    sess.run(sc.init_op)
    print(sess.run(sc.ready_op).tolist(), rnd(sess.run(v)))
with tf.Graph().as_default():
    u = tf.Variable(3.0)
    sc2 = tf.train.Scaffold(saver=tf.train.Saver(max_to_keep=1), summary_op=None)
    sc2.finalize()
    print(sc2.saver.saver_def.max_to_keep, sc2.summary_op)
