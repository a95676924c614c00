# tf.vectorized_map over tuples and dicts, returning nested structures and other dtypes.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
i = tf.constant([1, 2, 3])
z = tf.vectorized_map(lambda a: (a[0] * 2.0, tf.cast(a[1], tf.float32) + 0.5), (x, i))
d = tf.vectorized_map(lambda e: {"s": e["a"] + e["b"], "m": tf.reduce_max(e["a"])}, {"a": x, "b": x})
c = tf.vectorized_map(lambda a: tf.cast(a > 2.5, tf.int32), x)
print([t.shape for t in z], sorted(d), d["m"].shape, c.dtype.name, c.shape)
with tf.Session() as s:
    print(rnd(s.run([z, d, c])))
