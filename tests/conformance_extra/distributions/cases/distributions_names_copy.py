# Distribution names under scopes, custom names, copy() and printing.
from prelude import tf, np, rnd

D = tf.distributions
a = D.Normal(0., 1.)
b = D.Normal(0., 1.)
c = D.Normal(0., 1., name="prior")
with tf.name_scope("enc"):
    e = D.Normal(0., 1.)
    lp_in = e.log_prob(1.)
lp_out = e.log_prob(1.)
print(a.name, b.name, c.name, e.name, lp_in.name, lp_out.name)
print(c.log_prob(0.).name, c.loc.name, e.loc.name)
scoped = D.Normal(0., 1., name="given/")
print(scoped.name)
cp = b.copy(loc=5.)
print(cp.name, sorted(cp.parameters.items()))
cp2 = c.copy()
print(cp2.name)
print(repr(a))
print(str(a))
print(repr(D.Dirichlet([1., 2.])))
print(repr(D.Categorical(logits=tf.placeholder(tf.float32, [None, 3]))))
with tf.Session() as s:
    print(rnd(s.run([cp.mean(), cp2.stddev()])))
print(a.batch_shape_tensor().name, a.batch_shape_tensor().name)
