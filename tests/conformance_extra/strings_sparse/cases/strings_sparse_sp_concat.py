# tf.sparse.concat / tf.sparse_concat: axis, negative axis, expand_nonconcat_dim, static shapes, errors.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [1, 1]], [1, 2], [2, 3])
b = tf.SparseTensor([[0, 1], [2, 0]], [3, 4], [3, 2])
c = tf.SparseTensor([[1, 0]], [5], [2, 2])
c1 = tf.sparse.concat(axis=1, sp_inputs=[a, c])
c0 = tf.sparse_concat(0, [a, tf.SparseTensor([[0, 2]], [9], [1, 3])])
ce = tf.sparse.concat(1, [a, b], expand_nonconcat_dim=True)
cn = tf.sparse.concat(-1, [a, c])
print(c1.shape.as_list(), c0.shape.as_list(), ce.shape.as_list(), cn.shape.as_list(), c1.indices.op.type)
with tf.Session() as sess:
    for t in [c1, c0, ce, cn]:
        v = sess.run(t)
        print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
    try:
        sess.run(tf.sparse.concat(1, [a, b]))
    except Exception as e:  # noqa: BLE001
        print("nonconcat mismatch", type(e).__name__)
try:
    tf.sparse.concat(1, [a, tf.SparseTensor([[0]], [1], [3])])
except Exception as e:  # noqa: BLE001
    print("rank", type(e).__name__)
