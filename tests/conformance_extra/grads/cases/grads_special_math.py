# Gradients of special and trig functions: atan2, erfc, digamma, lgamma, asin/acos, sinh/cosh, squared_difference.
from prelude import tf, np, rnd

x = tf.constant([0.2, 0.5, 0.9])
y = tf.constant([1.0, -2.0, 0.5])
un = {
    "erfc": tf.erfc, "digamma": tf.digamma, "lgamma": tf.lgamma, "asin": tf.asin, "acos": tf.acos,
    "sinh": tf.sinh, "cosh": tf.cosh, "expm1": tf.expm1, "atanh": tf.atanh, "acosh": lambda v: tf.acosh(v + 1.0),
    "erfinv": tf.math.erfinv, "ndtri": tf.math.ndtri, "bessel_i0e": tf.math.bessel_i0e,
    "bessel_i1e": tf.math.bessel_i1e, "log_sigmoid": tf.math.log_sigmoid, "sinc_like": lambda v: tf.sin(v) / v,
}
gs = {k: tf.gradients(f(x), x)[0] for k, f in sorted(un.items())}
bi = {
    "atan2": tf.atan2(x, y), "sqdiff": tf.squared_difference(x, y), "pow": tf.pow(x, y),
    "igamma": tf.math.igamma(x + 1.0, y * y), "betainc_free": tf.math.zeta(y * y + 2.0, x + 1.0),
    "polygamma": tf.math.polygamma(tf.constant([1.0, 1.0, 2.0]), x),
}
gb = {}
for k, v in sorted(bi.items()):
    try:
        gb[k] = tf.gradients(v, [x, y])
    except Exception as e:  # noqa: BLE001
        print(k, type(e).__name__)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 3))
    for k in sorted(gb):
        print(k, [None if t is None else rnd(sess.run(t), 3) for t in gb[k]])
