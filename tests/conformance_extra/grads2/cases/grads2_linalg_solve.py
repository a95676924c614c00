# Gradients of matrix_inverse, det, log_matrix_determinant, cholesky, triangular_solve, matrix_solve, solve_ls.
from prelude import tf, np, rnd

a = tf.constant([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]], tf.float64)
b = tf.constant([[1.0, 2.0], [0.0, 1.0], [-1.0, 0.5]], tf.float64)
wb = tf.constant([[1.0, -1.0], [2.0, 0.5], [0.3, 0.7]], tf.float64)
gs = {
    "inv": tf.gradients(tf.reduce_sum(tf.matrix_inverse(a) * a), a),
    "det": tf.gradients(tf.matrix_determinant(a), a),
    "logdet": tf.gradients(tf.linalg.slogdet(a)[1], a),
    "logdet2": tf.gradients(tf.linalg.logdet(a), a),
    "chol": tf.gradients(tf.reduce_sum(tf.cholesky(a) * tf.linalg.band_part(tf.ones_like(a), -1, 0) * 2.0), a),
    "trisolve_lo": tf.gradients(tf.matrix_triangular_solve(a, b, lower=True) * wb, [a, b]),
    "trisolve_up_adj": tf.gradients(tf.matrix_triangular_solve(a, b, lower=False, adjoint=True) * wb, [a, b]),
    "solve": tf.gradients(tf.matrix_solve(a, b) * wb, [a, b]),
    "solve_adj": tf.gradients(tf.matrix_solve(a, b, adjoint=True) * wb, [a, b]),
    "solve_ls": tf.gradients(tf.matrix_solve_ls(a, b) * wb, [a, b]),
    "chol_solve": tf.gradients(tf.cholesky_solve(tf.cholesky(a), b) * wb, [a, b]),
}
ba = tf.stack([a, a * 2.0])
gbd = tf.gradients(tf.matrix_determinant(ba), ba)[0]
print(gbd.shape)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [rnd(v, 4) for v in sess.run(gs[k])])
    print(rnd(sess.run(gbd), 4))
