# Bernoulli from probs: derived logits, statistics, seeded samples and dtypes.
from prelude import tf, np, rnd

d = tf.distributions.Bernoulli(probs=[0.2, 0.5, 0.9])
print(d.name, d.dtype, d.probs.name, d.logits.name, d.batch_shape, d.reparameterization_type)
print(sorted(d.parameters))
outs = {"lp1": d.log_prob(1), "lp": d.log_prob([0, 1, 1]), "p": d.prob([1, 0, 1]),
        "ent": d.entropy(), "mean": d.mean(), "var": d.variance(), "std": d.stddev(),
        "mode": d.mode(), "logits": d.logits}
print({k: (v.dtype.name, v.shape.as_list()) for k, v in sorted(outs.items())})
smp = d.sample(4, seed=3)
print(smp.name, smp.dtype, smp.shape)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k]))
    print(s.run(smp).tolist())
    print(s.run(tf.distributions.Bernoulli(probs=0.3, dtype=tf.float32).sample(5, seed=1)).tolist())
