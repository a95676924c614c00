# Gradients of einsum (matmul, trace, outer, batch, broadcasting ellipsis), tensordot and norm ord variants.
from prelude import tf, np, rnd

a = tf.reshape(tf.range(1.0, 7.0), [2, 3]) / 4.0
b = tf.reshape(tf.range(1.0, 13.0), [3, 4]) / 4.0
sq = tf.reshape(tf.range(1.0, 10.0), [3, 3]) / 3.0
gs = {
    "mm": tf.gradients(tf.einsum("ij,jk->ik", a, b) ** 2, [a, b]),
    "trace": tf.gradients(tf.einsum("ii", sq), [sq]),
    "diag": tf.gradients(tf.einsum("ii->i", sq) * tf.constant([1.0, 2.0, 3.0]), [sq]),
    "outer": tf.gradients(tf.einsum("i,j->ij", a[0], b[0]) ** 2, [a, b]),
    "sum": tf.gradients(tf.einsum("ij->", a * a), [a]),
    "batch": tf.gradients(tf.einsum("bij,bjk->bik", tf.stack([a, 2 * a]), tf.stack([b, b])) ** 2, [a, b]),
    "ell": tf.gradients(tf.einsum("...j,jk->...k", a, b) ** 2, [a, b]),
    "td1": tf.gradients(tf.tensordot(a, b, 1) ** 2, [a, b]),
    "td_axes": tf.gradients(tf.tensordot(a, tf.transpose(b), [[1], [1]]) ** 2, [a, b]),
    "td0": tf.gradients(tf.tensordot(a[0], b[:, 0], 0) ** 2, [a, b]),
}
v = tf.constant([3.0, -4.0, 0.5])
for o in ["euclidean", 1, 2, np.inf, 3.0]:
    gs["norm_v_%s" % o] = tf.gradients(tf.norm(v, ord=o), [v])
for o in ["fro", 1, np.inf]:
    gs["norm_m_%s" % o] = tf.gradients(tf.norm(sq - 1.0, ord=o, axis=[0, 1]), [sq])
gs["norm_ax"] = tf.gradients(tf.norm(a, axis=1) * tf.constant([1.0, 2.0]), [a])
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [rnd(t, 3) for t in sess.run(gs[k])])
