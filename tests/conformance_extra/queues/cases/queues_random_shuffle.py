# RandomShuffleQueue: sizes, sorted contents, min_after_dequeue with close, attrs, shapes.
from prelude import tf, np, rnd

q = tf.RandomShuffleQueue(10, 3, [tf.int32, tf.float32], shapes=[[], [2]], seed=7)
print(q.name, q.queue_ref.op.type, q.shapes, q.dtypes)
print(q.queue_ref.op.get_attr("min_after_dequeue"), q.queue_ref.op.get_attr("capacity"))
x = np.arange(8, dtype=np.int32)
enq = q.enqueue_many([x, np.stack([x, x * 10], 1).astype(np.float32)])
d = q.dequeue()
dm = q.dequeue_many(3)
du = q.dequeue_up_to(10)
print([t.shape for t in d], [t.shape for t in dm], [t.shape for t in du])
opts = tf.RunOptions(timeout_in_ms=200)
with tf.Session() as sess:
    sess.run(enq)
    print(sess.run(q.size()))
    a, b = sess.run(dm)
    first = a.tolist()
    print(len(set(first)), b.shape, all(int(r[1]) == 10 * int(k) for k, r in zip(a, b)))
    print(sess.run(q.size()))
    got = [int(sess.run(d)[0]) for _ in range(2)]
    print(sess.run(q.size()))
    try:
        sess.run(d, options=opts)
        print("no wait")
    except Exception as e:
        print("blocked", type(e).__name__)
    sess.run(q.close())
    a, b = sess.run(du)
    print(len(a), sorted(first + got + a.tolist()))
    print(sess.run(q.size()))
    try:
        sess.run(d)
    except Exception as e:
        print(type(e).__name__)
u = tf.RandomShuffleQueue(4, 0, tf.string)
print(u.shapes, u.dequeue().shape)
try:
    tf.RandomShuffleQueue(4, 0, tf.string, shapes=[[None]])
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(u.enqueue_many([["a", "b", "c"]]))
    print(sorted(sess.run([u.dequeue() for _ in range(3)])))
    try:
        sess.run(u.dequeue_many(1))
    except Exception as e:
        print("many unknown", type(e).__name__)
