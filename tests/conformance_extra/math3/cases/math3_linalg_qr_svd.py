# qr with full_matrices on tall/wide inputs, svd singular values and reconstruction, eigh eigenvalues, grads.
from prelude import tf, np, rnd

tall = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
wide = tf.transpose(tall)
res = {}
for name, mat in (("tall", tall), ("wide", wide)):
    for full in (False, True):
        q, r = tf.linalg.qr(mat, full_matrices=full)
        print(name, full, q.shape.as_list(), r.shape.as_list())
        res[(name, full)] = (tf.matmul(q, r), tf.matmul(q, q, transpose_a=True), tf.abs(tf.linalg.diag_part(r)))
s, u, v = tf.linalg.svd(tall)
sf, uf, vf = tf.linalg.svd(tall, full_matrices=True)
print(s.shape.as_list(), u.shape.as_list(), v.shape.as_list(), uf.shape.as_list(), vf.shape.as_list())
recon = tf.matmul(u * s, v, adjoint_b=True)
sv = tf.linalg.svd(tf.constant([[[3.0, 0.0], [0.0, -4.0]], [[1.0, 1.0], [1.0, 1.0]]]), compute_uv=False)
gs = tf.gradients(tf.reduce_sum(tf.linalg.svd(tall, compute_uv=False)), tall)[0]
sym = tf.constant([[2.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 2.0]])
ev = tf.linalg.eigvalsh(sym)
e2, vecs = tf.linalg.eigh(sym)
ge = tf.gradients(tf.reduce_sum(ev * tf.constant([1.0, 2.0, 3.0])), sym)[0]
gq = tf.gradients(tf.reduce_sum(tf.linalg.qr(tall)[1] ** 2), tall)[0]
print(ev.op.type, e2.op.type, vecs.shape.as_list(), sv.shape.as_list())
with tf.Session() as sess:
    for key in sorted(res):
        print(key, rnd(sess.run(list(res[key])), 4))
    print(rnd(sess.run([s, sf, recon, sv, gs]), 4))
    print(rnd(sess.run([ev, e2, ge, gq]), 4))
    print(rnd(sess.run(tf.matmul(vecs * e2, vecs, transpose_b=True)), 4))
