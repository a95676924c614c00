# Laplace: densities, cdfs in both directions, statistics and seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.Laplace(loc=[0., 1.], scale=[1., 0.5])
x = [[-2., 1.5], [0.3, 1.], [40., -40.]]
outs = {"lp": d.log_prob(x), "p": d.prob(x), "cdf": d.cdf(x), "lcdf": d.log_cdf(x),
        "sf": d.survival_function(x), "lsf": d.log_survival_function(x), "ent": d.entropy(),
        "mean": d.mean(), "mode": d.mode(), "std": d.stddev(), "var": d.variance()}
print(d.name, d.batch_shape, d.reparameterization_type, outs["lp"].name, outs["ent"].name)
smp = d.sample([3], seed=9)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k]))
    print(rnd(s.run(smp), 5))
g = tf.gradients(tf.reduce_sum(d.sample(2, seed=1)), [d.loc, d.scale])
print([t is None for t in g])
