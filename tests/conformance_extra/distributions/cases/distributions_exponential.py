# Exponential: a Gamma with concentration 1; its own sampler and log survival.
from prelude import tf, np, rnd

d = tf.distributions.Exponential(rate=[0.5, 2.])
print(d.name, sorted(d.parameters), d.rate.name, d.concentration.name, d.batch_shape)
x = [[0.1, 3.], [1., 0.]]
outs = [d.log_prob(x), d.prob(x), d.cdf(x), d.survival_function(x), d.log_survival_function(x),
        d.entropy(), d.mean(), d.mode(), d.stddev(), d.variance()]
smp = d.sample([2, 3], seed=4)
print(smp.shape, smp.name)
kl = tf.distributions.kl_divergence(d, tf.distributions.Exponential(1.))
kl2 = tf.distributions.kl_divergence(d, tf.distributions.Gamma(2., 1.))
print(kl.name, kl2.name)
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v, 4))
    print(rnd(s.run(smp), 4))
    print(rnd(s.run([kl, kl2]), 4))
    print(rnd(s.run(tf.distributions.Exponential(3.).sample(5, seed=1)), 4))
