"""`tf.keras` in TF1 graph mode: the part of Keras 3 (as TF 2.21's `tf.compat.v1.keras`) that
works with eager execution disabled -- layers called on graph tensors, Sequential and
functional models called on tensors, activations, initializers, losses, backend settings.

Loaded lazily, on first access to `tf.keras`.  See docs/keras.md.
"""

import sys
import types

from tensorweave.keras import activations, backend, initializers, losses  # noqa: F401
from tensorweave.keras import layers  # noqa: F401
from tensorweave.keras.engine import (  # noqa: F401
    Input, InputSpec, KerasTensor, Layer, Model, Sequential, Variable)
from tensorweave.keras.initializers import Initializer  # noqa: F401
from tensorweave.keras.losses import Loss  # noqa: F401

__version__ = "3.15.1"
version = lambda: __version__  # noqa: E731

models = types.ModuleType(__name__ + ".models")
models.Model, models.Sequential = Model, Sequential
utils = types.ModuleType(__name__ + ".utils")


def _set_random_seed(seed):
    import random

    import numpy as np

    from tensorweave.compat import v1 as tf

    if not isinstance(seed, int):
        raise ValueError("Expected `seed` argument to be an integer. Received: seed=%s" % (seed,))
    random.seed(seed)
    np.random.seed(seed)
    tf.set_random_seed(seed)


utils.set_random_seed = _set_random_seed
sys.modules.setdefault(models.__name__, models)
sys.modules.setdefault(utils.__name__, utils)

this = sys.modules[__name__]
