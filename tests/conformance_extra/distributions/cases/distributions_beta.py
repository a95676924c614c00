# Beta: densities, betainc cdf, statistics, mode NaN, seeded samples, KL.
from prelude import tf, np, rnd

d = tf.distributions.Beta(concentration1=[0.5, 2., 3.], concentration0=[0.5, 5., 1.5])
print(d.name, d.concentration1.name, d.concentration0.name, d.total_concentration.name, d.batch_shape)
x = [0.2, 0.4, 0.9]
outs = {"lp": d.log_prob(x), "p": d.prob(x), "cdf": d.cdf(x), "sf": d.survival_function(x),
        "ent": d.entropy(), "mean": d.mean(), "mode": d.mode(), "var": d.variance(),
        "std": d.stddev()}
print(outs["cdf"].name, outs["var"].name)
smp = d.sample(3, seed=6)
kl = tf.distributions.kl_divergence(d, tf.distributions.Beta(1., 1.))
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    print(rnd(s.run(smp), 4))
    print(kl.name, rnd(s.run(kl), 4))
    try:
        s.run(tf.distributions.Beta(2., 3., validate_args=True).log_prob(1.5))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
