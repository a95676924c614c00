# Multinomial: count log-probabilities, moments, covariance and seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.Multinomial(total_count=4., probs=[[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]])
print(d.name, d.dtype, d.batch_shape, d.event_shape, d.total_count.name, d.probs.name, d.logits.name)
counts = [[1., 1., 2.], [4., 0., 0.]]
outs = {"lp": d.log_prob(counts), "p": d.prob(counts), "mean": d.mean(), "var": d.variance(),
        "std": d.stddev(), "cov": d.covariance()}
print({k: v.shape.as_list() for k, v in sorted(outs.items())})
print(outs["lp"].name, outs["mean"].name)
smp = d.sample(3, seed=4)
l = tf.distributions.Multinomial(total_count=[2., 5.], logits=[0., 1., 2.])
print(smp.shape, smp.dtype, l.batch_shape)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    # NOTE: TF draws batched samples in parallel map_fn iterations sharing one seeded op, so
    # which batch member gets which draws varies from run to run; print stable facts instead.
    v = s.run(smp)
    print(v.shape, np.sum(v, -1).tolist(), bool(np.all(v >= 0)))
    v = s.run(l.sample(2, seed=7))
    print(v.shape, np.sum(v, -1).tolist())
    print(s.run(tf.distributions.Multinomial(6., logits=[0., 1., 2.]).sample(4, seed=7)).tolist())
    print(rnd(s.run(l.log_prob([[1., 1., 0.], [0., 2., 3.]])), 4))
    try:
        s.run(tf.distributions.Multinomial(2., probs=[0.5, 0.5], validate_args=True).log_prob([1., 2.]))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
for m in ["entropy", "mode"]:
    try:
        getattr(d, m)()
    except NotImplementedError as e:
        print(type(e).__name__, e)
