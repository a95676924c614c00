# Dataset.reduce (tensors computed when run) and Dataset.scan / experimental.scan.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(1, 6)
total = ds.reduce(np.int64(0), lambda s, x: s + x)
pair = ds.reduce((np.int64(1), 0.5), lambda s, x: (s[0] * x, s[1] + tf.cast(x, tf.float32)))
grow = ds.reduce(tf.zeros([0], tf.int64), lambda s, x: tf.concat([s, [x * x]], 0))
print(total.op.type, total.shape, total.dtype, [t.dtype for t in pair], grow.shape)
sc = ds.scan(np.int64(0), lambda s, x: (s + x, s * 10))
sc2 = ds.apply(tf.data.experimental.scan((np.int64(0), np.int64(1)),
                                         lambda s, x: ((s[1], s[0] + s[1]), s[0] + x)))
print(tf.data.get_output_types(sc), tf.data.get_output_shapes(sc))
n1 = tf.data.make_one_shot_iterator(sc).get_next()
n2 = tf.data.make_one_shot_iterator(sc2).get_next()
def drain(sess, t):
    out = []
    while True:
        try:
            out.append(sess.run(t).tolist())
        except tf.errors.OutOfRangeError:
            return out
with tf.Session() as sess:
    print(sess.run(total), sess.run(pair), sess.run(grow).tolist())
    print(drain(sess, n1))
    print(drain(sess, n2))
