# Closing: drain then OutOfRangeError, enqueue after close, closing twice, cancel_pending_enqueues.
from prelude import tf, np, rnd

q = tf.FIFOQueue(4, tf.int32, shapes=[[]])
enq = q.enqueue_many([[1, 2, 3]])
e1 = q.enqueue(9)
d = q.dequeue()
dm = q.dequeue_many(2)
close = q.close()
cancel = q.close(cancel_pending_enqueues=True)
with tf.Session() as sess:
    sess.run(enq)
    sess.run(close)
    try:
        sess.run(e1)
    except Exception as e:
        print("enqueue after close", type(e).__name__)
    try:
        sess.run(close)
        print("second close ok")
    except Exception as e:
        print("second close", type(e).__name__)
    sess.run(cancel)
    print("cancel ok")
    print(sess.run(d))
    print(sess.run(q.size()))
    try:
        sess.run(q.dequeue_many(3))
    except Exception as e:
        print("dequeue_many 3", type(e).__name__)
    print(sess.run(q.size()))
    print(sess.run(dm))
    try:
        sess.run(d)
    except Exception as e:
        print("empty", type(e).__name__, isinstance(e, tf.errors.OpError))
    try:
        sess.run(dm)
    except Exception as e:
        print("empty many", type(e).__name__)
    try:
        sess.run(q.dequeue_up_to(2))
    except Exception as e:
        print("empty up_to", type(e).__name__)
# a new session sees a fresh queue
with tf.Session() as sess:
    print(sess.run(q.is_closed()), sess.run(q.size()))
