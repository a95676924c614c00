# PaddingFIFOQueue: dynamic dims padded by dequeue_many (zeros, empty strings), static shapes, errors.
from prelude import tf, np, rnd

q = tf.PaddingFIFOQueue(10, [tf.int32, tf.string, tf.float32], shapes=[[None], [None, 2], []])
print(q.shapes, q.queue_ref.op.type)
a = tf.placeholder(tf.int32, [None])
b = tf.placeholder(tf.string, [None, 2])
c = tf.placeholder(tf.float32, [])
enq = q.enqueue([a, b, c])
dm = q.dequeue_many(3)
du = q.dequeue_up_to(5)
print([t.shape for t in dm], [t.shape for t in du], [t.shape for t in q.dequeue()])
with tf.Session() as sess:
    sess.run(enq, {a: [1], b: [["x", "y"]], c: 1.0})
    sess.run(enq, {a: [1, 2, 3], b: np.zeros([0, 2], dtype=object), c: 2.0})
    sess.run(enq, {a: [], b: [["p", "q"], ["r", "s"], ["t", "u"]], c: 3.0})
    x, y, z = sess.run(dm)
    print(x.tolist(), y.tolist(), rnd(z))
    sess.run(enq, {a: [7, 8], b: [["m", "n"]], c: 4.0})
    sess.run(q.close())
    x, y, z = sess.run(du)
    print(x.tolist(), y.tolist(), rnd(z))
    try:
        sess.run(dm)
    except Exception as e:
        print(type(e).__name__)
try:
    tf.PaddingFIFOQueue(10, [tf.int32], shapes=None)
except Exception as e:
    print("no shapes", type(e).__name__)
try:
    tf.PaddingFIFOQueue(10, [tf.int32], shapes=[None])
    print("unknown rank ok")
except Exception as e:
    print("unknown rank", type(e).__name__)
q2 = tf.PaddingFIFOQueue(4, tf.int32, shapes=[[None, 3]])
try:
    q2.enqueue([[1, 2]])
except Exception as e:
    print("bad rank", type(e).__name__)
p = tf.placeholder(tf.int32, None)
e2 = q2.enqueue(p)
with tf.Session() as sess:
    try:
        sess.run(e2, {p: [[1, 2]]})
    except Exception as e:
        print("run bad dim", type(e).__name__)
    sess.run(e2, {p: np.zeros([0, 3], np.int32)})
    sess.run(e2, {p: np.ones([2, 3], np.int32)})
    r = sess.run(q2.dequeue_many(2))
    print(r.shape, r.tolist())
