"""`tf.distributions` (TF 2.21's deprecated `tf.compat.v1.distributions`) in graph mode:
probability distributions with log densities, statistics, samplers built from the seeded
random ops, and closed-form KL divergences.

Loaded lazily, on first access to `tf.distributions`.  See docs/distributions.md.
"""

import sys
import types

from tensorweave.distributions.discrete import Bernoulli, Categorical, DirichletMultinomial, Multinomial
from tensorweave.distributions.distribution import (
    FULLY_REPARAMETERIZED,
    NOT_REPARAMETERIZED,
    Distribution,
    ReparameterizationType,
)
from tensorweave.distributions.gamma_family import Beta, Dirichlet, Exponential, Gamma
from tensorweave.distributions.kullback_leibler import RegisterKL, kl_divergence
from tensorweave.distributions.location_scale import Laplace, Normal, StudentT, Uniform

__all__ = [
    "FULLY_REPARAMETERIZED",
    "NOT_REPARAMETERIZED",
    "Bernoulli",
    "Beta",
    "Categorical",
    "Dirichlet",
    "DirichletMultinomial",
    "Distribution",
    "Exponential",
    "Gamma",
    "Laplace",
    "Multinomial",
    "Normal",
    "RegisterKL",
    "ReparameterizationType",
    "StudentT",
    "Uniform",
    "kl_divergence",
]

# The public namespace holds exactly TF's names (not this package's submodules).
this = types.ModuleType("tensorweave.compat.v1.distributions", __doc__)
for _name in __all__:
    setattr(this, _name, globals()[_name])
this.__all__ = list(__all__)
sys.modules.setdefault(this.__name__, this)
del _name
