# group_by_window, bucket_by_sequence_length and map_and_batch.
from prelude import tf, np, rnd

def drain(sess, t):
    out = []
    while True:
        try:
            v = sess.run(t)
            out.append(v.tolist() if hasattr(v, "tolist") else [x.tolist() for x in v])
        except tf.errors.OutOfRangeError:
            return out
ds = tf.data.Dataset.range(10)
g = ds.group_by_window(lambda x: x % 3, lambda k, d: d.batch(2), window_size=2)
g2 = ds.apply(tf.data.experimental.group_by_window(
    lambda x: x % 2, lambda k, d: d.batch(5).map(lambda b: (k, b)), window_size_func=lambda k: k + 3))
seqs = tf.data.Dataset.from_tensor_slices([3, 1, 4, 1, 5, 9, 2, 6]).map(lambda n: tf.fill([n], n))
b = seqs.apply(tf.data.experimental.bucket_by_sequence_length(
    lambda x: tf.shape(x)[0], [2, 5], [2, 2, 3]))
b2 = seqs.apply(tf.data.experimental.bucket_by_sequence_length(
    lambda x: tf.shape(x)[0], [3, 10], [2, 2, 2], pad_to_bucket_boundary=True, padding_values=-1))
mb = ds.apply(tf.data.experimental.map_and_batch(lambda x: x * x, 4))
mb2 = ds.apply(tf.data.experimental.map_and_batch(lambda x: (x, -x), 4, drop_remainder=True))
for d in (g, g2, b, mb, mb2):
    print(d._variant_tensor.op.type, tf.data.get_output_shapes(d))
its = [tf.data.make_one_shot_iterator(d).get_next() for d in (g, g2, b, b2, mb, mb2)]
with tf.Session() as sess:
    for t in its:
        print(drain(sess, t))
