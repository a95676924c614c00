# tf.sparse.to_indicator, tf.sparse.from_dense, tf.sparse.mask (IndexedSlices), tf.sparse_merge.
from prelude import tf, np, rnd

ids = tf.SparseTensor([[0, 0], [0, 1], [1, 0], [2, 0]], tf.constant([1, 3, 0, 3], tf.int64), [3, 2])
ind = tf.sparse.to_indicator(ids, 4)
print(ind.dtype.name, ind.shape.as_list())
fd = tf.sparse.from_dense(tf.constant([[0, 1, 0], [2, 0, 3]]))
fds = tf.sparse.from_dense(tf.constant(["", "a", "b"]))
print(fd.shape.as_list(), fd.dtype.name, fd.indices.op.type, fds.dtype.name)
isl = tf.IndexedSlices(tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), tf.constant([0, 2, 4]))
mk = tf.sparse.mask(isl, tf.constant([2]))
print(type(mk).__name__)
vals = tf.SparseTensor([[0, 0], [0, 1], [1, 0], [2, 0]], [0.5, 1.5, 2.5, 3.5], [3, 2])
mg = tf.sparse_merge(ids, vals, 4)
print(mg.shape.as_list(), mg.dtype.name)
with tf.Session() as sess:
    print(sess.run(ind).tolist())
    v = sess.run(fd)
    print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
    v = sess.run(fds)
    print(v.indices.tolist(), [x.decode() for x in v.values])
    m = sess.run(mk)
    print(rnd(m.values), m.indices.tolist())
    v = sess.run(mg)
    print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    bad = tf.SparseTensor([[0, 0]], tf.constant([7], tf.int64), [1, 1])
    try:
        sess.run(tf.sparse.to_indicator(bad, 4))
    except Exception as e:  # noqa: BLE001
        print("oob", type(e).__name__)
