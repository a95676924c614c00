# WholeFileReader: one record per file, key is the file name; empty files; missing file error.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
paths = []
for name, data in [("x.bin", b"\x00\x01\x02"), ("empty.txt", b""), ("y.txt", b"hello\nworld\n")]:
    p = os.path.join(d, name)
    with open(p, "wb") as f:
        f.write(data)
    paths.append(p)
r = tf.WholeFileReader()
print(r.reader_ref.op.type, r.reader_ref.op.name)
q = tf.FIFOQueue(5, tf.string, shapes=[[]])
k, v = r.read(q)
with tf.Session() as sess:
    sess.run(q.enqueue_many([paths + [os.path.join(d, "missing")]]))
    for _ in range(3):
        kk, vv = sess.run([k, v])
        print(os.path.basename(kk.decode()), vv, kk.decode() == os.path.join(d, os.path.basename(kk.decode())))
    print(sess.run(r.num_records_produced()), sess.run(r.num_work_units_completed()))
    try:
        sess.run(k)
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(k)
    except Exception as e:
        print("again", type(e).__name__)
print(tf.read_file(paths[0]).op.type)
with tf.Session() as sess:
    print(sess.run(tf.read_file(paths[2])))
    try:
        sess.run(tf.read_file(os.path.join(d, "nope")))
    except Exception as e:
        print(type(e).__name__)
