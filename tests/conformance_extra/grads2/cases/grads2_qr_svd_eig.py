# Gradients of qr, svd (singular values and vectors), self_adjoint_eig / eigvalsh, sqrtm-free norms.
from prelude import tf, np, rnd

a = tf.constant([[2.0, 1.0], [0.5, 3.0], [1.0, -1.0]], tf.float64)
q, r = tf.qr(a)
gq = tf.gradients(tf.reduce_sum(q * tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], tf.float64)) +
                  tf.reduce_sum(r), a)[0]
s = tf.svd(a, compute_uv=False)
gs = tf.gradients(tf.reduce_sum(s * tf.constant([1.0, 2.0], tf.float64)), a)[0]
s2, u, v = tf.svd(a)
gsv = tf.gradients(tf.reduce_sum(s2) + tf.reduce_sum(tf.abs(u[:, 0])) + tf.reduce_sum(tf.abs(v[:, 0])), a)[0]
sym = tf.constant([[2.0, 0.5, 0.0], [0.5, 3.0, 0.1], [0.0, 0.1, 1.0]], tf.float64)
e, vv = tf.self_adjoint_eig(sym)
ge = tf.gradients(tf.reduce_sum(e * tf.constant([1.0, 2.0, 3.0], tf.float64)), sym)[0]
gev = tf.gradients(tf.reduce_sum(tf.abs(vv[:, 2])), sym)[0]
gvals = tf.gradients(tf.reduce_sum(tf.self_adjoint_eigvals(sym) ** 2), sym)[0]
print(gq.shape, gs.shape, ge.shape)
with tf.Session() as sess:
    print("qr", rnd(sess.run(gq), 4))
    print("svals", rnd(sess.run(gs), 4))
    print("svd_uv", rnd(sess.run(gsv), 4))
    print("eig", rnd(sess.run(ge), 4))
    print("eigvec", rnd(sess.run(gev), 4))
    print("eigvals", rnd(sess.run(gvals), 4))
