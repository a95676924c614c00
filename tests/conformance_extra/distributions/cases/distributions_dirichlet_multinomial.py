# DirichletMultinomial: log-probabilities, moments, covariance, seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.DirichletMultinomial(total_count=5., concentration=[[1., 2., 3.], [0.5, 0.5, 0.5]])
print(d.name, d.batch_shape, d.event_shape, d.concentration.name, d.total_count.name, d.total_concentration.name)
counts = [[1., 2., 2.], [5., 0., 0.]]
outs = {"lp": d.log_prob(counts), "p": d.prob(counts), "mean": d.mean(), "var": d.variance(),
        "cov": d.covariance(), "std": d.stddev()}
print({k: v.shape.as_list() for k, v in sorted(outs.items())})
smp = d.sample(2, seed=5)
print(smp.shape, smp.dtype)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    print(s.run(smp).tolist())
