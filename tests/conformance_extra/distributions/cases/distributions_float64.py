# float64 parameters give float64 statistics and samples throughout.
from prelude import tf, np, rnd

D = tf.distributions
f = lambda v: tf.constant(v, tf.float64)  # noqa: E731
ds = [D.Normal(f(0.), f(1.)), D.Uniform(f(0.), f(2.)), D.Laplace(f(0.), f(1.)),
      D.Gamma(f(2.), f(1.)), D.Exponential(f(1.5)), D.Beta(f(2.), f(2.)),
      D.StudentT(f(3.), f(0.), f(1.)), D.Dirichlet(f([1., 2.])),
      D.Bernoulli(probs=f(0.3)), D.Categorical(logits=f([0., 1.]))]
for d in ds:
    x = [0.3, 0.7] if isinstance(d, D.Dirichlet) else (1 if isinstance(d, (D.Bernoulli, D.Categorical)) else 0.5)
    lp = d.log_prob(x)
    print(type(d).__name__, d.dtype.name, lp.dtype.name, d.entropy().dtype.name, d.sample(2, seed=1).dtype.name)
    with tf.Session() as s:
        print(rnd(s.run(lp), 8))
