# Queue errors: wrong dtype/shape on enqueue, cancel_pending_enqueues, timeouts.
from prelude import tf, np, rnd

q = tf.FIFOQueue(2, tf.float32, shapes=[[2]])
print(q.dtypes, q.shapes, q.names)
try:
    q.enqueue(tf.constant([1, 2]))
except Exception as e:
    print(type(e).__name__)
try:
    q.enqueue(tf.constant([1.0, 2.0, 3.0]))
except Exception as e:
    print(type(e).__name__)
ph = tf.placeholder(tf.float32, [None])
e2 = q.enqueue(ph)
deq = q.dequeue()
opts = tf.RunOptions(timeout_in_ms=50)
with tf.Session() as sess:
    try:
        sess.run(e2, {ph: [1.0, 2.0, 3.0]})
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(deq, options=opts)
    except Exception as e:
        print(type(e).__name__)
    sess.run(e2, {ph: [1.0, 2.0]})
    sess.run(e2, {ph: [3.0, 4.0]})
    try:
        sess.run(e2, {ph: [5.0, 6.0]}, options=opts)
    except Exception as e:
        print(type(e).__name__)
    sess.run(q.close(cancel_pending_enqueues=True))
    print(rnd(sess.run(deq)), sess.run(q.size()))
u = tf.FIFOQueue(3, [tf.int32])
print(u.shapes, u.dequeue().shape)
try:
    u.dequeue_many(2)
    print("ok")
except Exception as e:
    print(type(e).__name__)
nq = tf.FIFOQueue(3, [tf.int32, tf.float32], names=["a", "b"])
print(nq.names)
ne = nq.enqueue({"a": 1, "b": 2.0})
nd = nq.dequeue()
print(sorted(nd.keys()))
with tf.Session() as sess:
    sess.run(ne)
    r = sess.run(nd)
    print(r["a"], r["b"])
