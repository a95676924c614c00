"""Distributions built on the gamma function and gamma samplers: Gamma, Exponential, Beta and
Dirichlet."""

import numpy as np

from tensorweave.compat import v1 as tf
from tensorweave.distributions import distribution as dist
from tensorweave.distributions.kullback_leibler import RegisterKL
from tensorweave.distributions.location_scale import _same_shape_params, _ScalarDistribution

__all__ = ["Beta", "Dirichlet", "Exponential", "Gamma"]


def _checked(x, checks):
    if not checks:
        return x
    with tf.control_dependencies(checks):
        return tf.identity(x)


class Gamma(_ScalarDistribution):
    """The gamma distribution with shape `concentration` and inverse scale `rate`."""

    def __init__(self, concentration, rate, validate_args=False, allow_nan_stats=True,
                 name="Gamma"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[concentration, rate]) as scope:
            checks = [tf.assert_positive(concentration), tf.assert_positive(rate)
                      ] if validate_args else []
            self._concentration, self._rate = dist.identity_params(
                [("concentration", concentration), ("rate", rate)], checks)
            tf.debugging.assert_same_float_dtype([self._concentration, self._rate])
        super().__init__(dtype=self._concentration.dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._concentration, self._rate], name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return _same_shape_params(("concentration", "rate"), sample_shape)

    @property
    def concentration(self):
        return self._concentration

    @property
    def rate(self):
        return self._rate

    def _params(self):
        return self._concentration, self._rate

    def _valid_sample(self, x):
        return _checked(x, [tf.assert_positive(x)] if self.validate_args else [])

    def _sample_n(self, n, seed=None):
        return tf.random_gamma(shape=[n], alpha=self._concentration, beta=self._rate,
                               dtype=self.dtype, seed=seed)

    def _log_prob(self, x):
        x = self._valid_sample(x)
        unnormalized = tf.math.xlogy(self._concentration - 1., x) - self._rate * x
        normalization = tf.lgamma(self._concentration) - self._concentration * tf.log(self._rate)
        return unnormalized - normalization

    def _cdf(self, x):
        x = self._valid_sample(x)
        return tf.igamma(self._concentration, self._rate * x)

    def _entropy(self):
        c = self._concentration
        return c - tf.log(self._rate) + tf.lgamma(c) + (1. - c) * tf.digamma(c)

    def _mean(self):
        return self._concentration / self._rate

    def _variance(self):
        return self._concentration / tf.square(self._rate)

    def _stddev(self):
        return tf.sqrt(self._concentration) / self._rate

    def _mode(self):
        mode = (self._concentration - 1.) / self._rate
        return dist.nan_where(self._concentration > 1., mode, self.allow_nan_stats,
                              "mode not defined when any concentration <= 1",
                              (tf.ones([], self.dtype), self._concentration))


class Exponential(Gamma):
    """The exponential distribution with `rate` (a Gamma with concentration 1)."""

    def __init__(self, rate, validate_args=False, allow_nan_stats=True, name="Exponential"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[rate]) as scope:
            rate = tf.convert_to_tensor(rate, name="rate")
            ones = tf.ones(tf.shape(rate), dtype=rate.dtype)
        super().__init__(concentration=ones, rate=rate, validate_args=validate_args,
                         allow_nan_stats=allow_nan_stats, name=scope)
        self._parameters = parameters

    @staticmethod
    def _param_shapes(sample_shape):
        return {"rate": tf.convert_to_tensor(sample_shape, dtype=tf.int32)}

    def _sample_n(self, n, seed=None):
        shape = tf.concat([[n], tf.shape(self._rate)], 0)
        # Lower end just above 0 so that -log(u) stays finite.
        u = tf.random_uniform(shape, minval=np.finfo(self.dtype.as_numpy_dtype).tiny,
                              maxval=1., seed=seed, dtype=self.dtype)
        return -tf.log(u) / self._rate

    def _log_survival_function(self, x):
        return self._log_prob(x) - tf.log(self._rate)  # = -rate * x


@RegisterKL(Gamma, Gamma)
def _kl_gamma_gamma(g0, g1, name=None):
    with tf.name_scope(name, "kl_gamma_gamma", [g0.concentration, g1.concentration]):
        c0, c1, r0, r1 = g0.concentration, g1.concentration, g0.rate, g1.rate
        return ((c0 - c1) * tf.digamma(c0) + tf.lgamma(c1) - tf.lgamma(c0)
                + c1 * tf.log(r0) - c1 * tf.log(r1) + c0 * (r1 / r0 - 1.))


class Beta(dist.Distribution):
    """The beta distribution on (0, 1) with concentrations `concentration1` (alpha) and
    `concentration0` (beta)."""

    def __init__(self, concentration1=None, concentration0=None, validate_args=False,
                 allow_nan_stats=True, name="Beta"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[concentration1, concentration0]) as scope:
            checks = [tf.assert_positive(concentration1), tf.assert_positive(concentration0)
                      ] if validate_args else []
            self._concentration1, self._concentration0 = dist.identity_params(
                [("concentration1", concentration1), ("concentration0", concentration0)],
                checks)
            tf.debugging.assert_same_float_dtype([self._concentration1, self._concentration0])
            self._total_concentration = self._concentration1 + self._concentration0
        super().__init__(dtype=self._total_concentration.dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._concentration1, self._concentration0,
                                        self._total_concentration], name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return _same_shape_params(("concentration1", "concentration0"), sample_shape)

    @property
    def concentration1(self):
        return self._concentration1

    @property
    def concentration0(self):
        return self._concentration0

    @property
    def total_concentration(self):
        return self._total_concentration

    def _batch_shape(self):
        return self._total_concentration.shape

    def _batch_shape_tensor(self):
        return tf.shape(self._total_concentration)

    def _event_shape(self):
        return tf.TensorShape([])

    def _event_shape_tensor(self):
        return tf.constant([], dtype=tf.int32)

    def _valid_sample(self, x):
        if not self.validate_args:
            return x
        return _checked(x, [tf.assert_positive(x, message="sample must be positive"),
                            tf.assert_less(x, tf.ones([], self.dtype),
                                           message="sample must be less than `1`.")])

    def _sample_n(self, n, seed=None):
        ones = tf.ones_like(self._total_concentration)
        g1 = tf.random_gamma([n], ones * self._concentration1, dtype=self.dtype, seed=seed)
        g0 = tf.random_gamma([n], ones * self._concentration0, dtype=self.dtype,
                             seed=dist.new_seed(seed, "beta"))
        return g1 / (g1 + g0)

    def _log_normalization(self):
        return (tf.lgamma(self._concentration1) + tf.lgamma(self._concentration0)
                - tf.lgamma(self._total_concentration))

    def _log_prob(self, x):
        x = self._valid_sample(x)
        unnormalized = (tf.math.xlogy(self._concentration1 - 1., x)
                        + (self._concentration0 - 1.) * tf.log1p(-x))
        return unnormalized - self._log_normalization()

    def _cdf(self, x):
        x = self._valid_sample(x)
        ones = tf.ones_like(x) * tf.ones_like(self._total_concentration)
        return tf.betainc(self._concentration1 * ones, self._concentration0 * ones, x * ones)

    def _entropy(self):
        c1, c0, total = self._concentration1, self._concentration0, self._total_concentration
        return (self._log_normalization() - (c1 - 1.) * tf.digamma(c1)
                - (c0 - 1.) * tf.digamma(c0) + (total - 2.) * tf.digamma(total))

    def _mean(self):
        return self._concentration1 / self._total_concentration

    def _variance(self):
        return self._mean() * (1. - self._mean()) / (1. + self._total_concentration)

    def _mode(self):
        mode = (self._concentration1 - 1.) / (self._total_concentration - 2.)
        if self.allow_nan_stats:
            defined = tf.logical_and(self._concentration1 > 1., self._concentration0 > 1.)
            nan = tf.fill(tf.shape(mode), tf.constant(np.nan, dtype=self.dtype), name="nan")
            return tf.where_v2(defined, mode, nan)
        one = tf.ones([], self.dtype)
        with tf.control_dependencies([
                tf.assert_less(one, self._concentration1,
                               message="Mode undefined for concentration1 <= 1."),
                tf.assert_less(one, self._concentration0,
                               message="Mode undefined for concentration0 <= 1.")]):
            return tf.identity(mode)


@RegisterKL(Beta, Beta)
def _kl_beta_beta(d1, d2, name=None):
    with tf.name_scope(name, "kl_beta_beta", [d1.total_concentration, d2.total_concentration]):
        return (d2._log_normalization() - d1._log_normalization()
                - tf.digamma(d1.concentration1) * (d2.concentration1 - d1.concentration1)
                - tf.digamma(d1.concentration0) * (d2.concentration0 - d1.concentration0)
                + tf.digamma(d1.total_concentration)
                * (d2.total_concentration - d1.total_concentration))


class Dirichlet(dist.Distribution):
    """The Dirichlet distribution over probability vectors (the last axis is the event)."""

    def __init__(self, concentration, validate_args=False, allow_nan_stats=True,
                 name="Dirichlet"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[concentration]) as scope:
            checks = [tf.assert_positive(concentration),
                      tf.assert_rank_at_least(concentration, 1),
                      tf.assert_less(1, tf.shape(concentration)[-1], message=(
                          "Concentration parameter must have event_size >= 2."))
                      ] if validate_args else []
            [self._concentration] = dist.identity_params([("concentration", concentration)],
                                                         checks)
            tf.debugging.assert_same_float_dtype([self._concentration])
            self._total_concentration = tf.reduce_sum(self._concentration, -1)
        super().__init__(dtype=self._concentration.dtype,
                         reparameterization_type=dist.FULLY_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._concentration, self._total_concentration],
                         name=scope)

    @property
    def concentration(self):
        return self._concentration

    @property
    def total_concentration(self):
        return self._total_concentration

    def _batch_shape(self):
        return self._concentration.shape.with_rank_at_least(1)[:-1]

    def _batch_shape_tensor(self):
        return tf.shape(self._total_concentration)

    def _event_shape(self):
        return self._concentration.shape.with_rank_at_least(1)[-1:]

    def _event_shape_tensor(self):
        return tf.shape(self._concentration)[-1:]

    def _valid_sample(self, x):
        if not self.validate_args:
            return x
        return _checked(x, [
            tf.assert_positive(x, message="samples must be positive."),
            tf.assert_near(tf.ones([], self.dtype), tf.reduce_sum(x, -1),
                           message="sample last-dimension must sum to `1`")])

    def _sample_n(self, n, seed=None):
        g = tf.random_gamma(shape=[n], alpha=self._concentration, dtype=self.dtype, seed=seed)
        return g / tf.reduce_sum(g, -1, keepdims=True)

    def _log_prob(self, x):
        x = self._valid_sample(x)
        unnormalized = tf.reduce_sum(tf.math.xlogy(self._concentration - 1., x), -1)
        return unnormalized - tf.lbeta(self._concentration)

    def _event_size(self):
        return tf.cast(tf.shape(self._concentration)[-1], self.dtype)

    def _entropy(self):
        k = self._event_size()
        c, total = self._concentration, self._total_concentration
        return (tf.lbeta(c) + (total - k) * tf.digamma(total)
                - tf.reduce_sum((c - 1.) * tf.digamma(c), -1))

    def _mean(self):
        return self._concentration / self._total_concentration[..., tf.newaxis]

    def _scaled_mean(self):
        scale = tf.rsqrt(1. + self._total_concentration[..., tf.newaxis])
        return scale, scale * self._mean()

    def _variance(self):
        scale, x = self._scaled_mean()
        return x * (scale - x)

    def _covariance(self):
        scale, x = self._scaled_mean()
        outer = -tf.matmul(x[..., tf.newaxis], x[..., tf.newaxis, :])
        return tf.matrix_set_diag(outer, x * (scale - x))

    def _mode(self):
        k = self._event_size()
        mode = (self._concentration - 1.) / (self._total_concentration[..., tf.newaxis] - k)
        if self.allow_nan_stats:
            # NOTE: like TF, the mask drops the event axis (no keepdims), so this only
            # broadcasts against `mode` for a scalar batch; other batches raise ValueError.
            defined = tf.reduce_all(self._concentration > 1., axis=-1)
            nan = tf.fill(tf.shape(mode), tf.constant(np.nan, dtype=self.dtype), name="nan")
            return tf.where_v2(defined, mode, nan)
        with tf.control_dependencies([tf.assert_less(
                tf.ones([], self.dtype), self._concentration,
                message="Mode undefined when any concentration <= 1")]):
            return tf.identity(mode)


@RegisterKL(Dirichlet, Dirichlet)
def _kl_dirichlet_dirichlet(d1, d2, name=None):
    with tf.name_scope(name, "kl_dirichlet_dirichlet", [d1.concentration, d2.concentration]):
        digamma_total = tf.digamma(tf.reduce_sum(d1.concentration, -1, keepdims=True))
        digamma_diff = tf.digamma(d1.concentration) - digamma_total
        diff = d1.concentration - d2.concentration
        return (tf.reduce_sum(diff * digamma_diff, -1) - tf.lbeta(d1.concentration)
                + tf.lbeta(d2.concentration))
