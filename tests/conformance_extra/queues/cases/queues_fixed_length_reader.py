# FixedLengthRecordReader: header/footer bytes, hop_bytes, keys, leftover bytes, decode_raw of records.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")
body = np.arange(12, dtype=np.int16).tobytes()
with open(p, "wb") as f:
    f.write(b"HEAD" + body + b"FT")
r = tf.FixedLengthRecordReader(record_bytes=8, header_bytes=4, footer_bytes=2)
op = r.reader_ref.op
print(op.type, op.name, op.get_attr("record_bytes"), op.get_attr("header_bytes"), op.get_attr("footer_bytes"), op.get_attr("hop_bytes"))
q = tf.FIFOQueue(5, tf.string, shapes=[[]])
k, v = r.read(q)
vals = tf.decode_raw(v, tf.int16)
print(vals.shape, vals.dtype.name)
with tf.Session() as sess:
    sess.run(q.enqueue_many([[p, p]]))
    for _ in range(4):
        kk, vv = sess.run([k, vals])
        print(kk.decode().split(":")[-1], vv.tolist())
    print(sess.run(r.num_records_produced()))
h = tf.FixedLengthRecordReader(record_bytes=4, header_bytes=4, footer_bytes=2, hop_bytes=6)
q2 = tf.FIFOQueue(5, tf.string, shapes=[[]])
ks, vs = h.read_up_to(q2, 100)
with tf.Session() as sess:
    sess.run(q2.enqueue(p))
    kk, vv = sess.run([ks, vs])
    print([x.decode().split(":")[-1] for x in kk], [np.frombuffer(x, np.int16).tolist() for x in vv])
r3 = tf.FixedLengthRecordReader(5)
q3 = tf.FIFOQueue(5, tf.string, shapes=[[]])
ks3, vs3 = r3.read_up_to(q3, 100)
with tf.Session() as sess:
    sess.run(q3.enqueue(p))
    sess.run(q3.close())
    kk, vv = sess.run([ks3, vs3])
    print(len(kk), [len(x) for x in vv])
    try:
        sess.run(ks3)
    except Exception as e:
        print(type(e).__name__)
