# sparse.from_dense, sparse.to_indicator, sparse_merge-like ops, sparse.eye, to_dense roundtrip.
from prelude import tf, np, rnd

d = tf.constant([[0, 3, 0], [4, 0, 0]])
fd = tf.sparse.from_dense(d)
fs = tf.sparse.from_dense(tf.constant(["", "a", "b"]))
print(fd.shape, fd.dtype.name, fs.shape)
ids = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([0, 3, 2], tf.int64), [2, 2])
ind = tf.sparse.to_indicator(ids, 4)
print(ind.dtype.name, ind.shape)
ey = tf.sparse.eye(3, 2)
print(ey.shape, ey.dtype.name)
with tf.Session() as sess:
    for t in (fd, fs, ey):
        r = sess.run(t)
        print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
    print(sess.run(ind).tolist())
    print(sess.run(tf.sparse.to_dense(tf.sparse.from_dense(tf.constant([[0.0, 1.5], [0.0, 0.0]])))).tolist())
    try:
        sess.run(tf.sparse.to_indicator(ids, 2))
    except Exception as e:
        print(type(e).__name__)
    sm = tf.sparse.split(sp_input=tf.sparse.from_dense(tf.constant([[1, 0, 2, 0], [0, 3, 0, 4]])), num_split=2, axis=1)
    for r in sess.run(sm):
        print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
