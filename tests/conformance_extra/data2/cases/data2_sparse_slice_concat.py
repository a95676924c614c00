# sparse.slice and sparse.concat (axis, expand_nonconcat_dim), shapes.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [1, 2], [2, 3]], [1.0, 2.0, 3.0], [3, 4])
b = tf.SparseTensor([[0, 1], [1, 0]], [4.0, 5.0], [2, 4])
c = tf.SparseTensor([[0, 0], [2, 1]], [6.0, 7.0], [3, 2])
sl = tf.sparse.slice(a, [1, 1], [2, 5])
sl0 = tf.sparse.slice(a, [0, 1], [1, 1])
c0 = tf.sparse.concat(0, [a, b])
c1 = tf.sparse.concat(1, [a, c])
ce = tf.sparse.concat(1, [a, b], expand_nonconcat_dim=True)
cneg = tf.sparse.concat(-1, [a, c])
print(sl.shape, c0.shape, c1.shape, ce.shape, cneg.shape)
with tf.Session() as sess:
    for t in (sl, sl0, c0, c1, ce, cneg):
        r = sess.run(t)
        print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    try:
        sess.run(tf.sparse.concat(1, [a, b]))
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.sparse.concat(0, [a, c])
    print("built")
except Exception as e:
    print(type(e).__name__)
