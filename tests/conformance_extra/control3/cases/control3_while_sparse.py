# while_loop with SparseTensor and IndexedSlices loop vars.
from prelude import tf, np, rnd

sp = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])
i, sp2 = tf.while_loop(lambda i, s: i < 3,
                       lambda i, s: (i + 1, tf.SparseTensor(s.indices, s.values * 2.0, s.dense_shape)),
                       [tf.constant(0), sp])
print(type(sp2).__name__, sp2.values.dtype.name, sp2.indices.shape, sp2.dense_shape.shape)
isl = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([1]), tf.constant([3, 2]))
_, isl2 = tf.while_loop(lambda i, s: i < 2,
                        lambda i, s: (i + 1, tf.IndexedSlices(s.values + 1.0, s.indices, s.dense_shape)),
                        [0, isl])
print(type(isl2).__name__, isl2.values.dtype.name)
with tf.Session() as sess:
    r = sess.run(sp2)
    print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    r2 = sess.run(isl2)
    print(rnd(r2.values), r2.indices.tolist(), r2.dense_shape.tolist())
