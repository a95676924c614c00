# Readers and files that fail to open: which readers drop the file, counters after the error.
import os, tempfile
from prelude import tf, np, rnd
d = tempfile.mkdtemp()
p = os.path.join(d, "ok.txt")
with open(p, "wb") as f:
    f.write(b"abcdefgh\nb\n")
for mk in [lambda: tf.TextLineReader(), lambda: tf.TFRecordReader(), lambda: tf.FixedLengthRecordReader(4), lambda: tf.TextLineReader(skip_header_lines=1)]:
    r = mk()
    q = tf.FIFOQueue(5, tf.string, shapes=[[]])
    k, v = r.read(q)
    with tf.Session() as sess:
        sess.run(q.enqueue_many([[os.path.join(d, "nope.txt"), p]])); sess.run(q.close())
        for _ in range(2):
            try:
                print(sess.run(v))
            except Exception as e:
                print("err", type(e).__name__)
            print([int(x) for x in sess.run([r.num_records_produced(), r.num_work_units_completed()])], sess.run(q.size()))
