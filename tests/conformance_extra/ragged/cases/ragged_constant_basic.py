# tf.ragged.constant: dtypes, static shapes, ragged_rank and the fetched value.
from prelude import tf, np, rnd

a = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
b = tf.ragged.constant([[1.5, 2], [3]])
c = tf.ragged.constant([["a", "b"], ["c"]])
d = tf.ragged.constant([[1, 2], []], dtype=tf.float64)
for rt in (a, b, c, d):
    print(type(rt).__name__, rt.shape, rt.dtype.name, rt.ragged_rank, rt.row_splits.dtype.name)
print(a.values.name, a.row_splits.name)
e = tf.ragged.constant([[1, 2], [3]], name="abc")
print(e.values.name, e.row_splits.name)
print(tf.ragged.constant([1, 2, 3]))
with tf.Session() as s:
    for v in s.run([a, b, c, d]):
        print(type(v).__name__, v.to_list())
