# tf.sparse.reduce_sum/reduce_max and their _sparse forms: axis, negative axis, keepdims, static shapes.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 0, 1], [0, 2, 0], [1, 1, 1], [1, 2, 0]], [1.0, -2.0, 3.0, 4.0], [2, 3, 2])
outs = [tf.sparse.reduce_sum(sp), tf.sparse.reduce_sum(sp, axis=1), tf.sparse.reduce_sum(sp, axis=[0, 2]),
        tf.sparse.reduce_sum(sp, axis=-1, keepdims=True), tf.sparse_reduce_sum(sp, 1, keep_dims=True),
        tf.sparse.reduce_max(sp), tf.sparse.reduce_max(sp, axis=0), tf.sparse_reduce_max(sp, [1, 2])]
for t in outs:
    print(t.op.type, str(t.shape))
so = [tf.sparse.reduce_sum_sparse(sp, axis=1), tf.sparse.reduce_max_sparse(sp, axis=[0, 1], keepdims=True),
      tf.sparse_reduce_sum_sparse(sp, -1)]
print([str(s.shape) for s in so], so[0].indices.op.type)
p = tf.sparse_placeholder(tf.float32)
pu = tf.sparse.reduce_sum(p, axis=1)
print(str(pu.shape))
with tf.Session() as sess:
    for t in outs:
        print(rnd(sess.run(t)))
    for t in so:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    print(rnd(sess.run(pu, {p: ([[0, 1], [1, 0]], [2.0, 3.0], [2, 2])})))
    i = tf.SparseTensor([[0, 0], [1, 1]], [-5, -7], [2, 3])
    print(sess.run(tf.sparse.reduce_max(i, 1)).tolist(), sess.run(tf.sparse.reduce_sum(i, 0)).tolist())
    try:
        sess.run(tf.sparse.reduce_sum(sp, axis=3))
    except Exception as e:  # noqa: BLE001
        print("axis", type(e).__name__)
