# KL divergence and cross entropy between Normals, names included.
from prelude import tf, np, rnd

p = tf.distributions.Normal([0., 1.], [1., 2.])
q = tf.distributions.Normal(0.5, 1.5)
kl = tf.distributions.kl_divergence(p, q)
kl2 = p.kl_divergence(q)
ce = p.cross_entropy(q)
kl3 = tf.distributions.kl_divergence(p, q, name="mykl")
print(kl.name, kl2.name, ce.name, kl3.name, kl.shape)
with tf.Session() as s:
    print(rnd(s.run([kl, kl2, ce, kl3])))
    print(rnd(s.run(tf.distributions.kl_divergence(p, p))))
try:
    tf.distributions.kl_divergence(p, tf.distributions.Uniform())
except NotImplementedError as e:
    print(type(e).__name__, e)
