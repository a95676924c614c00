# RandomShuffleQueue sizes, PaddingFIFOQueue, dequeue_up_to after close.
from prelude import tf, np, rnd

rq = tf.RandomShuffleQueue(10, min_after_dequeue=2, dtypes=[tf.int32], shapes=[[]], seed=1)
enq = rq.enqueue_many([tf.range(6)])
d = rq.dequeue()
with tf.Session() as sess:
    sess.run(enq)
    print(sess.run(rq.size()))
    got = [int(sess.run(d)) for _ in range(4)]
    print(len(got), sess.run(rq.size()))
    sess.run(rq.close())
    rest = sess.run(rq.dequeue_up_to(10))
    print(sorted(got + rest.tolist()))
pq = tf.PaddingFIFOQueue(5, [tf.int32, tf.string], shapes=[[None], []])
print(pq.shapes)
x = tf.placeholder(tf.int32, [None])
penq = pq.enqueue((x, tf.constant("s")))
pd = pq.dequeue_many(2)
pu = pq.dequeue_up_to(5)
print(pd[0].shape.as_list(), pu[0].shape.as_list())
with tf.Session() as sess:
    sess.run(penq, {x: [1, 2, 3]})
    sess.run(penq, {x: [4]})
    sess.run(penq, {x: [5, 6]})
    a, b = sess.run(pd)
    print(a.tolist(), b.tolist())
    sess.run(pq.close())
    a, b = sess.run(pu)
    print(a.tolist(), b.tolist())
    try:
        sess.run(pu)
    except Exception as e:
        print(type(e).__name__)
try:
    tf.PaddingFIFOQueue(5, [tf.int32])
except Exception as e:
    print(type(e).__name__)
