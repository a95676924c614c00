# Gradients of matrix_band_part, diag/diag_part, matrix_diag/matrix_diag_part/matrix_set_diag, trace, one_hot.
from prelude import tf, np, rnd

m = tf.reshape(tf.range(1.0, 10.0), [3, 3])
w = tf.reshape(tf.range(9.0), [3, 3])
d = tf.constant([1.0, 2.0, 3.0])
gs = {
    "band": tf.gradients(tf.matrix_band_part(m, 1, 0) * w, m)[0],
    "band_all": tf.gradients(tf.matrix_band_part(m, -1, 0) * w, m)[0],
    "diag": tf.gradients(tf.diag(d) * w, d)[0],
    "diag_part": tf.gradients(tf.diag_part(m) * d, m)[0],
    "mdiag": tf.gradients(tf.matrix_diag(d) * w, d)[0],
    "mdiag_part": tf.gradients(tf.matrix_diag_part(m) * d, m)[0],
    "trace": tf.gradients(tf.trace(m * m), m)[0],
}
gsd = tf.gradients(tf.matrix_set_diag(m, d * d) * w, [m, d])
idx = tf.constant([0, 2])
oh_on = tf.constant(3.0)
gon = tf.gradients(tf.one_hot(idx, 3, on_value=oh_on, off_value=0.5), [idx, oh_on])
print("one_hot", gon)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print("set_diag", [rnd(v, 4) for v in sess.run(gsd)])
