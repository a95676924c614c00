# TFRecordWriter / tf_record_iterator round trip, compression.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "a.tfrecord")
with tf.python_io.TFRecordWriter(p) as w:
    for i in range(3):
        w.write(("record-%d" % i).encode())
    w.write(b"")
print(os.path.getsize(p))
print(list(tf.python_io.tf_record_iterator(p)))
opts = tf.python_io.TFRecordOptions(tf.python_io.TFRecordCompressionType.GZIP)
pz = os.path.join(tmp, "b.tfrecord.gz")
w = tf.python_io.TFRecordWriter(pz, options=opts)
w.write(b"zipped")
w.write(b"again")
w.close()
print(list(tf.python_io.tf_record_iterator(pz, options=opts)))
print(list(tf.io.tf_record_iterator(pz, options="GZIP")))
ex = tf.train.Example(features=tf.train.Features(feature={
    "x": tf.train.Feature(int64_list=tf.train.Int64List(value=[1, 2])),
    "y": tf.train.Feature(float_list=tf.train.FloatList(value=[0.5])),
    "s": tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"hi"]))}))
pe = os.path.join(tmp, "ex.tfrecord")
with tf.io.TFRecordWriter(pe) as w:
    w.write(ex.SerializeToString())
for rec in tf.io.tf_record_iterator(pe):
    e = tf.train.Example.FromString(rec)
    print(sorted(e.features.feature.keys()), list(e.features.feature["x"].int64_list.value))
ds = tf.data.TFRecordDataset([p])
print(ds.output_types.name, ds.output_shapes)
n = ds.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print([sess.run(n) for _ in range(4)])
try:
    list(tf.python_io.tf_record_iterator(os.path.join(tmp, "missing")))
except Exception as e:
    print(type(e).__name__)
with open(os.path.join(tmp, "bad"), "wb") as f:
    f.write(b"garbage data here!!")
try:
    list(tf.python_io.tf_record_iterator(os.path.join(tmp, "bad")))
except Exception as e:
    print(type(e).__name__)
