# padded_batch: padded_shapes as lists/TensorShape/dicts, padding_values forms, drop_remainder.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(1, 5).map(lambda n: (tf.fill([n], tf.cast(n, tf.int32)), tf.as_string(n), tf.fill([n, 2], 0.5)))
pb = ds.padded_batch(2, padded_shapes=([None], [], tf.TensorShape([4, None])), padding_values=(-1, "pad", 9.0))
print(pb.output_shapes)
n = tf.data.make_one_shot_iterator(pb).get_next()
with tf.Session() as sess:
    for _ in range(2):
        a, s, f = sess.run(n)
        print(a.tolist(), s.tolist(), f.shape, rnd(f[0, -1]))
dd = tf.data.Dataset.range(1, 4).map(lambda n: {"v": tf.range(n), "w": tf.zeros([2], tf.float32)})
pd = dd.padded_batch(2, padded_shapes={"v": [5], "w": [2]}, drop_remainder=True)
print(sorted((k, str(v)) for k, v in pd.output_shapes.items()))
nd = tf.data.make_one_shot_iterator(pd).get_next()
with tf.Session() as sess:
    r = sess.run(nd)
    print(r["v"].tolist(), rnd(r["w"]))
    try:
        sess.run(nd)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
auto = tf.data.Dataset.range(1, 4).map(lambda n: tf.range(n)).padded_batch(3)
print(auto.output_shapes)
na = tf.data.make_one_shot_iterator(auto).get_next()
with tf.Session() as sess:
    print(sess.run(na).tolist())
small = tf.data.Dataset.range(1, 5).map(lambda n: tf.range(n)).padded_batch(2, padded_shapes=[2])
ns = tf.data.make_one_shot_iterator(small).get_next()
with tf.Session() as sess:
    print(sess.run(ns).tolist())
    try:
        sess.run(ns)
    except Exception as e:
        print(type(e).__name__)
try:
    tf.data.Dataset.range(3).map(lambda n: tf.range(n)).padded_batch(2, padded_shapes=[None, None])
except Exception as e:
    print(type(e).__name__)
try:
    tf.data.Dataset.range(3).map(lambda n: tf.range(n)).padded_batch(2, padded_shapes=[3], padding_values=1.5)
except Exception as e:
    print(type(e).__name__)
