# Gradients of linear-algebra ops: matmul variants, matrix_inverse, determinant, solve, trace, einsum.
from prelude import tf, np, rnd

a = tf.constant([[2.0, 1.0], [1.0, 3.0]], tf.float64)
b = tf.constant([[1.0, 0.5], [-1.0, 2.0]], tf.float64)
outs = {
    "matmul_tt": tf.matmul(a, b, transpose_a=True, transpose_b=True),
    "inverse": tf.matrix_inverse(a),
    "det": tf.matrix_determinant(a),
    "solve": tf.matrix_solve(a, b),
    "trace": tf.trace(tf.matmul(a, b)),
    "einsum": tf.einsum("ij,jk->ik", a, b),
    "cholesky": tf.cholesky(a),
    "logdet": tf.linalg.logdet(a),
    "diag_part": tf.matrix_diag_part(a),
    "tri_solve": tf.matrix_triangular_solve(tf.linalg.band_part(a, -1, 0), b),
}
gs = {k: tf.gradients(tf.reduce_sum(v * v), [a, b]) for k, v in sorted(outs.items())}
bm = tf.constant(np.arange(8.0).reshape(2, 2, 2), tf.float32)
bv = tf.constant(np.ones([2, 2, 1]), tf.float32)
gbm = tf.gradients(tf.matmul(bm, bv), [bm, bv])
print([t.shape.as_list() for t in gbm])
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [None if t is None else rnd(sess.run(t), 3) for t in gs[k]])
    print(rnd(sess.run(gbm)))
