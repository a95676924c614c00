# parse_example with FixedLenFeature / VarLenFeature.
from prelude import tf, np, rnd

def make(i, vals, name):
    return tf.train.Example(features=tf.train.Features(feature={
        "id": tf.train.Feature(int64_list=tf.train.Int64List(value=[i])),
        "vals": tf.train.Feature(float_list=tf.train.FloatList(value=vals)),
        "name": tf.train.Feature(bytes_list=tf.train.BytesList(value=[name]))})).SerializeToString()

recs = [make(1, [1.0, 2.0], b"a"), make(2, [3.0], b"bb")]
ser = tf.placeholder(tf.string, [None], name="ser")
feats = {"id": tf.io.FixedLenFeature([], tf.int64),
         "vals": tf.io.VarLenFeature(tf.float32),
         "name": tf.io.FixedLenFeature([1], tf.string),
         "missing": tf.io.FixedLenFeature([2], tf.float32, default_value=[7.0, 8.0])}
out = tf.io.parse_example(ser, feats)
print(sorted(out.keys()))
print(out["id"].dtype.name, out["id"].shape.as_list(), out["name"].shape.as_list(), out["missing"].shape.as_list())
print(type(out["vals"]).__name__, out["vals"].values.dtype.name, out["vals"].indices.shape.as_list(), out["vals"].dense_shape.shape.as_list())
print(out["id"].op.type, out["id"].name)
with tf.Session() as sess:
    r = sess.run(out, {ser: recs})
print(r["id"].tolist(), [x.tolist() for x in r["name"]], rnd(r["missing"]))
print(r["vals"].indices.tolist(), rnd(r["vals"].values), r["vals"].dense_shape.tolist())
bad = {"id": tf.io.FixedLenFeature([], tf.int64), "nodef": tf.io.FixedLenFeature([], tf.float32)}
o2 = tf.io.parse_example(ser, bad)
with tf.Session() as sess:
    try:
        sess.run(o2, {ser: recs})
    except Exception as e:
        print(type(e).__name__, "nodef" in str(e))
    try:
        sess.run(out, {ser: [b"not a proto"]})
    except Exception as e:
        print(type(e).__name__)
o3 = tf.io.parse_example(ser, {"id": tf.io.FixedLenFeature([], tf.float32)})
with tf.Session() as sess:
    try:
        sess.run(o3, {ser: recs})
    except Exception as e:
        print(type(e).__name__)
