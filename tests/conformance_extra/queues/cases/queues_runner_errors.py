# Errors raised in queue runner threads reach the Coordinator; join re-raises them.
from prelude import tf, np, rnd

x = tf.placeholder_with_default(tf.constant([1.0, 2.0]), [None])
check = tf.debugging.assert_positive(tf.placeholder_with_default(-1.0, []))
q = tf.FIFOQueue(4, tf.float32, shapes=[[]])
with tf.control_dependencies([check]):
    bad = q.enqueue(tf.constant(1.0))
qr = tf.train.QueueRunner(q, [bad])
tf.train.add_queue_runner(qr)
with tf.Session() as sess:
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    try:
        coord.join(threads, stop_grace_period_secs=5)
        print("no error")
    except Exception as e:
        print("join", type(e).__name__)
    print(coord.should_stop())
    print(sess.run(q.is_closed()))
try:
    tf.train.start_queue_runners()
except Exception as e:
    print("no default", type(e).__name__)
try:
    tf.train.start_queue_runners(sess="not a session")
except Exception as e:
    print("bad sess", type(e).__name__)
sess = tf.Session()
with sess.as_default():
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(coord=coord)
    print(len(threads))
    try:
        coord.join(threads, stop_grace_period_secs=5)
    except Exception as e:
        print("join2", type(e).__name__)
sess.close()
