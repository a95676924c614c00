"""tf.keras.initializers: Keras 3 initializers, built on TF's stateless random ops.

An unseeded random initializer draws its seed from Python's `random` when constructed (as
Keras does), so `tf.keras.utils.set_random_seed` makes weights reproducible."""

import math
import random as _python_random

from tensorweave.keras import backend
from tensorweave.ops.init_ops import _compute_fans, _variance_scale


def _tf():
    from tensorweave.compat import v1 as tf

    return tf


def _draw_seed(seed):
    tf = _tf()
    seed = (seed & 0xFFFFFFFF ^ 0x80000000) - 0x80000000 if seed >= 2**63 else seed
    t = tf.constant([seed, 0], dtype=tf.int64)
    t = tf.cast(t, tf.int64)
    return tf.cast(tf.math.floormod(t, 2147483647 - 1), tf.int32)


def make_default_seed():
    return _python_random.randint(1, int(1e9))


def compute_fans(shape):
    """(fan_in, fan_out) of a weight shape, as tf.compat.v1's initializers count them."""
    return _compute_fans(tuple(shape))


class Initializer:
    def __call__(self, shape, dtype=None):
        raise NotImplementedError

    def get_config(self):
        return {}


class Zeros(Initializer):
    def __call__(self, shape, dtype=None):
        return _tf().zeros(shape, dtype=backend.standardize_dtype(dtype))


class Ones(Initializer):
    def __call__(self, shape, dtype=None):
        return _tf().ones(shape, dtype=backend.standardize_dtype(dtype))


class Constant(Initializer):
    def __init__(self, value=0.0):
        self.value = value

    def __call__(self, shape, dtype=None):
        tf = _tf()
        dtype = backend.standardize_dtype(dtype)
        return tf.constant(self.value, dtype=dtype) * tf.ones(shape, dtype=dtype)

    def get_config(self):
        return {"value": self.value}


class RandomInitializer(Initializer):
    def __init__(self, seed=None):
        self._init_seed = seed
        if seed is None:
            seed = make_default_seed()
        elif not isinstance(seed, int) or isinstance(seed, bool):
            raise ValueError("`seed` argument should be an instance of "
                             "`keras.random.SeedGenerator()` or an integer. Received: seed=%s"
                             % (seed,))
        self.seed = seed

    def get_config(self):
        return {"seed": self._init_seed}


class RandomUniform(RandomInitializer):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval, self.maxval = minval, maxval
        super().__init__(seed)

    def __call__(self, shape, dtype=None):
        return _uniform(shape, self.minval, self.maxval, dtype, self.seed)


class RandomNormal(RandomInitializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev = mean, stddev
        super().__init__(seed)

    def __call__(self, shape, dtype=None):
        return _normal(shape, self.mean, self.stddev, dtype, self.seed)


class TruncatedNormal(RandomInitializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev = mean, stddev
        super().__init__(seed)

    def __call__(self, shape, dtype=None):
        return _normal(shape, self.mean, self.stddev, dtype, self.seed, truncated=True)


def _uniform(shape, minval, maxval, dtype, seed):
    tf = _tf()
    dtype = backend.standardize_dtype(dtype)
    seed_t = _draw_seed(seed)
    return tf.random.stateless_uniform(shape, seed=seed_t, minval=tf.cast(minval, dtype),
                                       maxval=tf.cast(maxval, dtype), dtype=dtype)


def _normal(shape, mean, stddev, dtype, seed, truncated=False):
    tf = _tf()
    dtype = backend.standardize_dtype(dtype)
    seed_t = _draw_seed(seed)
    fn = tf.random.stateless_truncated_normal if truncated else tf.random.stateless_normal
    return fn(shape, seed=seed_t, mean=tf.cast(mean, dtype), stddev=tf.cast(stddev, dtype),
              dtype=dtype)


class VarianceScaling(RandomInitializer):
    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None):
        if scale <= 0.0:
            raise ValueError("Argument `scale` must be positive float. Received: scale=%s"
                             % (scale,))
        if mode not in ("fan_in", "fan_out", "fan_avg"):
            raise ValueError("Invalid `mode` argument: %s" % (mode,))
        distribution = distribution.lower()
        if distribution == "normal":
            distribution = "truncated_normal"
        if distribution not in ("uniform", "truncated_normal", "untruncated_normal"):
            raise ValueError("Invalid `distribution` argument: %s" % (distribution,))
        self.scale, self.mode, self.distribution = scale, mode, distribution
        super().__init__(seed)

    def __call__(self, shape, dtype=None):
        scale = _variance_scale(self.scale, self.mode, *compute_fans(shape))
        if self.distribution == "truncated_normal":
            return _normal(shape, 0.0, math.sqrt(scale) / 0.87962566103423978, dtype, self.seed,
                           truncated=True)
        if self.distribution == "untruncated_normal":
            return _normal(shape, 0.0, math.sqrt(scale), dtype, self.seed)
        limit = math.sqrt(3.0 * scale)
        return _uniform(shape, -limit, limit, dtype, self.seed)


def _scaling(cls_name, scale, mode, distribution):
    def __init__(self, seed=None):
        VarianceScaling.__init__(self, scale=scale, mode=mode, distribution=distribution,
                                 seed=seed)

    return type(cls_name, (VarianceScaling,), {"__init__": __init__})


GlorotUniform = _scaling("GlorotUniform", 1.0, "fan_avg", "uniform")
GlorotNormal = _scaling("GlorotNormal", 1.0, "fan_avg", "truncated_normal")
HeUniform = _scaling("HeUniform", 2.0, "fan_in", "uniform")
HeNormal = _scaling("HeNormal", 2.0, "fan_in", "truncated_normal")
LecunUniform = _scaling("LecunUniform", 1.0, "fan_in", "uniform")
LecunNormal = _scaling("LecunNormal", 1.0, "fan_in", "truncated_normal")

_BY_NAME = {
    "zeros": Zeros, "ones": Ones, "constant": Constant, "random_uniform": RandomUniform,
    "uniform": RandomUniform, "random_normal": RandomNormal, "normal": RandomNormal,
    "truncated_normal": TruncatedNormal, "variance_scaling": VarianceScaling,
    "glorot_uniform": GlorotUniform, "glorot_normal": GlorotNormal, "he_uniform": HeUniform,
    "he_normal": HeNormal, "lecun_uniform": LecunUniform, "lecun_normal": LecunNormal,
}
for _cls in list(_BY_NAME.values()):
    _BY_NAME[_cls.__name__] = _cls

zeros, ones, constant = Zeros, Ones, Constant
random_uniform, random_normal, truncated_normal = RandomUniform, RandomNormal, TruncatedNormal
variance_scaling, glorot_uniform, glorot_normal = VarianceScaling, GlorotUniform, GlorotNormal
he_uniform, he_normal, lecun_uniform, lecun_normal = HeUniform, HeNormal, LecunUniform, LecunNormal


def get(identifier):
    if identifier is None:
        return None
    if isinstance(identifier, str):
        cls = _BY_NAME.get(identifier)
        if cls is None:
            raise ValueError("Could not interpret initializer identifier: %s" % (identifier,))
        return cls()
    if isinstance(identifier, type) and issubclass(identifier, Initializer):
        return identifier()
    if callable(identifier):
        return identifier
    raise ValueError("Could not interpret initializer identifier: %s" % (identifier,))
