# Sample means and variances over many seeded draws agree with the analytic moments.
from prelude import tf, np, rnd

D = tf.distributions
ds = [D.Gamma(3., 2.), D.Beta(2., 5.), D.Dirichlet([1., 2., 3.]), D.StudentT(5., 1., 2.),
      D.DirichletMultinomial(6., [1., 1., 2.]), D.Multinomial(5., probs=[0.2, 0.8])]
with tf.Session() as s:
    for i, d in enumerate(ds):
        x = d.sample(4000, seed=10 + i)
        m, v = tf.nn.moments(x, axes=[0])
        sm, sv, am, av = s.run([m, v, d.mean(), d.variance()])
        print(type(d).__name__, rnd(am, 3), rnd(av, 3),
              bool(np.all(np.abs(sm - am) < 0.1 * (1 + np.abs(am)))),
              bool(np.all(np.abs(sv - av) < 0.25 * (1 + np.abs(av)))))
