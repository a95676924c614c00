# shared_name: two queue ops sharing one queue in a session; mismatched definitions fail at run time.
from prelude import tf, np, rnd

a = tf.FIFOQueue(5, tf.int32, shapes=[[]], shared_name="shared_q", name="qa")
b = tf.FIFOQueue(5, tf.int32, shapes=[[]], shared_name="shared_q", name="qb")
print(a.queue_ref.op.get_attr("shared_name"), b.queue_ref.op.get_attr("container"))
c = tf.FIFOQueue(6, tf.int32, shapes=[[]], shared_name="shared_q", name="qc")
d = tf.FIFOQueue(5, tf.float32, shapes=[[]], shared_name="shared_q", name="qd")
with tf.Session() as sess:
    sess.run(a.enqueue_many([[1, 2, 3]]))
    print(sess.run(b.size()), sess.run(b.dequeue()))
    sess.run(b.enqueue(4))
    print(sess.run(a.dequeue_many(3)).tolist())
    for label, q in [("capacity", c), ("dtype", d)]:
        try:
            sess.run(q.size())
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__)
    sess.run(a.close())
    print(sess.run(b.is_closed()))
with tf.Session() as sess:
    print(sess.run(b.is_closed()), sess.run(a.size()))
u1 = tf.FIFOQueue(5, tf.int32, shapes=[[]])
u2 = tf.FIFOQueue(5, tf.int32, shapes=[[]])
with tf.Session() as sess:
    sess.run(u1.enqueue(1))
    print(sess.run(u1.size()), sess.run(u2.size()))
