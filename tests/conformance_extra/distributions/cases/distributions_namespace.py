# The public names of tf.distributions and the reparameterization markers.
import inspect

from prelude import tf, np, rnd

D = tf.distributions
print(sorted(n for n in dir(D) if not n.startswith("_")))
print(D.FULLY_REPARAMETERIZED, D.NOT_REPARAMETERIZED)
print(D.FULLY_REPARAMETERIZED == D.FULLY_REPARAMETERIZED, D.FULLY_REPARAMETERIZED == D.NOT_REPARAMETERIZED)
print(D.ReparameterizationType("FULLY_REPARAMETERIZED") == D.FULLY_REPARAMETERIZED)
print(issubclass(D.Normal, D.Distribution), issubclass(D.Exponential, D.Gamma))
for cls in [D.Normal, D.Uniform, D.Laplace, D.Gamma, D.Exponential, D.Beta, D.StudentT, D.Dirichlet]:
    print(cls.__name__, inspect.signature(cls.__init__))
