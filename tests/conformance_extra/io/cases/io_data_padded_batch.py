# padded_batch, flat_map, take/skip/repeat.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(1, 5).map(lambda n: tf.fill([tf.cast(n, tf.int32)], n))
pb = ds.padded_batch(2, padded_shapes=[None])
print(pb.output_shapes, pb.output_types)
pb2 = ds.padded_batch(3, padded_shapes=[5], padding_values=tf.constant(-1, tf.int64))
print(pb2.output_shapes)
n = pb.make_one_shot_iterator().get_next()
n2 = pb2.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print(sess.run(n).tolist())
    print(sess.run(n).tolist())
    print(sess.run(n2).tolist())
    print(sess.run(n2).tolist())
fm = tf.data.Dataset.range(3).flat_map(lambda v: tf.data.Dataset.from_tensors(v).repeat(v + 1))
ts = tf.data.Dataset.range(10).skip(2).take(5).repeat(2)
fn = fm.make_one_shot_iterator().get_next()
tn = ts.make_one_shot_iterator().get_next()
def drain(sess, t):
    out = []
    while True:
        try:
            out.append(int(sess.run(t)))
        except tf.errors.OutOfRangeError:
            return out
with tf.Session() as sess:
    print(drain(sess, fn))
    print(drain(sess, tn))
