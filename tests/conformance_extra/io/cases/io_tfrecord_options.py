# TFRecordOptions, ZLIB, get_compression_type_string, TFRecordDataset with compression and map.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
T = tf.python_io.TFRecordCompressionType
print(T.NONE, T.ZLIB, T.GZIP)
for c in [None, T.NONE, T.ZLIB, T.GZIP, "GZIP", ""]:
    o = c if isinstance(c, str) or c is None else tf.python_io.TFRecordOptions(c)
    print(repr(tf.python_io.TFRecordOptions.get_compression_type_string(o)))
pz = os.path.join(tmp, "z.rec")
with tf.python_io.TFRecordWriter(pz, tf.python_io.TFRecordOptions(T.ZLIB)) as w:
    for i in range(3):
        w.write(b"%d" % i)
print(list(tf.python_io.tf_record_iterator(pz, tf.python_io.TFRecordOptions(T.ZLIB))))
ds = tf.data.TFRecordDataset(pz, compression_type="ZLIB").map(lambda s: tf.strings.to_number(s, tf.int32))
n = ds.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print([int(sess.run(n)) for _ in range(3)])
try:
    list(tf.python_io.tf_record_iterator(pz))
except Exception as e:
    print(type(e).__name__)
w = tf.io.TFRecordWriter(os.path.join(tmp, "f.rec"))
w.write(b"abc")
w.flush()
print(os.path.getsize(os.path.join(tmp, "f.rec")))
w.close()
print(sorted(os.listdir(tmp)))
