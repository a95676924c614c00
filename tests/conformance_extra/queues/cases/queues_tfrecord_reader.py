# TFRecordReader with GZIP/ZLIB/none, TFRecordWriter options, tf_record_iterator, read_up_to, keys.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
files = {}
for comp in ["", "GZIP", "ZLIB"]:
    p = os.path.join(d, "r_%s.tfrecord" % (comp or "none"))
    opts = tf.io.TFRecordOptions(compression_type=comp) if comp else None
    with tf.io.TFRecordWriter(p, options=opts) as w:
        for i in range(3):
            w.write(("rec%d-%s" % (i, comp)).encode())
        w.write(b"")
    files[comp] = p
for comp, p in files.items():
    opts = tf.io.TFRecordOptions(compression_type=comp) if comp else None
    print(comp or "none", list(tf.io.tf_record_iterator(p, options=opts)))
print(list(tf.python_io.tf_record_iterator(files["GZIP"], options=tf.python_io.TFRecordOptions(tf.python_io.TFRecordCompressionType.GZIP))))
print(tf.python_io.TFRecordOptions.get_compression_type_string(tf.python_io.TFRecordCompressionType.ZLIB))
print(repr(tf.python_io.TFRecordOptions.get_compression_type_string(None)))
for comp, p in files.items():
    opts = tf.io.TFRecordOptions(compression_type=comp) if comp else None
    r = tf.TFRecordReader(options=opts)
    print(r.reader_ref.op.type, repr(r.reader_ref.op.get_attr("compression_type")))
    q = tf.FIFOQueue(5, tf.string, shapes=[[]])
    k, v = r.read(q)
    ks, vs = r.read_up_to(q, 2)
    with tf.Session() as sess:
        sess.run(q.enqueue_many([[p, p]]))
        kk, vv = sess.run([k, v])
        print(kk.decode().split(":")[-1], vv)
        kk, vv = sess.run([ks, vs])
        print([x.decode().split(":")[-1] for x in kk], vv.tolist())
        kk, vv = sess.run([ks, vs])
        print([x.decode().split(":")[-1] for x in kk], vv.tolist())
        print(sess.run(r.num_records_produced()), sess.run(r.num_work_units_completed()))
bad = tf.TFRecordReader()
q = tf.FIFOQueue(5, tf.string, shapes=[[]])
k, v = bad.read(q)
with tf.Session() as sess:
    sess.run(q.enqueue(files["GZIP"]))
    try:
        sess.run(k)
    except Exception as e:
        print("gzip as plain", type(e).__name__)
try:
    list(tf.io.tf_record_iterator(files["GZIP"]))
except Exception as e:
    print("iter gzip as plain", type(e).__name__)
try:
    list(tf.io.tf_record_iterator(os.path.join(d, "missing")))
except Exception as e:
    print("iter missing", type(e).__name__)
