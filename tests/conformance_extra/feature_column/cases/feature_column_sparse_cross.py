# tf.sparse.cross / cross_hashed (the ops behind crossed_column): sparse first, ints, separators.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], ["a", "b", "c"], [3, 2])
d = tf.constant([["x", "y"], ["z", "w"], ["v", "u"]])
i = tf.constant([[7], [8], [-9]], dtype=tf.int64)
r1 = tf.sparse.cross([d, a])
r2 = tf.sparse.cross([a, i], separator="#")
r3 = tf.sparse.cross_hashed([a, d])
r4 = tf.sparse.cross_hashed([i, a], num_buckets=100, hash_key=7)
r5 = tf.sparse.cross_hashed([d, tf.constant([[1], [2], [3]])], num_buckets=10)
print(r1.values.op.type, r3.values.op.type, r1.values.dtype.name, r3.values.dtype.name, r1.indices.shape, r1.dense_shape.shape)
with tf.Session() as s:
    for r in (r1, r2, r3, r4, r5):
        v = s.run(r)
        print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
try:
    tf.sparse.cross([tf.constant([[1.0]])])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
