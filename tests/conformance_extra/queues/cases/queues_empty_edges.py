# Edge cases: dequeue_many(0), empty enqueue_many, capacity-bounded enqueue times out, zero-size elements.
from prelude import tf, np, rnd

q = tf.FIFOQueue(2, [tf.float32], shapes=[[0, 3]])
opts = tf.RunOptions(timeout_in_ms=100)
with tf.Session() as sess:
    sess.run(q.enqueue([np.zeros([0, 3], np.float32)]))
    r = sess.run(q.dequeue())
    print(r.shape, r.dtype)
    sess.run(q.enqueue_many([np.zeros([0, 0, 3], np.float32)]))
    print(sess.run(q.size()))
    r = sess.run(q.dequeue_many(0))
    print(r.shape)
q2 = tf.FIFOQueue(2, tf.int32, shapes=[[]])
with tf.Session() as sess:
    sess.run(q2.enqueue_many([[1, 2]]))
    try:
        sess.run(q2.enqueue(3), options=opts)
    except Exception as e:
        print("full", type(e).__name__)
    print(sess.run(q2.size()))
    print(sess.run(q2.dequeue_many(2)).tolist())
    try:
        sess.run(q2.dequeue_many(1), options=opts)
    except Exception as e:
        print("empty", type(e).__name__)
    sess.run(q2.enqueue_many([np.zeros([0], np.int32)]))
    print(sess.run(q2.size()))
big = tf.FIFOQueue(-1, tf.int32, shapes=[[]])
print(big.queue_ref.op.get_attr("capacity"))
with tf.Session() as sess:
    sess.run(big.enqueue_many([np.arange(100, dtype=np.int32)]))
    print(sess.run(big.size()))
d = tf.FIFOQueue(3, tf.int32, shapes=[[]]).dequeue_many(tf.constant(0))
print(d.shape)
