# sparse_dense_matmul with adjoints, sparse.add sparse+sparse (thresh) and sparse+dense.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [1, 2], [2, 1]], [1.0, 2.0, 3.0], [3, 3])
d = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
mm = tf.sparse.sparse_dense_matmul(a, d)
mma = tf.sparse.sparse_dense_matmul(a, d, adjoint_a=True)
mmb = tf.sparse.sparse_dense_matmul(a, tf.transpose(d), adjoint_b=True)
print(mm.shape, mma.shape, mmb.shape, mm.op.type)
b = tf.SparseTensor([[0, 0], [1, 1], [2, 1]], [-1.0, 0.05, -2.9], [3, 3])
s0 = tf.sparse.add(a, b)
s1 = tf.sparse.add(a, b, threshold=0.2)
sd = tf.sparse.add(a, tf.ones([3, 3]))
sd2 = tf.sparse.add(tf.ones([3, 3]), a)
print(type(s0).__name__, type(sd).__name__, sd.shape, s1.shape)
with tf.Session() as sess:
    for v in sess.run([mm, mma, mmb, sd, sd2]):
        print(rnd(v))
    for t in (s0, s1):
        r = sess.run(t)
        print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    try:
        sess.run(tf.sparse.sparse_dense_matmul(a, tf.ones([2, 2])))
    except Exception as e:
        print(type(e).__name__)
try:
    tf.sparse.sparse_dense_matmul(a, tf.ones([3, 2], tf.int32))
except Exception as e:
    print(type(e).__name__)
