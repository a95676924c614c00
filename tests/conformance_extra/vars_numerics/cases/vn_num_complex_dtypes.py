# complex64/complex128 abs/angle/conj/real/imag result dtypes, and the same ops on real inputs.
from prelude import tf, np, rnd

z64 = tf.constant([3 + 4j, -1 - 1j], tf.complex64)
z128 = tf.constant([3 + 4j, -1 - 1j], tf.complex128)
r = tf.constant([-2.0, 3.0])
r64 = tf.constant([-2.0, 3.0], tf.float64)
i = tf.constant([-2, 3])


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            v = sess.run(t)
            v = np.asarray(v)
            print(label, t.dtype.name, rnd(v.real, 4), rnd(v.imag, 4) if v.dtype.kind == "c" else "")
    except Exception as e:
        print(label, type(e).__name__)


for name, z in [("c64", z64), ("c128", z128), ("f32", r), ("f64", r64), ("i32", i)]:
    for op in ["abs", "angle", "conj", "real", "imag"]:
        fn = {"abs": tf.abs, "angle": tf.math.angle, "conj": tf.math.conj, "real": tf.math.real, "imag": tf.math.imag}[op]
        attempt(name + " " + op, lambda: fn(z))
attempt("complex f64 parts", lambda: tf.complex(r64, r64))
attempt("complex mixed parts", lambda: tf.complex(r, r64))
attempt("complex int parts", lambda: tf.complex(i, i))
attempt("cast c128 to f32", lambda: tf.cast(z128, tf.float32))
attempt("cast f32 to c128", lambda: tf.cast(r, tf.complex128))
attempt("c64 + c128", lambda: z64 + z128)
attempt("c64 * 2", lambda: z64 * 2)
attempt("c64 * f32", lambda: z64 * r)
attempt("abs c64 squared", lambda: tf.square(tf.abs(z64)))
attempt("sum c128", lambda: tf.reduce_sum(z128))
attempt("mean c64", lambda: tf.reduce_mean(z64))
