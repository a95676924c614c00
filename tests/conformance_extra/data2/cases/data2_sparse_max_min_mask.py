# sparse.maximum/minimum, sparse_mask on IndexedSlices, sparse.transpose, sparse.softmax shapes.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [1, 1]], [1.0, -3.0], [2, 2])
b = tf.SparseTensor([[0, 0], [0, 1]], [2.0, -1.0], [2, 2])
mx = tf.sparse.maximum(a, b)
mn = tf.sparse.minimum(a, b)
tr = tf.sparse.transpose(tf.SparseTensor([[0, 1, 2], [1, 0, 0]], [1, 2], [2, 3, 4]), [2, 0, 1])
print(mx.shape, mn.shape, tr.shape)
sl = tf.IndexedSlices(tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), tf.constant([0, 3, 5]), tf.constant([6, 2]))
mk = tf.sparse_mask(sl, tf.constant([3]))
print(type(mk).__name__, mk.values.shape)
with tf.Session() as sess:
    for t in (mx, mn, tr):
        r = sess.run(t)
        print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    v, i = sess.run([mk.values, mk.indices])
    print(rnd(v), i.tolist())
    try:
        sess.run(tf.sparse.maximum(a, tf.SparseTensor([[0, 0]], [1.0], [3, 3])))
    except Exception as e:
        print(type(e).__name__)
