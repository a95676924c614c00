# TextLineReader: keys file:line, skip_header_lines, CRLF, no trailing newline, counters and reset.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
f1 = os.path.join(d, "a.csv")
f2 = os.path.join(d, "b.csv")
with open(f1, "wb") as f:
    f.write(b"h1,h2\n1,2\r\n3,4\n")
with open(f2, "wb") as f:
    f.write(b"hdr\n\n5,6")
r = tf.TextLineReader(skip_header_lines=1)
print(r.reader_ref.op.type, r.reader_ref.op.name, r.reader_ref.dtype.name, r.supports_serialize)
print(r.reader_ref.op.get_attr("skip_header_lines"))
q = tf.FIFOQueue(5, tf.string, shapes=[[]])
key, value = r.read(q)
print(key.name, value.name, key.shape, value.shape, key.op.type)
res = r.read(q)
print(type(res).__name__, res._fields)
n = r.num_records_produced()
w = r.num_work_units_completed()
print(n.name, n.dtype.name, w.name, w.dtype.name)
with tf.Session() as sess:
    sess.run(q.enqueue_many([[f1, f2]]))
    sess.run(q.close())
    out = []
    for _ in range(4):
        k, v = sess.run([key, value])
        out.append((os.path.basename(k.decode()), v))
    print(out)
    print(sess.run([n, w]))
    try:
        sess.run(key)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run([n, w]))
    sess.run(r.reset())
    print(sess.run([n, w]))
r2 = tf.TextLineReader(name="plain")
q2 = tf.FIFOQueue(5, tf.string, shapes=[[]])
k2, v2 = r2.read_up_to(q2, 10)
print(r2.reader_ref.op.name, k2.shape, v2.shape, k2.op.type)
with tf.Session() as sess:
    sess.run(q2.enqueue_many([[f1, f2]]))
    ks, vs = sess.run([k2, v2])
    print([os.path.basename(k.decode()) for k in ks], vs.tolist())
    ks, vs = sess.run([k2, v2])
    print([os.path.basename(k.decode()) for k in ks], vs.tolist())
    print(sess.run(r2.num_records_produced()), sess.run(r2.num_work_units_completed()))
