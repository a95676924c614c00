# Categorical: batches of class probabilities, log_prob/prob/cdf/entropy/mode.
from prelude import tf, np, rnd

d = tf.distributions.Categorical(logits=[[1., 2., 3.], [0., 0., -1.]])
print(d.name, d.dtype, d.batch_shape, d.event_shape, d.logits.name, d.probs.name)
print(d.event_size.name)
outs = {"lp": d.log_prob([2, 0]), "lp_b": d.log_prob([[0], [1], [2]]), "p": d.prob(1),
        "cdf": d.cdf([1, 3]), "lcdf": d.log_cdf([2, 2]), "ent": d.entropy(), "mode": d.mode(),
        "probs": d.probs}
print({k: (v.dtype.name, v.shape.as_list()) for k, v in sorted(outs.items())})
print(outs["lp"].name, outs["ent"].name, outs["mode"].name)
with tf.Session() as s:
    v = s.run(outs)
    for k in sorted(v):
        print(k, rnd(v[k]))
    print(s.run([d.batch_shape_tensor(), d.event_shape_tensor(), d.event_size]))
p = tf.distributions.Categorical(probs=[0.2, 0.3, 0.5])
print(p.logits.name, p.probs.name, p.batch_shape)
with tf.Session() as s:
    print(rnd(s.run([p.logits, p.log_prob(1), p.entropy(), p.cdf(2), p.survival_function(1)])))
for m in ["mean", "variance", "stddev"]:
    try:
        getattr(d, m)()
    except NotImplementedError as e:
        print(type(e).__name__, e)
