# PriorityQueue: lowest priority first, int64 priority component, shapes/dtypes, enqueue_many.
from prelude import tf, np, rnd

q = tf.PriorityQueue(10, [tf.string, tf.float32], shapes=[[], [2]])
print(q.dtypes, q.shapes, q.queue_ref.op.type, q.name)
print(q.queue_ref.op.get_attr("component_types"))
e = q.enqueue([tf.constant(5, tf.int64), "five", [5.0, 5.5]])
em = q.enqueue_many([tf.constant([3, 9, 1], tf.int64), ["three", "nine", "one"],
                     [[3.0, 3.5], [9.0, 9.5], [1.0, 1.5]]])
d = q.dequeue()
dm = q.dequeue_many(2)
print([t.dtype.name for t in d], [t.shape for t in d], [t.shape for t in dm])
with tf.Session() as sess:
    sess.run(e)
    sess.run(em)
    print(sess.run(q.size()))
    p, s, v = sess.run(d)
    print(p, s, rnd(v))
    p, s, v = sess.run(dm)
    print(p.tolist(), s.tolist(), rnd(v))
    sess.run(q.enqueue([tf.constant(-2, tf.int64), "neg", [0.0, 0.0]]))
    sess.run(q.enqueue([tf.constant(9, tf.int64), "nine2", [0.0, 0.0]]))
    sess.run(q.close())
    print(sess.run(q.size()))
    try:
        p, s, v = sess.run(q.dequeue_up_to(10))
        print(p.tolist(), sorted(s.tolist()))
    except Exception as e:
        print("up_to", type(e).__name__)
    print(sess.run(q.size()))
try:
    tf.PriorityQueue(3, [tf.int32])
except Exception as e:
    print("no shapes", type(e).__name__)
try:
    q.enqueue([tf.constant(1, tf.int32), "x", [1.0, 2.0]])
except Exception as e:
    print("int32 priority", type(e).__name__)
try:
    tf.PriorityQueue(3, [], shapes=[])
except Exception as e:
    print("empty types", type(e).__name__)
q2 = tf.PriorityQueue(3, [tf.int32], shapes=[[]])
print(q2.dtypes, q2.shapes)
with tf.Session() as sess:
    sess.run(q2.enqueue_many([tf.constant([4, 2, 8], tf.int64), [40, 20, 80]]))
    print([x.tolist() for x in sess.run(q2.dequeue_many(3))])
