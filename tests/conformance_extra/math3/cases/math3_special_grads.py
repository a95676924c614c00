# Gradients of special functions: lgamma, digamma, erf, erfc, erfinv, ndtri, xlogy, xdivy, igamma, betainc, bessel, zeta.
from prelude import tf, np, rnd

x = tf.constant([0.5, 1.5, 3.0])
y = tf.constant([0.2, 1.0, 2.0])
p = tf.constant([0.1, 0.5, 0.9])
outs = [("lgamma", tf.lgamma(x), [x]), ("digamma", tf.digamma(x), [x]), ("erf", tf.erf(x), [x]),
        ("erfc", tf.erfc(x), [x]), ("erfinv", tf.math.erfinv(p), [p]), ("ndtri", tf.math.ndtri(p), [p]),
        ("xlogy", tf.math.xlogy(x, y), [x, y]), ("xdivy", tf.math.xdivy(x, y), [x, y]),
        ("xlog1py", tf.math.xlog1py(x, y), [x, y]),
        ("igamma", tf.math.igamma(x, y), [y]), ("igammac", tf.math.igammac(x, y), [y]),
        ("betainc", tf.math.betainc(x, y + 1.0, p), [p]), ("i0e", tf.math.bessel_i0e(x - 1.0), [x]),
        ("i1e", tf.math.bessel_i1e(x - 1.0), [x]), ("zeta", tf.math.zeta(x + 1.0, y), [y]),
        ("polygamma", tf.math.polygamma(tf.constant([1.0, 1.0, 2.0]), x), [x]),
        ("log1p", tf.log1p(x), [x]), ("expm1", tf.expm1(x), [x]), ("lbeta", tf.math.lbeta(tf.stack([x, y], 1)), [x, y]),
        ("softplus", tf.math.softplus(x), [x]), ("rsqrt", tf.math.rsqrt(x), [x]), ("atanh", tf.atanh(p), [p]),
        ("acos", tf.acos(p), [p]), ("reciprocal", tf.math.reciprocal(x), [x])]
grads = []
for label, o, wrt in outs:
    g = tf.gradients(tf.reduce_sum(o), wrt)
    grads.append(g)
    print(label, [None if t is None else t.dtype.name for t in g])
xz = tf.constant([0.0, 0.0])
yz = tf.constant([0.0, 1.0])
gz = tf.gradients(tf.reduce_sum(tf.math.xlogy(xz, yz)), [xz, yz])
with tf.Session() as sess:
    for (label, _, _), g in zip(outs, grads):
        vals = sess.run([t for t in g if t is not None])
        print(label, rnd(vals, 4))
    print("xlogy at 0", rnd(sess.run(gz), 4))
