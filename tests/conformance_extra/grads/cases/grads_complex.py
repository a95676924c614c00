# Gradients through complex ops: complex, real, imag, abs, conj, angle, complex mul, exp.
from prelude import tf, np, rnd

re = tf.constant([1.0, 0.0, -2.0])
im = tf.constant([2.0, 0.0, 1.0])
z = tf.complex(re, im)
print(z.dtype.name)
outs = {
    "real": tf.real(z * z),
    "imag": tf.imag(z * z),
    "abs": tf.abs(z),
    "conj": tf.real(tf.conj(z) * z),
    "angle": tf.angle(tf.gather(z, [0, 2])),  # at 0 TF gives Eigen complex-division inf/nan
    "exp": tf.real(tf.exp(z)),
}
gs = {k: tf.gradients(tf.reduce_sum(v), [re, im]) for k, v in sorted(outs.items())}
gz = tf.gradients(tf.reduce_sum(tf.real(z * tf.conj(z))), z)[0]
print(gz.dtype.name)
c = tf.constant([1 + 2j, 3 - 1j], tf.complex64)
try:
    tf.gradients(c * c, c)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("complex ys", type(e).__name__)
gc = tf.gradients(c * c, c, grad_ys=tf.ones([2], tf.complex64))[0]
gcs = tf.gradients(tf.square(c), c, grad_ys=tf.constant([1 + 0j, 1j], tf.complex64))[0]
print(gc.dtype.name, gcs.dtype.name)
d = tf.constant([1 + 1j], tf.complex128)
gd = tf.gradients(tf.abs(d), d)[0]
print(gd.dtype.name)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(np.round(sess.run(gz), 4).tolist())
    print(np.round(sess.run(gc), 4).tolist(), np.round(sess.run(gcs), 4).tolist())
    print(np.round(sess.run(gd), 4).tolist())
