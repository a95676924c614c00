# Queue static shapes for dequeue_many / up_to and enqueue_many shape errors, names of queue ops.
from prelude import tf, np, rnd

with tf.name_scope("input"):
    q = tf.FIFOQueue(10, [tf.float32, tf.int32], shapes=[[3], []], name="fifo")
print(q.name, q.queue_ref.name)
e = q.enqueue_many([np.zeros([4, 3], np.float32), np.arange(4, dtype=np.int32)])
print(e.name, e.type)
d = q.dequeue_many(3)
u = q.dequeue_up_to(3)
print([t.shape.as_list() for t in d], [t.shape.as_list() for t in u])
print(d[0].op.name, u[0].op.name, d[0].op.type, u[0].op.type)
k = tf.placeholder(tf.int32, [])
dk = q.dequeue_many(k)
print([t.shape.as_list() for t in dk])
try:
    q.enqueue_many([np.zeros([4, 3], np.float32), np.arange(5, dtype=np.int32)])
except Exception as e2:
    print(type(e2).__name__)
with tf.Session() as sess:
    sess.run(e)
    sess.run(e)
    print(sess.run(q.size()))
    a, b = sess.run(d)
    print(a.shape, b.tolist())
    a, b = sess.run(dk, {k: 4})
    print(a.shape, b.tolist())
    sess.run(q.close())
    a, b = sess.run(u)
    print(a.shape, b.tolist())
    try:
        sess.run(u)
    except Exception as e3:
        print(type(e3).__name__)
    try:
        sess.run(q.close())
        print("close twice ok")
    except Exception as e4:
        print(type(e4).__name__)
print(tf.QueueBase.from_list(0, [q]).name if hasattr(tf, "QueueBase") else None)
