# LinearOperator extras: ScaledIdentity, batched Identity/Diag, adjoint/H, solvevec, add_to_tensor, shape tensors, hint errors.
from prelude import tf, np, rnd

si = tf.linalg.LinearOperatorScaledIdentity(num_rows=3, multiplier=tf.constant(2.0))
bi = tf.linalg.LinearOperatorIdentity(num_rows=2, batch_shape=[3], dtype=tf.float64)
bd = tf.linalg.LinearOperatorDiag(tf.constant([[1.0, 2.0], [3.0, 4.0]]))
fm = tf.linalg.LinearOperatorFullMatrix(tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
tri = tf.linalg.LinearOperatorLowerTriangular(tf.constant([[2.0, 0.0], [1.0, 4.0]]))
for op in (si, bi, bd, fm):
    print(type(op).__name__, op.shape.as_list(), op.batch_shape.as_list(), op.tensor_rank, op.is_square,
          op.is_non_singular, op.is_positive_definite, op.dtype.name)
outs = [si.to_dense(), si.matmul(tf.ones([3, 2])), si.determinant(), si.log_abs_determinant(), si.trace(),
        si.solvevec(tf.constant([2.0, 4.0, 6.0])), bi.to_dense(), bi.matmul(tf.ones([2, 1], tf.float64)),
        bi.determinant(), bd.to_dense(), bd.matvec(tf.constant([[1.0, 1.0], [2.0, 0.5]])), bd.determinant(),
        bd.solve(tf.ones([2, 2, 1])), fm.matmul(tf.ones([2, 1])), fm.matmul(tf.ones([3, 1]), adjoint=True),
        fm.shape_tensor(), bd.shape_tensor(), fm.add_to_tensor(tf.ones([3, 2])), fm.to_dense(),
        tri.solve(tf.constant([[2.0], [9.0]]), adjoint=True), tri.matmul(tf.constant([[1.0, 1.0]]), adjoint_arg=True),
        tri.adjoint().to_dense(), tri.H.to_dense()]
print(type(tri.adjoint()).__name__ in ("LinearOperatorAdjoint", "LinearOperatorFullMatrix"), bd.adjoint() is bd)
for label, fn in [("pd not nonsingular", lambda: tf.linalg.LinearOperatorFullMatrix(tf.eye(2), is_positive_definite=True, is_non_singular=False)),
                  ("sa not square", lambda: tf.linalg.LinearOperatorFullMatrix(tf.eye(2), is_self_adjoint=True, is_square=False)),
                  ("diag not sa", lambda: tf.linalg.LinearOperatorDiag([1.0, 2.0], is_self_adjoint=False)),
                  ("int matrix", lambda: tf.linalg.LinearOperatorFullMatrix(tf.constant([[1, 2], [3, 4]]))),
                  ("rank1 matrix", lambda: tf.linalg.LinearOperatorFullMatrix(tf.ones([3]))),
                  ("det nonsquare", lambda: fm.determinant()),
                  ("identity singular", lambda: tf.linalg.LinearOperatorIdentity(2, is_non_singular=False))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
