# tf.sparse.sparse_dense_matmul / sparse_tensor_dense_matmul with adjoint_a/b; shapes; gradients; errors.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 0], [0, 2], [1, 1]], [1.0, 2.0, 3.0], [2, 3])
b = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
m = tf.sparse.sparse_dense_matmul(sp, b)
ma = tf.sparse_tensor_dense_matmul(sp, tf.constant(np.arange(8, dtype=np.float32).reshape(2, 4)), adjoint_a=True)
mb = tf.sparse.sparse_dense_matmul(sp, tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3)), adjoint_b=True)
mab = tf.sparse.sparse_dense_matmul(sp, tf.ones([5, 2]), adjoint_a=True, adjoint_b=True)
print(m.op.type, m.name, m.shape.as_list(), ma.shape.as_list(), mb.shape.as_list(), mab.shape.as_list())
vals = tf.Variable([1.0, 2.0, 3.0])
spv = tf.SparseTensor(sp.indices, vals, sp.dense_shape)
loss = tf.reduce_sum(tf.sparse.sparse_dense_matmul(spv, b) ** 2)
gv, gb = tf.gradients(loss, [vals, b])
print(gv.shape.as_list(), gb.shape.as_list())
bm = tf.sparse.matmul(sp, b) if hasattr(tf.sparse, "matmul") else m
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for t in [m, ma, mb, mab, bm]:
        print(rnd(sess.run(t)))
    print(rnd(sess.run(gv)), rnd(sess.run(gb)))
    try:
        sess.run(tf.sparse.sparse_dense_matmul(sp, tf.placeholder_with_default(np.ones([4, 2], np.float32),
                                                                                [None, 2])))
    except Exception as e:  # noqa: BLE001
        print("inner", type(e).__name__)
    oob = tf.SparseTensor([[0, 0], [5, 1]], [1.0, 2.0], [2, 3])
    try:
        sess.run(tf.sparse.sparse_dense_matmul(oob, b))
    except Exception as e:  # noqa: BLE001
        print("oob", type(e).__name__)
try:
    tf.sparse.sparse_dense_matmul(sp, tf.ones([4, 2]))
except Exception as e:  # noqa: BLE001
    print("static inner", type(e).__name__)
