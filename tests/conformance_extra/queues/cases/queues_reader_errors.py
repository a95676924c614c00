# Reader errors: missing file NotFoundError, wrong queue dtype, read_up_to non-positive, shared readers.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
p = os.path.join(d, "ok.txt")
with open(p, "w") as f:
    f.write("a\nb\n")
r = tf.TextLineReader()
q = tf.FIFOQueue(5, tf.string, shapes=[[]])
k, v = r.read(q)
with tf.Session() as sess:
    sess.run(q.enqueue_many([[os.path.join(d, "nope.txt"), p]]))
    try:
        sess.run(v)
    except Exception as e:
        print("missing", type(e).__name__)
    try:
        print("next reads", sess.run(v), sess.run(v))
    except Exception as e:
        print("missing again", type(e).__name__)
iq = tf.FIFOQueue(5, tf.int32, shapes=[[]])
r2 = tf.TextLineReader()
k2, v2 = r2.read(iq)
with tf.Session() as sess:
    sess.run(iq.enqueue(1))
    try:
        sess.run(v2)
    except Exception as e:
        print("int queue", type(e).__name__)
r3 = tf.TextLineReader()
q3 = tf.FIFOQueue(5, tf.string, shapes=[[]])
n = tf.placeholder(tf.int64, [])
ks, vs = r3.read_up_to(q3, n)
with tf.Session() as sess:
    sess.run(q3.enqueue(p))
    for val in [0]:
        try:
            print(sess.run(vs, {n: val}).tolist())
        except Exception as e:
            print("up_to", val, type(e).__name__)
    print(sess.run(vs, {n: 1}).tolist())
    opts = tf.RunOptions(timeout_in_ms=100)
    print(sess.run(vs, {n: 5}).tolist())
    try:
        sess.run(vs, {n: 5}, options=opts)
    except Exception as e:
        print("waiting", type(e).__name__)
    sess.run(q3.close())
    try:
        sess.run(vs, {n: 5})
    except Exception as e:
        print("closed", type(e).__name__)
