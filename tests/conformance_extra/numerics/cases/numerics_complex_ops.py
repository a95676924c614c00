# complex64/complex128: construction, real/imag/conj/angle/abs, arithmetic and matmul.
from prelude import tf, np, rnd

z = tf.constant([1 + 2j, -3 + 0j, 0 - 4j])
print(z.dtype.name)
z = tf.constant([1 + 2j, -3 + 0j, 0 - 4j], tf.complex64)
w = tf.complex(tf.constant([1.0, 2.0]), tf.constant([0.5, -1.0]))
d = tf.constant([1 + 1j], tf.complex128)
outs = [tf.real(z), tf.imag(z), tf.conj(z), tf.angle(z), tf.abs(z), z * z, z + 1, z / tf.constant(2 + 0j, tf.complex64),
        w, tf.math.real(d), tf.abs(d), tf.exp(tf.constant([1j * np.pi], tf.complex64)), tf.sqrt(tf.constant([-4 + 0j], tf.complex64)),
        tf.matmul(tf.constant([[1 + 1j, 2], [0, 1j]], tf.complex64), tf.constant([[1j], [1 - 1j]], tf.complex64)),
        tf.reduce_sum(z), tf.square(z), tf.real(tf.constant([1.5, 2.0])), tf.imag(tf.constant([1.5])),
        tf.conj(tf.constant([3.0])), tf.linalg.adjoint(tf.constant([[1 + 1j, 2j]], tf.complex64))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        v = np.asarray(v)
        if v.dtype.kind == "c":
            print("re", rnd(v.real, 4), "im", rnd(v.imag, 4))
        else:
            print(rnd(v, 4))
print(z.dtype.name, z.dtype.real_dtype.name, z.dtype.is_complex, d.dtype.real_dtype.name)
for fn in (lambda: tf.complex(tf.constant([1.0]), tf.constant([1.0], tf.float64)),
           lambda: tf.maximum(z, z), lambda: tf.less(z, z)):
    try:
        fn()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
