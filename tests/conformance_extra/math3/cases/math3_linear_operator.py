# LinearOperator basics: FullMatrix, Diag, Identity, LowerTriangular -- to_dense, matmul, matvec, solve, det, shapes.
from prelude import tf, np, rnd

full = tf.linalg.LinearOperatorFullMatrix(tf.constant([[2.0, 1.0], [1.0, 3.0]]), is_self_adjoint=True, is_positive_definite=True)
diag = tf.linalg.LinearOperatorDiag(tf.constant([2.0, 4.0]))
ident = tf.linalg.LinearOperatorIdentity(num_rows=2, dtype=tf.float32)
tri = tf.linalg.LinearOperatorLowerTriangular(tf.constant([[1.0, 9.0], [2.0, 3.0]]))
x = tf.constant([[1.0, 0.0], [2.0, 1.0]])
v = tf.constant([1.0, -1.0])
outs = []
for op in (full, diag, ident, tri):
    print(type(op).__name__, op.dtype.name, op.shape.as_list(), op.range_dimension, op.domain_dimension,
          op.is_square, op.is_self_adjoint)
    outs += [op.to_dense(), op.matmul(x), op.matvec(v), op.determinant(), op.log_abs_determinant(),
             op.solve(x), op.trace(), op.diag_part(), op.matmul(x, adjoint=True)]
print(full.tensor_rank, diag.batch_shape.as_list())
with tf.Session() as sess:
    for val in sess.run(outs):
        print(rnd(val, 4))
