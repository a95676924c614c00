# Sparse API edges: sparse_merge with lists, int truediv, sparse_placeholder with a shape tensor, SparseTensorValue inputs.
from prelude import tf, np, rnd

ids = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([1, 3, 0], tf.int64), [2, 2])
ids2 = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([2, 0, 4], tf.int64), [2, 2])
vals = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], [0.5, 1.5, 2.5], [2, 2])
mg = tf.sparse_merge([ids, ids2], vals, [4, 5])
print(mg.shape.as_list())
for bad in [lambda: tf.sparse_merge([ids], vals, [4, 5]), lambda: tf.sparse_merge(ids, vals, 4.0),
            lambda: tf.sparse_merge([ids], vals, 4)]:
    try:
        bad()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
sp = tf.SparseTensor([[0], [1]], [7, 4], [3])
dv = sp / tf.constant([2, 8, 1])
dm = sp * tf.constant(3)
print(dv.dtype.name, dv.values.name, dm.dtype.name, dm.values.name)
p = tf.sparse_placeholder(tf.float32, shape=tf.constant([2, 3], tf.int64), name="sp")
p2 = tf.sparse_placeholder(tf.float32, shape=[-1, 3])
print(p.shape.as_list(), p.dense_shape.name, p.dense_shape.op.type, p2.shape.as_list())
sv = tf.SparseTensorValue([[0, 1]], [2.0], [2, 2])
with tf.Session() as sess:
    v = sess.run(mg)
    print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    v = sess.run(dv)
    print(v.indices.tolist(), rnd(v.values))
    print(sess.run(dm).values.tolist())
    print(rnd(sess.run(tf.sparse.to_dense(p), {p.indices: [[1, 2]], p.values: [5.0]})))
    print(rnd(sess.run(tf.sparse.to_dense(sv))), rnd(sess.run(tf.sparse.reduce_sum(sv, 1))))
    un = tf.SparseTensor([[1, 0], [0, 2], [0, 0]], [1.0, 3.0, 2.0], [2, 3])
    print(rnd(sess.run(tf.sparse.softmax(un).values)))
