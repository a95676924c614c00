# FIFOQueue enqueue/dequeue/size/close semantics.
from prelude import tf, np, rnd

q = tf.FIFOQueue(3, [tf.int32, tf.float32], shapes=[[], [2]], name="q")
print(q.name, q.dtypes, q.shapes, q.queue_ref.dtype.name, q.queue_ref.op.type)
enq = q.enqueue((tf.constant(1), tf.constant([1.0, 2.0])), name="enq")
enq_many = q.enqueue_many(([2, 3], [[3.0, 4.0], [5.0, 6.0]]))
deq = q.dequeue(name="deq")
deq_many = q.dequeue_many(2)
size = q.size()
close = q.close()
print(enq.name, enq.type, [t.name for t in deq], deq[0].shape.as_list(), deq_many[1].shape.as_list())
print(size.name, size.dtype.name, close.type)
with tf.Session() as sess:
    sess.run(enq)
    sess.run(enq_many)
    print(sess.run(size))
    i, f = sess.run(deq)
    print(int(i), rnd(f))
    print(sess.run(q.is_closed()))
    sess.run(close)
    print(sess.run(q.is_closed()))
    try:
        sess.run(enq)
    except Exception as e:
        print(type(e).__name__)
    out = sess.run(deq_many)
    print(out[0].tolist(), rnd(out[1]))
    try:
        sess.run(deq)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(size))
