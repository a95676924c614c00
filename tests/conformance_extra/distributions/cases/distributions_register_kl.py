# RegisterKL: custom pairs, lookup through subclasses, duplicate and bad registrations.
from prelude import tf, np, rnd

D = tf.distributions


class MyNormal(D.Normal):
    pass


class Other(D.Normal):
    pass


@D.RegisterKL(MyNormal, D.Uniform)
def _kl_mine(a, b, name=None):
    with tf.name_scope(name, "kl_mine"):
        return tf.zeros_like(a.loc) + 42.


p = MyNormal(1., 2.)
print(p.name, type(p).__name__)
kl_sub = D.kl_divergence(p, Other(0., 1.))
kl_custom = D.kl_divergence(p, D.Uniform(0., 1.))
print(kl_sub.name, kl_custom.name)
with tf.Session() as s:
    print(rnd(s.run([kl_sub, kl_custom])))
try:
    D.RegisterKL(D.Normal, D.Normal)(lambda a, b, name=None: 0.)
except ValueError as e:
    print(type(e).__name__)
try:
    D.RegisterKL(D.Laplace, D.Laplace)(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    D.kl_divergence(D.Uniform(), p)
except NotImplementedError as e:
    print(type(e).__name__, e)
with tf.Session() as s:
    try:
        s.run(D.kl_divergence(D.Normal(0., 1.), D.Normal(0., 0.), allow_nan_stats=False))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
    print(rnd(s.run(D.kl_divergence(D.Normal(0., 1.), D.Normal(1., 1.), allow_nan_stats=False))))
