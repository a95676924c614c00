# Gradients through Normal log_prob, entropy, KL and reparameterized samples.
from prelude import tf, np, rnd

loc = tf.Variable([0.5, -1.])
log_scale = tf.Variable([0., 0.3])
d = tf.distributions.Normal(loc, tf.exp(log_scale))
lp = tf.reduce_sum(d.log_prob([1., 2.]))
ent = tf.reduce_sum(d.entropy())
kl = tf.reduce_sum(tf.distributions.kl_divergence(d, tf.distributions.Normal(0., 1.)))
smp = tf.reduce_sum(d.sample(5, seed=11))
grads = [tf.gradients(y, [loc, log_scale]) for y in [lp, ent, kl, smp]]
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for name, g in zip(["log_prob", "entropy", "kl", "sample"], grads):
        print(name, [None if t is None else rnd(s.run(t), 4) for t in g])
print(tf.gradients(ent, loc))
