# parse_single_example and default values, dataset pipeline.
from prelude import tf, np, rnd

ex = tf.train.Example(features=tf.train.Features(feature={
    "img": tf.train.Feature(float_list=tf.train.FloatList(value=[1.0, 2.0, 3.0, 4.0])),
    "lbl": tf.train.Feature(int64_list=tf.train.Int64List(value=[3])),
    "tags": tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"x", b"yy"]))}))
s = ex.SerializeToString()
feats = {"img": tf.FixedLenFeature([2, 2], tf.float32),
         "lbl": tf.FixedLenFeature([], tf.int64),
         "tags": tf.VarLenFeature(tf.string),
         "w": tf.FixedLenFeature([], tf.float32, default_value=0.25)}
out = tf.parse_single_example(tf.constant(s), feats)
print(sorted(out.keys()), out["img"].shape.as_list(), out["lbl"].shape.as_list())
print(out["tags"].indices.shape.as_list(), out["tags"].dense_shape.shape.as_list())
with tf.Session() as sess:
    r = sess.run(out)
print(rnd(r["img"]), r["lbl"], rnd(r["w"]), r["tags"].indices.tolist(), r["tags"].values.tolist(), r["tags"].dense_shape.tolist())
ds = tf.data.Dataset.from_tensors(s).repeat(2).map(lambda x: tf.parse_single_example(x, {"lbl": tf.FixedLenFeature([], tf.int64)}))
print(ds.output_types, ds.output_shapes)
n = ds.batch(2).make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print(sess.run(n)["lbl"].tolist())
wrong = tf.parse_single_example(tf.constant(s), {"img": tf.FixedLenFeature([3], tf.float32)})
with tf.Session() as sess:
    try:
        sess.run(wrong)
    except Exception as e:
        print(type(e).__name__)
try:
    tf.parse_single_example(tf.constant([s, s]), feats)
except Exception as e:
    print(type(e).__name__)
