# Normal: names, dtypes, shapes, parameters and every statistic.
from prelude import tf, np, rnd

d = tf.distributions.Normal(loc=[0., 1.], scale=2.)
print(d.name, d.dtype, d.batch_shape, d.event_shape, d.reparameterization_type)
print(sorted(d.parameters.items()))
print(d.loc.name, d.scale.name, d.allow_nan_stats, d.validate_args)
x = [0.5, -1.]
outs = {"log_prob": d.log_prob(x), "prob": d.prob(x), "cdf": d.cdf(x), "log_cdf": d.log_cdf(x),
        "survival": d.survival_function(x), "log_survival": d.log_survival_function(x),
        "quantile": d.quantile([0.1, 0.75]), "entropy": d.entropy(), "mean": d.mean(),
        "stddev": d.stddev(), "variance": d.variance(), "mode": d.mode()}
for k in sorted(outs):
    print(k, outs[k].name, outs[k].shape, outs[k].dtype)
with tf.Session() as s:
    vals = s.run(outs)
    for k in sorted(vals):
        print(k, rnd(vals[k]))
    print(s.run([d.batch_shape_tensor(), d.event_shape_tensor()]))
    print(s.run([d.is_scalar_batch(), d.is_scalar_event()]))
try:
    d.covariance()
except NotImplementedError as e:
    print(type(e).__name__, e)
