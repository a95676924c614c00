"""Scalar continuous distributions with location/scale-like parameters: Normal, Uniform,
Laplace and StudentT."""

import math

import numpy as np

from tensorweave.compat import v1 as tf
from tensorweave.distributions import distribution as dist
from tensorweave.distributions.kullback_leibler import RegisterKL

__all__ = ["Laplace", "Normal", "StudentT", "Uniform"]


def _positive_checks(validate_args, *tensors):
    return [tf.assert_positive(t) for t in tensors] if validate_args else []


def _same_shape_params(names, sample_shape):
    shape = tf.convert_to_tensor(sample_shape, dtype=tf.int32)
    return {n: shape for n in names}


class _ScalarDistribution(dist.Distribution):
    """Shared shape logic: batch shape = broadcast of the parameters, scalar events."""

    def _params(self):
        raise NotImplementedError

    def _batch_shape(self):
        return dist.broadcast_static(*self._params())

    def _batch_shape_tensor(self):
        return dist.broadcast_dynamic(*self._params())

    def _event_shape(self):
        return tf.TensorShape([])

    def _event_shape_tensor(self):
        return tf.constant([], dtype=tf.int32)

    def _batch_shape_sample(self, n):
        return tf.concat([[n], self.batch_shape_tensor()], 0)


class _LocScale(_ScalarDistribution):
    """A fully reparameterized family with a `loc` and a positive `scale` (Normal, Laplace)."""

    def _init_loc_scale(self, loc, scale, validate_args, allow_nan_stats, name, parameters,
                        dtype_of):
        with tf.name_scope(name, values=[loc, scale]) as scope:
            checks = _positive_checks(validate_args, scale)
            self._loc, self._scale = dist.identity_params([("loc", loc), ("scale", scale)], checks)
            tf.debugging.assert_same_float_dtype([self._loc, self._scale])
        # (TF's Normal takes its dtype from scale, Laplace from loc: the same after the check.)
        super().__init__(dtype=getattr(self, dtype_of).dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters, graph_parents=[self._loc, self._scale], name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return _same_shape_params(("loc", "scale"), sample_shape)

    @property
    def loc(self):
        return self._loc

    @property
    def scale(self):
        return self._scale

    def _params(self):
        return self._loc, self._scale


class Normal(_LocScale):
    """The normal distribution N(loc, scale**2)."""

    def __init__(self, loc, scale, validate_args=False, allow_nan_stats=True, name="Normal"):
        self._init_loc_scale(loc, scale, validate_args, allow_nan_stats, name, dict(locals()),
                             "_scale")

    def _z(self, x):
        with tf.name_scope("standardize", values=[x]):
            return (x - self._loc) / self._scale

    def _inv_z(self, z):
        with tf.name_scope("reconstruct", values=[z]):
            return z * self._scale + self._loc

    def _sample_n(self, n, seed=None):
        shape = self._batch_shape_sample(n)
        noise = tf.random_normal(shape=shape, mean=0., stddev=1., dtype=self._loc.dtype, seed=seed)
        return noise * self._scale + self._loc

    def _log_prob(self, x):
        return -0.5 * tf.square(self._z(x)) - (0.5 * math.log(2. * math.pi) + tf.log(self._scale))

    def _log_cdf(self, x):
        return dist.log_ndtr(self._z(x))

    def _cdf(self, x):
        return dist.ndtr(self._z(x))

    def _log_survival_function(self, x):
        return dist.log_ndtr(-self._z(x))

    def _survival_function(self, x):
        return dist.ndtr(-self._z(x))

    def _quantile(self, p):
        return self._inv_z(tf.math.ndtri(p))

    def _entropy(self):
        scale = self._scale * tf.ones_like(self._loc)
        return 0.5 * math.log(2. * math.pi * math.e) + tf.log(scale)

    def _mean(self):
        return self._loc * tf.ones_like(self._scale)

    def _stddev(self):
        return self._scale * tf.ones_like(self._loc)

    _mode = _mean


@RegisterKL(Normal, Normal)
def _kl_normal_normal(n_a, n_b, name=None):
    with tf.name_scope(name, "kl_normal_normal", [n_a.loc, n_b.loc]):
        var_a = tf.square(n_a.scale)
        var_b = tf.square(n_b.scale)
        ratio = var_a / var_b
        return tf.square(n_a.loc - n_b.loc) / (2. * var_b) + 0.5 * (ratio - 1. - tf.log(ratio))


class Uniform(_ScalarDistribution):
    """The continuous uniform distribution on [low, high)."""

    def __init__(self, low=0., high=1., validate_args=False, allow_nan_stats=True,
                 name="Uniform"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[low, high]) as scope:
            checks = [tf.assert_less(low, high, message="uniform not defined when low >= high.")
                      ] if validate_args else []
            self._low, self._high = dist.identity_params([("low", low), ("high", high)], checks)
            tf.debugging.assert_same_float_dtype([self._low, self._high])
        super().__init__(dtype=self._low.dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters, graph_parents=[self._low, self._high], name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return _same_shape_params(("low", "high"), sample_shape)

    @property
    def low(self):
        return self._low

    @property
    def high(self):
        return self._high

    def _params(self):
        return self._low, self._high

    def range(self, name="range"):
        """high - low."""
        with self._name_scope(name):
            return self._high - self._low

    def _sample_n(self, n, seed=None):
        shape = self._batch_shape_sample(n)
        u = tf.random_uniform(shape=shape, dtype=self.dtype, seed=seed)
        return self._low + self.range() * u

    def _prob(self, x):
        x = x * tf.ones(self.batch_shape_tensor(), dtype=x.dtype)
        outside = tf.logical_or(x < self._low, x >= self._high)
        density = tf.where_v2(outside, tf.zeros_like(x), tf.ones_like(x) / self.range())
        return tf.where_v2(tf.is_nan(x), x, density)

    def _log_prob(self, x):
        return tf.log(self._prob(x))

    def _cdf(self, x):
        shape = tf.broadcast_dynamic_shape(tf.shape(x), self.batch_shape_tensor())
        ones = tf.ones(shape, dtype=self.dtype)
        x = x * ones
        below = tf.where_v2(x < self._low, tf.zeros_like(x), (x - self._low) / self.range())
        return tf.where_v2(x >= self._high, ones, below)

    def _entropy(self):
        return tf.log(self.range())

    def _mean(self):
        return (self._low + self._high) / 2.

    def _variance(self):
        return tf.square(self.range()) / 12.

    def _stddev(self):
        return self.range() / math.sqrt(12.)


class Laplace(_LocScale):
    """The Laplace distribution: density exp(-|x - loc| / scale) / (2 scale)."""

    def __init__(self, loc, scale, validate_args=False, allow_nan_stats=True, name="Laplace"):
        self._init_loc_scale(loc, scale, validate_args, allow_nan_stats, name, dict(locals()),
                             "_loc")

    def _z(self, x):
        return (x - self._loc) / self._scale

    def _sample_n(self, n, seed=None):
        shape = self._batch_shape_sample(n)
        np_dtype = self.dtype.as_numpy_dtype
        # Open interval (-1, 1): log1p(-|u|) must stay finite.
        low = np.nextafter(np_dtype(-1.), np_dtype(1.))
        u = tf.random_uniform(shape=shape, minval=low, maxval=1., dtype=self.dtype, seed=seed)
        return self._loc - self._scale * tf.sign(u) * tf.log1p(-tf.abs(u))

    def _log_prob(self, x):
        return -tf.abs(self._z(x)) - (math.log(2.) + tf.log(self._scale))

    def _cdf(self, x):
        z = self._z(x)
        return 0.5 + (-0.5 * tf.sign(z)) * tf.expm1(-tf.abs(z))

    def _log_cdf(self, x):
        return _log_cdf_laplace(self._z(x))

    def _log_survival_function(self, x):
        return _log_cdf_laplace(-self._z(x))

    def _entropy(self):
        scale = self._scale + tf.zeros_like(self._loc)
        return 1. + tf.log(2. * scale)

    def _mean(self):
        return self._loc + tf.zeros_like(self._scale)

    def _stddev(self):
        return math.sqrt(2.) * self._scale + tf.zeros_like(self._loc)

    _mode = _mean


def _log_cdf_laplace(x, name="log_cdf_laplace"):
    with tf.name_scope(name, values=[x]):
        lower = -math.log(2.) + x
        upper = tf.log1p(-0.5 * tf.exp(-tf.abs(x)))
        return tf.where_v2(x < 0., lower, upper)


class StudentT(_ScalarDistribution):
    """Student's t distribution with `df` degrees of freedom, location and scale."""

    def __init__(self, df, loc, scale, validate_args=False, allow_nan_stats=True,
                 name="StudentT"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[df, loc, scale]) as scope:
            checks = _positive_checks(validate_args, df)
            with tf.control_dependencies(checks):
                self._df = tf.identity(df, name="df")
                self._loc = tf.identity(loc, name="loc")
                self._scale = tf.identity(scale, name="scale")
                tf.debugging.assert_same_float_dtype([self._df, self._loc, self._scale])
        super().__init__(dtype=self._scale.dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._df, self._loc, self._scale], name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return _same_shape_params(("df", "loc", "scale"), sample_shape)

    @property
    def df(self):
        return self._df

    @property
    def loc(self):
        return self._loc

    @property
    def scale(self):
        return self._scale

    def _params(self):
        return self._df, self._loc, self._scale

    def _sample_n(self, n, seed=None):
        shape = self._batch_shape_sample(n)
        normal = tf.random_normal(shape, dtype=self.dtype, seed=seed)
        df = self._df * tf.ones(self.batch_shape_tensor(), dtype=self.dtype)
        gamma = tf.random_gamma([n], 0.5 * df, beta=0.5, dtype=self.dtype,
                                seed=dist.new_seed(seed, "student_t"))
        return normal * tf.rsqrt(gamma / df) * self._scale + self._loc

    def _log_prob(self, x):
        y = (x - self._loc) / self._scale
        unnormalized = -0.5 * (self._df + 1.) * tf.log1p(tf.square(y) / self._df)
        normalization = (tf.log(tf.abs(self._scale)) + 0.5 * tf.log(self._df)
                         + 0.5 * math.log(math.pi) + tf.lgamma(0.5 * self._df)
                         - tf.lgamma(0.5 * (self._df + 1.)))
        return unnormalized - normalization

    def _cdf(self, x):
        y = (x - self._loc) / self._scale
        x_t = self._df / (tf.square(y) + self._df)
        neg_cdf = 0.5 * tf.betainc(0.5 * self._df, tf.constant(0.5, self.dtype), x_t)
        return tf.where_v2(y < 0., neg_cdf, 1. - neg_cdf)

    def _entropy(self):
        v = self._df * tf.ones(self.batch_shape_tensor(), dtype=self.dtype)
        half_v = 0.5 * v
        lbeta = tf.lgamma(half_v) + math.lgamma(0.5) - tf.lgamma(half_v + 0.5)
        return (0.5 * (v + 1.) * (tf.digamma(0.5 * (v + 1.)) - tf.digamma(half_v))
                + 0.5 * tf.log(v) + lbeta + tf.log(tf.abs(self._scale)))

    def _mean(self):
        mean = self._loc * tf.ones(self.batch_shape_tensor(), dtype=self.dtype)
        df = self._df * tf.ones(self.batch_shape_tensor(), dtype=self.dtype)
        return dist.nan_where(df > 1., mean, self.allow_nan_stats,
                              "mean not defined for components of df <= 1",
                              (tf.ones([], dtype=self.dtype), self._df))

    def _variance(self):
        df = self._df * tf.ones(self.batch_shape_tensor(), dtype=self.dtype)
        denom = tf.where_v2(df > 2., df - 2., tf.ones_like(df))
        var = tf.ones(self.batch_shape_tensor(), dtype=self.dtype) * tf.square(self._scale) \
            * df / denom
        var = tf.where_v2(df > 2., var,
                          tf.fill(tf.shape(df), tf.constant(np.inf, dtype=self.dtype)))
        return dist.nan_where(df > 1., var, self.allow_nan_stats,
                              "variance not defined for components of df <= 1",
                              (tf.ones([], dtype=self.dtype), self._df))

    def _mode(self):
        return tf.identity(self._loc)
