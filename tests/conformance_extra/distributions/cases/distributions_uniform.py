# Uniform: densities inside/outside the support, statistics, seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.Uniform(low=[0., -1.], high=[1., 3.])
print(d.name, d.low.name, d.high.name, d.batch_shape, d.dtype)
x = [[0.5, 2.], [-0.1, 3.], [1., -1.]]
outs = [d.prob(x), d.log_prob(x), d.cdf(x), d.survival_function(x), d.entropy(), d.mean(),
        d.stddev(), d.variance(), d.range()]
print([o.name for o in outs[:2]], [o.shape for o in outs])
smp = d.sample(4, seed=5)
print(smp.name, smp.shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v))
    print(rnd(s.run(smp), 5))
    print(rnd(s.run(tf.distributions.Uniform().sample(3, seed=2)), 5))
    print(rnd(s.run(d.prob([np.nan, 0.2]))))
for m in ["mode", "quantile"]:
    try:
        getattr(d, m)() if m == "mode" else d.quantile(0.5)
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    tf.distributions.Uniform(1, 2)
except ValueError as e:
    print(type(e).__name__)
with tf.Session() as s:
    try:
        s.run(tf.distributions.Uniform(2., 1., validate_args=True).sample(seed=1))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
