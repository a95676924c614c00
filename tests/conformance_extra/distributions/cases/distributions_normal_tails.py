# Normal cdf/log_cdf/survival in the far tails, float32 and float64.
from prelude import tf, np, rnd

x = [-40., -12., -6., -1., 0., 2., 7., 40.]
for dt in [tf.float32, tf.float64]:
    d = tf.distributions.Normal(tf.constant(0., dt), tf.constant(1., dt))
    outs = [d.cdf(x), d.log_cdf(x), d.survival_function(x), d.log_survival_function(x)]
    print([o.dtype.name for o in outs])
    with tf.Session() as s:
        cdf, log_cdf, sf, log_sf = s.run(outs)
    print(rnd(log_cdf, 3))
    print(rnd(log_sf, 3))
    print(rnd(cdf, 6), rnd(sf, 6))
    with tf.Session() as s:
        print(rnd(s.run(d.quantile([1e-6, 0.025, 0.5, 0.975])), 4))
