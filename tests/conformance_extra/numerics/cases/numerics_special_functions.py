# lgamma/digamma/erf/xlogy/squared_difference and friends, including poles and zeros.
from prelude import tf, np, rnd

x = tf.constant([0.5, 1.0, 2.0, 10.0, -0.5])
outs = [tf.lgamma(x), tf.digamma(x), tf.lgamma(tf.constant([0.0, -1.0, -2.5])), tf.digamma(tf.constant([0.0, -1.0])),
        tf.erf(x), tf.erfc(x), tf.math.erfinv(tf.constant([0.0, 0.5, 1.0, -1.0])),
        tf.math.xlogy(tf.constant([0.0, 0.0, 2.0]), tf.constant([0.0, 3.0, 4.0])),
        tf.math.xlog1py(tf.constant([0.0, 1.0]), tf.constant([-1.0, 1.0])),
        tf.squared_difference(tf.constant([1.0, -2.0]), tf.constant([4.0, 2.0])),
        tf.squared_difference(tf.constant([1, -2]), tf.constant([4, 2])),
        tf.math.lbeta(tf.constant([[1.0, 2.0], [3.0, 4.0]])), tf.igamma(tf.constant([1.0, 2.0]), tf.constant([1.0, 3.0])),
        tf.igammac(tf.constant([1.0]), tf.constant([1.0])), tf.math.betainc(tf.constant([1.0]), tf.constant([2.0]), tf.constant([0.5])),
        tf.math.polygamma(tf.constant([1.0, 2.0]), tf.constant([1.0, 2.0])), tf.math.zeta(tf.constant([2.0]), tf.constant([1.0])),
        tf.math.bessel_i0e(tf.constant([0.0, 1.0])), tf.math.bessel_i1e(tf.constant([1.0])),
        tf.expm1(tf.constant([1e-10, 1.0])), tf.log1p(tf.constant([1e-10])),
        tf.lgamma(tf.constant([3.0], tf.float64)), tf.math.softsign(tf.constant([-3.0, 1.0]))]
for t in outs:
    print(t.op.type, t.dtype.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
