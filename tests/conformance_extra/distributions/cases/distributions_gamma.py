# Gamma: densities, cdf, statistics, mode with NaN, seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.Gamma(concentration=[0.5, 2., 5.], rate=[1., 2., 0.5])
x = [0.3, 1.7, 8.]
outs = {"lp": d.log_prob(x), "p": d.prob(x), "cdf": d.cdf(x), "lcdf": d.log_cdf(x),
        "sf": d.survival_function(x), "ent": d.entropy(), "mean": d.mean(), "mode": d.mode(),
        "std": d.stddev(), "var": d.variance()}
print(d.name, d.concentration.name, d.rate.name, d.batch_shape, d.mode().name)
smp = d.sample(4, seed=3)
print(smp.shape, smp.dtype)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    print(rnd(s.run(smp), 4))
    try:
        s.run(tf.distributions.Gamma(0.5, 1., allow_nan_stats=False).mode())
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
    try:
        s.run(tf.distributions.Gamma(1., 1., validate_args=True).log_prob(-1.))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
