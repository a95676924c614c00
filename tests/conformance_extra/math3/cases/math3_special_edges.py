# Special functions at edge values: lgamma/digamma poles and large args, erfinv/erfc tails, igamma/betainc limits.
from prelude import tf, np, rnd

inf, nan = np.inf, np.nan
cases = [("lgamma", lambda: tf.lgamma(tf.constant([1e-8, 1e8, inf, -inf, nan, -3.5, 171.5]))),
         ("lgamma f64", lambda: tf.lgamma(tf.constant([0.1, 200.0, -0.1], tf.float64))),
         ("digamma", lambda: tf.digamma(tf.constant([1e-6, 1e6, -2.5, inf, -inf, -3.0]))),
         ("polygamma", lambda: tf.math.polygamma(tf.constant([0.0, 1.0, 3.0, 1.5, -1.0]), tf.constant([2.0, 0.5, 1.0, 1.0, 1.0]))),
         ("erf", lambda: tf.erf(tf.constant([-inf, -3.0, 0.0, 1e-7, 6.0, nan]))),
         ("erfc", lambda: tf.erfc(tf.constant([-inf, -2.0, 5.0, 10.0, 30.0]))),
         ("erfinv", lambda: tf.math.erfinv(tf.constant([-1.5, -0.999, 0.1, 0.9999, 1.5]))),
         ("ndtri", lambda: tf.math.ndtri(tf.constant([0.0, 0.025, 0.5, 0.975, 1.0, 2.0]))),
         ("igamma", lambda: tf.math.igamma(tf.constant([0.5, 1.0, 3.0, 2.0, -1.0, 0.0]), tf.constant([0.0, inf, 2.0, 100.0, 1.0, 1.0]))),
         ("igammac", lambda: tf.math.igammac(tf.constant([0.5, 1.0, 3.0, 2.0]), tf.constant([0.0, inf, 2.0, 1e-3]))),
         ("betainc", lambda: tf.math.betainc(tf.constant([1.0, 2.0, 0.5, 2.0, 3.0]), tf.constant([1.0, 3.0, 0.5, 2.0, 1.0]),
                                              tf.constant([0.0, 1.0, 0.5, 0.3, 1.5]))),
         ("zeta", lambda: tf.math.zeta(tf.constant([2.0, 4.0, 1.0, 0.5, 3.0]), tf.constant([1.0, 2.0, 1.0, 1.0, -1.5]))),
         ("i0e", lambda: tf.math.bessel_i0e(tf.constant([-5.0, 0.0, 50.0, 1e4]))),
         ("i1e", lambda: tf.math.bessel_i1e(tf.constant([-5.0, 0.0, 50.0, 1e4]))),
         ("i0 i1", lambda: tf.stack([tf.math.bessel_i0(tf.constant([0.0, 2.0])), tf.math.bessel_i1(tf.constant([0.0, 2.0]))])),
         ("xlogy", lambda: tf.math.xlogy(tf.constant([0.0, 0.0, 1.0, 2.0, nan]), tf.constant([-1.0, nan, 0.0, -1.0, 0.0]))),
         ("xdivy", lambda: tf.math.xdivy(tf.constant([0.0, 0.0, 1.0, -2.0]), tf.constant([0.0, nan, 0.0, 4.0]))),
         ("log1p", lambda: tf.log1p(tf.constant([-1.0, -2.0, 1e-20, inf, -1e-7]))),
         ("expm1", lambda: tf.expm1(tf.constant([-inf, -50.0, 1e-20, 100.0, 1e-5]))),
         ("lgamma int", lambda: tf.lgamma(tf.constant([1, 2]))),
         ("erf half", lambda: tf.erf(tf.constant([0.5, 1.0], tf.float16))),
         ("xlogy f64", lambda: tf.math.xlogy(tf.constant([3.0], tf.float64), tf.constant([2.0], tf.float64)))]
res = []
for label, fn in cases:
    try:
        t = fn()
        res.append((label, t))
        print(label, t.op.type, t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    vals = sess.run([t for _, t in res])
    for (label, _), v in zip(res, vals):
        print(label, rnd(np.asarray(v, np.float64), 4))
