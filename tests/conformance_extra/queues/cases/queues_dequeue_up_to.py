# dequeue_up_to: full batches while open, smaller final batch after close, static shapes, n as tensor.
from prelude import tf, np, rnd

q = tf.FIFOQueue(10, [tf.int32, tf.float32], shapes=[[], [2]])
enq = q.enqueue_many([[1, 2, 3, 4, 5], np.arange(10, dtype=np.float32).reshape(5, 2)])
n = tf.placeholder(tf.int32, [])
up = q.dequeue_up_to(n)
up3 = q.dequeue_up_to(3)
print([t.shape for t in up], [t.shape for t in up3])
dm = q.dequeue_many(n)
print([t.shape for t in dm], [t.shape for t in q.dequeue_many(4)])
with tf.Session() as sess:
    sess.run(enq)
    a, b = sess.run(up3)
    print(a.tolist(), rnd(b))
    sess.run(q.close())
    a, b = sess.run(up3)
    print(a.tolist(), rnd(b), b.shape)
    try:
        sess.run(up3)
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(up, {n: -1})
    except Exception as e:
        print("neg", type(e).__name__)
try:
    q.dequeue_many(-1)
except Exception as e:
    print("static neg", type(e).__name__)
with tf.Session() as sess:
    sess.run(enq)
    a, b = sess.run(dm, {n: 0})
    print(a.shape, b.shape, a.dtype, b.dtype)
    a, b = sess.run(up, {n: 2})
    print(a.tolist())
