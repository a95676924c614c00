# Dirichlet: vector events, covariance, mode, seeded samples, KL and sample checks.
from prelude import tf, np, rnd

d = tf.distributions.Dirichlet([[1., 2., 3.], [0.5, 0.5, 4.]])
print(d.name, d.concentration.name, d.total_concentration.name, d.batch_shape, d.event_shape)
x = [[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]]
outs = {"lp": d.log_prob(x), "p": d.prob(x), "ent": d.entropy(), "mean": d.mean(),
        "var": d.variance(), "cov": d.covariance(), "std": d.stddev()}
try:  # TF's NaN mask drops the event axis, so it only broadcasts for scalar batches
    d.mode()
except ValueError as e:
    print(type(e).__name__)
single = tf.distributions.Dirichlet([2., 3., 4.])
outs["mode"] = single.mode()
outs["mode_nan"] = tf.distributions.Dirichlet([0.5, 3., 4.]).mode()
print({k: v.shape for k, v in sorted(outs.items())})
smp = d.sample(2, seed=2)
kl = tf.distributions.kl_divergence(d, tf.distributions.Dirichlet([1., 1., 1.]))
print(smp.shape, kl.name, kl.shape)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    print(rnd(s.run(smp), 4))
    print(rnd(s.run(kl), 4))
    print(s.run([d.batch_shape_tensor(), d.event_shape_tensor()]))
    try:
        s.run(tf.distributions.Dirichlet([1., 2.], validate_args=True).log_prob([0.3, 0.3]))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
try:
    tf.distributions.Dirichlet(1.)
except ValueError as e:
    print(type(e).__name__)
