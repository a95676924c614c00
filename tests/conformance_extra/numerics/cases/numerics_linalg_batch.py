# Batched linalg: inverse, det, cholesky, solve, triangular_solve, qr/svd shapes, eigh.
from prelude import tf, np, rnd

a = tf.constant([[[4.0, 1.0], [1.0, 3.0]], [[2.0, 0.0], [0.0, 5.0]]])
rhs = tf.constant([[[1.0], [2.0]], [[4.0], [10.0]]])
inv = tf.matrix_inverse(a)
det = tf.matrix_determinant(a)
chol = tf.cholesky(a)
sol = tf.matrix_solve(a, rhs)
tri = tf.matrix_triangular_solve(chol, rhs, lower=True)
ls = tf.linalg.lstsq(tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), tf.constant([[1.0], [2.0], [3.0]]))
q, r = tf.qr(tf.ones([3, 4, 2]))
qf, rf = tf.linalg.qr(tf.ones([4, 2]), full_matrices=True)
s, u, v = tf.svd(tf.ones([2, 3, 5]))
s2 = tf.linalg.svd(tf.ones([3, 5]), compute_uv=False)
su = tf.svd(tf.ones([5, 3]), full_matrices=True)
e, ev = tf.self_adjoint_eig(a)
ev_only = tf.linalg.eigvalsh(a)
logdet = tf.linalg.logdet(a)
sld = tf.linalg.slogdet(tf.constant([[0.0, 1.0], [1.0, 0.0]]))
trace = tf.trace(a)
for t in [inv, det, chol, sol, tri, ls, q, r, qf, rf, s, u, v, s2, su[0], su[1], su[2], e, ev, ev_only, logdet, sld[0], trace]:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([inv, det, chol, sol, tri, ls, e, ev_only, logdet, list(sld), trace]), 4))
    print(rnd(sess.run(tf.abs(ev)), 4))
    print(rnd(sess.run(s), 4), rnd(sess.run(s2), 4))
    print(rnd(sess.run(tf.matrix_determinant(tf.constant([[1.0, 2.0], [2.0, 4.0]], tf.float64)))))
    try:
        sess.run(tf.matrix_inverse(tf.constant([[1.0, 2.0], [2.0, 4.0]])))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.cholesky(tf.constant([[1.0, 2.0], [2.0, 1.0]])))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.matrix_inverse(tf.ones([2, 3]))
except Exception as e:
    print(type(e).__name__)
