# Gradient values of common unary math ops (exp, tan, atan, tanh, erf, softplus, softsign, ...) in float32 and float64.
from prelude import tf, np, rnd

fs = {
    "exp": tf.exp, "tan": tf.tan, "atan": tf.atan, "tanh": tf.tanh, "erf": tf.erf, "softplus": tf.nn.softplus,
    "softsign": tf.nn.softsign, "square": tf.square, "reciprocal": tf.reciprocal, "log1p": tf.log1p,
    "expm1": tf.expm1, "sqrt": tf.sqrt, "rsqrt": tf.rsqrt, "sigmoid": tf.sigmoid, "sin": tf.sin, "cos": tf.cos,
    "asinh": tf.asinh, "log": tf.log, "erfc": tf.erfc, "lgamma": tf.lgamma, "digamma": tf.digamma,
    "log_sigmoid": tf.log_sigmoid, "neg": tf.negative, "inv": tf.math.reciprocal_no_nan,
}
for dt in [tf.float32, tf.float64]:
    x = tf.constant([0.3, 0.7, 1.5], dtype=dt)
    gs = {k: tf.gradients(f(x), x)[0] for k, f in sorted(fs.items())}
    with tf.Session() as sess:
        for k in sorted(gs):
            v = sess.run(gs[k])
            print(dt.name, k, gs[k].dtype.name, gs[k].shape, rnd(v, 4))
