# OutOfRangeError: exhausted iterators and closed empty queues; the usual loop.
from prelude import tf, np

ds = tf.data.Dataset.range(3)
it = tf.data.make_one_shot_iterator(ds)
nxt = it.get_next()
q = tf.FIFOQueue(5, tf.int32, shapes=[[]])
enq = q.enqueue_many([[1, 2]])
close = q.close()
deq = q.dequeue()
deq_many = q.dequeue_many(2)
with tf.Session() as sess:
    got = []
    try:
        while True:
            got.append(int(sess.run(nxt)))
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__, e.error_code, got, isinstance(e, tf.errors.OpError))
        print("End of sequence" in e.message)
    try:
        sess.run(nxt)
    except tf.errors.OutOfRangeError as e:
        print("again", type(e).__name__)
    sess.run(enq)
    sess.run(close)
    print(sess.run(deq))
    try:
        sess.run(deq_many)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__, e.op.name, "is closed and has insufficient elements" in e.message,
              "requested 2, current size 1" in e.message)
    print(sess.run(deq))
    try:
        sess.run(deq)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__, e.op.name, e.op.type, "is closed and has insufficient elements" in e.message)
