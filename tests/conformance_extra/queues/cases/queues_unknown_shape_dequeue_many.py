# A queue without shapes: dequeue gives unknown shapes; dequeue_many fails at run time.
from prelude import tf, np, rnd

q = tf.FIFOQueue(5, [tf.int32, tf.string])
print(q.shapes)
d = q.dequeue()
print([t.shape for t in d], [t.dtype.name for t in d])
dm = q.dequeue_many(2)
print([t.shape for t in dm])
du = q.dequeue_up_to(2)
print([t.shape for t in du])
with tf.Session() as sess:
    sess.run(q.enqueue([[1, 2, 3], "abc"]))
    sess.run(q.enqueue([[[4]], "de"]))
    sess.run(q.enqueue([5, ""]))
    try:
        sess.run(dm)
    except Exception as e:
        print("many", type(e).__name__)
    try:
        sess.run(du)
    except Exception as e:
        print("up_to", type(e).__name__)
    print(sess.run(q.size()))
    for _ in range(3):
        x, s = sess.run(d)
        print(x.tolist(), x.shape, s)
    try:
        sess.run(q.enqueue_many([[1, 2], ["a", "b"]]))
        print(sess.run(q.size()))
        print(sess.run(d))
    except Exception as e:
        print("enqueue_many", type(e).__name__)
q1 = tf.FIFOQueue(5, [tf.int32], shapes=[[2]])
q2 = tf.FIFOQueue(5, tf.int32)
print(q1.dequeue().shape, q2.dequeue().shape, q1.dequeue_many(3).shape)
