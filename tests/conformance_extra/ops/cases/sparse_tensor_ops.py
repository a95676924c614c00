# SparseTensor basics: construction, to_dense, reorder, add, reduce_sum, sparse_matmul-like ops.
from prelude import tf, np, rnd

st = tf.SparseTensor(indices=[[1, 0], [0, 2]], values=[3.0, 5.0], dense_shape=[2, 3])
ro = tf.sparse_reorder(st)
dense = tf.sparse_tensor_to_dense(ro)
d2 = tf.sparse.to_dense(ro, default_value=-1.0)
s_add = tf.sparse_add(ro, ro)
rs = tf.sparse_reduce_sum(ro, axis=1)
mm = tf.sparse_tensor_dense_matmul(ro, tf.ones([3, 2]))
sm = tf.sparse_softmax(ro)
ind = tf.sparse_to_dense([[0, 1], [1, 1]], [2, 2], [7, 8])
fromd = tf.contrib.layers.dense_to_sparse(dense) if hasattr(tf, "contrib") else None
print(type(st).__name__, st.dtype.name, st.shape.as_list() if hasattr(st.shape, "as_list") else st.shape)
for t in (dense, d2, rs, mm, ind):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    r = sess.run([ro, dense, d2, s_add, rs, mm, sm, ind])
    print(rnd(r[0].indices), rnd(r[0].values), rnd(r[0].dense_shape))
    for v in r[1:3] + r[4:6] + r[7:]:
        print(rnd(v))
    print(rnd(r[3].values), rnd(r[6].values, 4))
