# tf.sparse.add / tf.sparse_add: sparse+sparse with threshold, sparse+dense, shape mismatch, static shapes.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [1, 1], [2, 0]], [1.0, 2.0, 3.0], [3, 2])
b = tf.SparseTensor([[0, 0], [1, 0], [2, 0]], [-0.95, 5.0, -3.0], [3, 2])
s = tf.sparse.add(a, b)
st = tf.sparse.add(a, b, threshold=0.1)
sv1 = tf.sparse_add(a, b, thresh=0.06)
dn = tf.sparse.add(a, tf.ones([3, 2]))
dn2 = tf.sparse.add(tf.ones([3, 2]), a)
print(type(s).__name__, s.indices.op.type, s.shape.as_list(), type(dn).__name__, dn.op.type, dn.shape.as_list())
with tf.Session() as sess:
    for t in [s, st, sv1]:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    print(rnd(sess.run(dn)), rnd(sess.run(dn2)))
    c = tf.SparseTensor([[0, 0]], [1.0], [2, 2])
    try:
        sess.run(tf.sparse.add(a, c))
    except Exception as e:  # noqa: BLE001
        print("shape mismatch", type(e).__name__)
    i1 = tf.SparseTensor([[0], [2]], [1, 2], [4])
    i2 = tf.SparseTensor([[2], [3]], [-2, 7], [4])
    v = sess.run(tf.sparse.add(i1, i2))
    print(v.indices.tolist(), v.values.tolist(), v.values.dtype.name)
try:
    tf.sparse.add(a, tf.SparseTensor([[0, 0]], [1], [3, 2]))
except Exception as e:  # noqa: BLE001
    print("dtype", type(e).__name__)
