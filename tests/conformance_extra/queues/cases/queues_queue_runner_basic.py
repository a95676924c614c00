# QueueRunner + Coordinator: runner properties, collection, threads fill a queue until input ends.
from prelude import tf, np, rnd

src = tf.FIFOQueue(10, tf.int32, shapes=[[]], name="src")
fill = src.enqueue_many([tf.range(6)])
close_src = src.close()
dst = tf.FIFOQueue(3, tf.int32, shapes=[[]], name="dst")
move = dst.enqueue(src.dequeue() * 10)
qr = tf.train.QueueRunner(dst, [move])
print(qr.name, qr.queue.name, [op.name for op in qr.enqueue_ops])
print(qr.close_op.name, qr.cancel_op.name, qr.close_op.type)
print([t.__name__ for t in qr.queue_closed_exception_types])
tf.train.add_queue_runner(qr)
print(len(tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)), tf.GraphKeys.QUEUE_RUNNERS)
out = dst.dequeue()
with tf.Session() as sess:
    sess.run(fill)
    sess.run(close_src)
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    print(len(threads), all(t.daemon for t in threads))
    got = []
    try:
        while True:
            got.append(int(sess.run(out)))
    except tf.errors.OutOfRangeError as e:
        print("done", type(e).__name__)
    print(got)
    coord.request_stop()
    coord.join(threads)
    print(coord.should_stop(), qr.exceptions_raised)
    print(sess.run(dst.is_closed()))
try:
    tf.train.QueueRunner(dst, [])
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.QueueRunner(dst, [move], queue_closed_exception_types=(ValueError,))
except Exception as e:
    print(type(e).__name__)
qr2 = tf.train.QueueRunner(dst, [move, move], queue_closed_exception_types=(tf.errors.OutOfRangeError, tf.errors.CancelledError))
print([t.__name__ for t in qr2.queue_closed_exception_types], len(qr2.enqueue_ops))
