# StudentT: densities, cdf, heavy-tail statistics (NaN/inf), seeded samples.
from prelude import tf, np, rnd

d = tf.distributions.StudentT(df=[0.8, 1.5, 4.], loc=[0., 1., -1.], scale=[1., 2., 0.5])
print(d.name, d.df.name, d.loc.name, d.scale.name, d.batch_shape)
x = [0.5, -2., 0.]
outs = {"lp": d.log_prob(x), "p": d.prob(x), "cdf": d.cdf(x), "sf": d.survival_function(x),
        "ent": d.entropy(), "mean": d.mean(), "mode": d.mode(), "var": d.variance(),
        "std": d.stddev()}
print(outs["mode"].shape, outs["mean"].shape)
smp = d.sample(2, seed=8)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k], 4))
    print(rnd(s.run(smp), 4))
    try:
        s.run(tf.distributions.StudentT(0.5, 0., 1., allow_nan_stats=False).mean())
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
