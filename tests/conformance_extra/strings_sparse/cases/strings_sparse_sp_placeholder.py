# tf.sparse_placeholder: static shapes, names, feeding tuples and SparseTensorValue, bad feeds.
from prelude import tf, np, rnd

p = tf.sparse_placeholder(tf.float32, shape=[3, 4], name="sp")
q = tf.sparse.placeholder(tf.int64)
r = tf.sparse_placeholder(tf.float32, shape=[None, 5])
print(p.shape.as_list(), str(q.shape), r.shape.as_list())
print(p.indices.name, p.values.name, p.dense_shape.name, p.indices.op.type, p.dense_shape.op.type)
print(q.indices.name, q.values.name, q.dense_shape.name, q.dense_shape.op.type)
d = tf.sparse.to_dense(p)
dq = tf.sparse.reduce_sum(q)
dr = tf.sparse.to_dense(r)
print(d.shape.as_list(), str(dq.shape), dr.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(d, {p: ([[0, 1], [2, 3]], [1.5, 2.5], [3, 4])})))
    print(rnd(sess.run(d, {p: tf.SparseTensorValue(np.array([[1, 1]]), np.array([7.0]), np.array([3, 4]))})))
    print(sess.run(dq, {q: ([[0], [3]], [4, 5], [10])}))
    print(rnd(sess.run(dr, {r: ([[1, 4]], [1.0], [2, 5])})))
    v = sess.run(p, {p: ([[0, 0]], [9.0], [3, 4])})
    print(type(v).__name__, v.values.dtype.name, v.indices.dtype.name)
    print(rnd(sess.run(p.values, {p.values: [3.0], p.indices: [[0, 0]], p.dense_shape: [3, 4]})))
    for bad in [([[0, 0]], [1.0]), ([[0, 0]], [1.0], [3, 4, 5])]:
        try:
            sess.run(d, {p: bad})
            print("fed ok")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
    try:
        sess.run(d)
    except Exception as e:  # noqa: BLE001
        print("unfed", type(e).__name__)
