# parse_example: VarLen int64/string, missing features, an empty batch.
from prelude import tf, np, rnd

def ex(**feats):
    f = {}
    for k, v in feats.items():
        if isinstance(v[0], int):
            f[k] = tf.train.Feature(int64_list=tf.train.Int64List(value=v))
        elif isinstance(v[0], float):
            f[k] = tf.train.Feature(float_list=tf.train.FloatList(value=v))
        else:
            f[k] = tf.train.Feature(bytes_list=tf.train.BytesList(value=v))
    return tf.train.Example(features=tf.train.Features(feature=f)).SerializeToString()

recs = tf.constant([ex(ids=[1, 2, 3], w=[b"a"]), ex(w=[b"b", b"c"]), ex(ids=[7])])
out = tf.parse_example(recs, {"ids": tf.VarLenFeature(tf.int64), "w": tf.VarLenFeature(tf.string)})
with tf.Session() as sess:
    r = sess.run(out)
for k in sorted(r):
    print(k, r[k].indices.tolist(), r[k].values.tolist(), r[k].dense_shape.tolist())
dense = tf.sparse.to_dense(out["ids"], default_value=-1)
with tf.Session() as sess:
    print(sess.run(dense).tolist())
empty = tf.parse_example(tf.constant([], tf.string), {"ids": tf.VarLenFeature(tf.int64), "f": tf.FixedLenFeature([2], tf.float32)})
with tf.Session() as sess:
    r = sess.run(empty)
print(r["ids"].dense_shape.tolist(), r["f"].shape)
