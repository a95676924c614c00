# Shape/dtype mismatches on enqueue: graph-time ValueError vs run-time InvalidArgumentError.
from prelude import tf, np, rnd

q = tf.FIFOQueue(4, [tf.int32, tf.float32], shapes=[[2], []])
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__)
attempt("wrong shape", lambda: q.enqueue([[1, 2, 3], 1.0]))
attempt("wrong dtype", lambda: q.enqueue([[1, 2], "x"]))
attempt("float to int", lambda: q.enqueue([[1.5, 2.0], 1.0]))
attempt("too few", lambda: q.enqueue([[1, 2]]))
attempt("too many", lambda: q.enqueue([[1, 2], 1.0, 3]))
attempt("many scalar", lambda: q.enqueue_many([[1, 2], 1.0]))
attempt("many batch mismatch", lambda: q.enqueue_many([[[1, 2], [3, 4]], [1.0, 2.0, 3.0]]))
attempt("many elem shape", lambda: q.enqueue_many([[[1, 2, 3]], [1.0]]))
attempt("dict no names", lambda: q.enqueue({"a": [1, 2], "b": 1.0}))
attempt("bad shapes len", lambda: tf.FIFOQueue(4, [tf.int32], shapes=[[2], []]))
attempt("bad names len", lambda: tf.FIFOQueue(4, [tf.int32], names=["a", "b"]))
attempt("partial shape", lambda: tf.FIFOQueue(4, [tf.int32], shapes=[[None]]))
a = tf.placeholder(tf.int32, None)
b = tf.placeholder(tf.float32, None)
e = q.enqueue([a, b])
em = q.enqueue_many([a, b])
with tf.Session() as sess:
    for label, op, fd in [("run wrong shape", e, {a: [1, 2, 3], b: 1.0}),
                          ("run wrong scalar", e, {a: [1, 2], b: [1.0]}),
                          ("run many scalar", em, {a: 1, b: 1.0}),
                          ("run many mismatch", em, {a: [[1, 2]], b: [1.0, 2.0]}),
                          ("run many elem", em, {a: [[1, 2, 3]], b: [1.0]}),
                          ("run ok", e, {a: [1, 2], b: 3.0})]:
        try:
            sess.run(op, fd)
            print(label, "ok")
        except Exception as ex:
            print(label, type(ex).__name__)
    print(sess.run(q.size()))
