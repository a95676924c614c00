# Values on and beyond the support boundaries, degenerate probabilities, extreme tails.
from prelude import tf, np, rnd

D = tf.distributions
outs = [D.Gamma([1., 2., 0.5], 1.).log_prob(0.), D.Beta([1., 2.], [1., 3.]).log_prob([0., 1.]),
        D.Beta([1., 2.], [1., 3.]).cdf([0., 1.]),
        D.Uniform(0., 1.).log_prob([0., 1., -1.]), D.Bernoulli(probs=[0., 1.]).log_prob([0, 1]),
        D.Bernoulli(probs=[0., 1.]).entropy(), D.Categorical(probs=[0., 1.]).entropy(),
        D.Categorical(probs=[0., 1.]).log_prob(1), D.Exponential(2.).log_prob([-1., 0.]),
        D.Exponential(2.).cdf([-1., 0.]), D.Laplace(0., 1.).log_cdf([-100., 100.]),
        D.StudentT(3., 0., 1.).cdf([-1e6, 1e6]), D.Dirichlet([1., 1.]).log_prob([0., 1.]),
        D.Normal(0., 1.).quantile([0., 1.]), D.Gamma(2., 1.).cdf([-1., 0.]),
        D.Multinomial(0., probs=[0.5, 0.5]).log_prob([0., 0.]),
        D.kl_divergence(D.Bernoulli(probs=0.), D.Bernoulli(probs=0.5)),
        D.kl_divergence(D.Categorical(probs=[0., 1.]), D.Categorical(probs=[0.5, 0.5]))]
c = tf.constant([3., 3.])
x = tf.constant([2., 0.5])
g = tf.gradients(tf.reduce_sum(D.Beta(c, 1.).cdf(x)), x)[0]
with tf.Session() as s:
    for o in s.run(outs):
        print(rnd(o, 4))
    print(rnd(s.run(g), 4))
