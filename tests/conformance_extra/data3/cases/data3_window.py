# Dataset.window: elements are datasets; flat_map(lambda w: w.batch(n)), zipped and dict windows.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(7)
w = ds.window(3, shift=2, stride=1)
print(tf.data.get_output_types(w))
print(w.element_spec)
def drain(sess, t):
    out = []
    while True:
        try:
            v = sess.run(t)
            out.append(v.tolist() if hasattr(v, "tolist") else
                       {k: x.tolist() for k, x in v.items()} if isinstance(v, dict) else
                       [x.tolist() for x in v])
        except tf.errors.OutOfRangeError:
            return out
a = w.flat_map(lambda x: x.batch(3))
b = ds.window(3, 1, 2, drop_remainder=True).flat_map(lambda x: x.batch(3))
pairs = tf.data.Dataset.zip((ds, ds.map(lambda x: x * 10))).window(3)
c = pairs.flat_map(lambda p, q: tf.data.Dataset.zip((p, q)).batch(3))
d = tf.data.Dataset.from_tensor_slices({"x": np.arange(5), "y": np.arange(5) * 2.0}).window(
    2, drop_remainder=True).flat_map(lambda e: tf.data.Dataset.zip(e).batch(2))
print(tf.data.get_output_shapes(a), tf.data.get_output_shapes(c), tf.data.get_output_shapes(d))
its = [tf.data.make_one_shot_iterator(x).get_next() for x in (a, b, c, d)]
with tf.Session() as sess:
    for t in its:
        print(drain(sess, t))
