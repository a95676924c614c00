"""Discrete distributions: Bernoulli, Categorical, Multinomial and DirichletMultinomial."""

from tensorweave.compat import v1 as tf
from tensorweave.distributions import distribution as dist
from tensorweave.distributions.kullback_leibler import RegisterKL
from tensorweave.framework.tensor_shape import dimension_value

__all__ = ["Bernoulli", "Categorical", "DirichletMultinomial", "Multinomial"]


def _checked(x, checks):
    with tf.control_dependencies(checks):
        return tf.identity(x)


def _nonnegative_integer_form(x, validate_args, what="counts"):
    """With `validate_args`, run-time checks that `x` holds non-negative whole numbers."""
    if not validate_args:
        return x
    checks = [tf.assert_non_negative(x, message="'%s' must be non-negative." % what)]
    if not x.dtype.is_integer:
        checks.append(tf.assert_equal(x, tf.round(x), message=(
            "'%s' cannot contain fractional components." % what)))
    return _checked(x, checks)


def _log_combinations(n, counts, name="log_combinations"):
    """log of the multinomial coefficient n! / prod(counts!)."""
    with tf.name_scope(name, values=[n, counts]):
        return tf.lgamma(n + 1.) - tf.reduce_sum(tf.lgamma(counts + 1.), -1)


class Bernoulli(dist.Distribution):
    """Bernoulli distributions over {0, 1}, parametrised by `logits` or `probs`."""

    def __init__(self, logits=None, probs=None, dtype=tf.int32, validate_args=False,
                 allow_nan_stats=True, name="Bernoulli"):
        parameters = dict(locals())
        with tf.name_scope(name) as scope:
            self._logits, self._probs = dist.logits_and_probs(
                logits=logits, probs=probs, multidimensional=False,
                validate_args=validate_args)
        super().__init__(dtype=tf.as_dtype(dtype),
                         reparameterization_type=dist.NOT_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters, graph_parents=[self._logits, self._probs],
                         name=scope)

    @staticmethod
    def _param_shapes(sample_shape):
        return {"logits": tf.convert_to_tensor(sample_shape, dtype=tf.int32)}

    @property
    def logits(self):
        return self._logits

    @property
    def probs(self):
        return self._probs

    def _batch_shape(self):
        return self._logits.shape

    def _batch_shape_tensor(self):
        return tf.shape(self._logits)

    def _event_shape(self):
        return tf.TensorShape([])

    def _event_shape_tensor(self):
        return tf.constant([], dtype=tf.int32)

    def _sample_n(self, n, seed=None):
        shape = tf.concat([[n], self.batch_shape_tensor()], 0)
        u = tf.random_uniform(shape, seed=seed, dtype=self._probs.dtype)
        return tf.cast(tf.less(u, self._probs), self.dtype)

    def _log_prob(self, event):
        if self.validate_args:
            event = dist.check_integer_form(event, tf.int32, True)
            event = _checked(event, [tf.assert_less_equal(
                event, tf.ones([], event.dtype), message="Elements cannot exceed 1.")])
        event = tf.cast(event, self._logits.dtype)
        logits = self._logits
        if not (event.shape.is_fully_defined() and logits.shape.is_fully_defined()
                and event.shape == logits.shape):
            logits, event = tf.ones_like(event) * logits, tf.ones_like(logits) * event
        return -tf.nn.sigmoid_cross_entropy_with_logits(labels=event, logits=logits)

    def _entropy(self):
        return -self._logits * (tf.sigmoid(self._logits) - 1.) + tf.nn.softplus(-self._logits)

    def _mean(self):
        return tf.identity(self._probs)

    def _variance(self):
        return self._mean() * (1. - self._probs)

    def _mode(self):
        return tf.cast(self._probs > 0.5, self.dtype)


@RegisterKL(Bernoulli, Bernoulli)
def _kl_bernoulli_bernoulli(a, b, name=None):
    with tf.name_scope(name, "kl_bernoulli_bernoulli", [a.logits, b.logits]):
        delta0 = tf.nn.softplus(-b.logits) - tf.nn.softplus(-a.logits)
        delta1 = tf.nn.softplus(b.logits) - tf.nn.softplus(a.logits)
        return tf.sigmoid(a.logits) * delta0 + tf.sigmoid(-a.logits) * delta1


def _broadcast_event_and_params(event, params, base_dtype):
    """Integer `event` and `params` (with a trailing class axis) broadcast against each other."""
    if event.dtype.is_integer:
        pass
    elif event.dtype.is_floating:
        event = tf.cast(event, tf.int32)
    else:
        raise TypeError("`value` should have integer `dtype` or `self.dtype` (%s)" % base_dtype)
    static = (params.shape.ndims is not None and params.shape[:-1].is_fully_defined()
              and event.shape.is_fully_defined())
    if not static or params.shape[:-1] != event.shape:
        params = params * tf.ones_like(event[..., tf.newaxis], dtype=params.dtype)
        event = event * tf.ones(tf.shape(params)[:-1], dtype=event.dtype)
        if params.shape.ndims is not None:
            event.set_shape(params.shape[:-1])
    return event, params


class Categorical(dist.Distribution):
    """Categorical distributions over {0, ..., K-1}; the last axis of `logits`/`probs` holds
    the K classes."""

    def __init__(self, logits=None, probs=None, dtype=tf.int32, validate_args=False,
                 allow_nan_stats=True, name="Categorical"):
        parameters = dict(locals())
        with tf.name_scope(name) as scope:
            self._logits, self._probs = dist.logits_and_probs(
                logits=logits, probs=probs, multidimensional=True, validate_args=validate_args)
            static = self._logits.shape.with_rank_at_least(1)
            if dimension_value(static[-1]) is not None:
                self._event_size = tf.constant(dimension_value(static[-1]), dtype=tf.int32,
                                               name="event_size")
            else:
                with tf.name_scope("event_size"):
                    self._event_size = tf.shape(self._logits)[-1]
        super().__init__(dtype=tf.as_dtype(dtype),
                         reparameterization_type=dist.NOT_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters, graph_parents=[self._logits, self._probs],
                         name=scope)

    @property
    def event_size(self):
        return self._event_size

    @property
    def logits(self):
        return self._logits

    @property
    def probs(self):
        return self._probs

    def _batch_shape(self):
        return self._logits.shape[:-1]

    def _batch_shape_tensor(self):
        return tf.shape(self._logits)[:-1]

    def _event_shape(self):
        return tf.TensorShape([])

    def _event_shape_tensor(self):
        return tf.constant([], dtype=tf.int32)

    def _sample_n(self, n, seed=None):
        logits = self._logits
        if logits.shape.ndims != 2:
            logits = tf.reshape(logits, [-1, self._event_size])
        sample_dtype = tf.int64 if self.dtype.size > 4 else tf.int32
        draws = tf.multinomial(logits, n, seed=seed, output_dtype=sample_dtype)
        draws = tf.reshape(tf.transpose(draws), tf.concat([[n], self.batch_shape_tensor()], 0))
        return tf.cast(draws, self.dtype)

    def _valid_k(self, k):
        return dist.check_integer_form(k, tf.int32, self.validate_args)

    def _log_prob(self, k):
        k, logits = _broadcast_event_and_params(self._valid_k(k), self._logits, self.dtype)
        return -tf.nn.sparse_softmax_cross_entropy_with_logits(labels=k, logits=logits)

    def _cdf(self, k):
        # NOTE: like TF, this is P(X < k): the classes strictly below k.
        k, probs = _broadcast_event_and_params(self._valid_k(k), self._probs, self.dtype)
        flat_probs = tf.reshape(probs, (-1, self._event_size))
        flat_k = tf.reshape(k, [-1])
        below = tf.where(tf.sequence_mask(flat_k, self._event_size), flat_probs,
                         tf.zeros_like(flat_probs))
        return tf.reshape(tf.reduce_sum(below, axis=-1), tf.shape(k))

    def _entropy(self):
        return -tf.reduce_sum(tf.nn.log_softmax(self._logits) * self._probs, axis=-1)

    def _mode(self):
        mode = tf.cast(tf.argmax(self._logits, axis=-1), self.dtype)
        mode.set_shape(self.batch_shape)
        return mode


@RegisterKL(Categorical, Categorical)
def _kl_categorical_categorical(a, b, name=None):
    with tf.name_scope(name, "kl_categorical_categorical", [a.logits, b.logits]):
        delta = tf.nn.log_softmax(a.logits) - tf.nn.log_softmax(b.logits)
        return tf.reduce_sum(tf.nn.softmax(a.logits) * delta, axis=-1)


class _CountDistribution(dist.Distribution):
    """Shared shapes and count checks for distributions over count vectors."""

    def _event_shape(self):
        return self._event_source().shape.with_rank_at_least(1)[-1:]

    def _event_shape_tensor(self):
        return tf.shape(self._event_source())[-1:]

    def _valid_counts(self, counts):
        if not self.validate_args:
            return counts
        counts = _nonnegative_integer_form(counts, True)
        return _checked(counts, [tf.assert_equal(
            self._total_count, tf.reduce_sum(counts, -1),
            message="counts must sum to `self.total_count`")])

    @property
    def total_count(self):
        return self._total_count


class Multinomial(_CountDistribution):
    """Multinomial distributions: counts of `total_count` draws over K classes."""

    def __init__(self, total_count, logits=None, probs=None, validate_args=False,
                 allow_nan_stats=True, name="Multinomial"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[total_count, logits, probs]) as scope:
            total_count = tf.convert_to_tensor(total_count, name="total_count")
            self._total_count = _nonnegative_integer_form(total_count, validate_args,
                                                          "total_count")
            self._logits, self._probs = dist.logits_and_probs(
                logits=logits, probs=probs, multidimensional=True, validate_args=validate_args)
            self._mean_val = self._total_count[..., tf.newaxis] * self._probs
        super().__init__(dtype=self._probs.dtype,
                         reparameterization_type=dist.NOT_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._total_count, self._logits, self._probs],
                         name=scope)

    @property
    def logits(self):
        return self._logits

    @property
    def probs(self):
        return self._probs

    def _event_source(self):
        return self._mean_val

    def _batch_shape(self):
        return self._mean_val.shape.with_rank_at_least(1)[:-1]

    def _batch_shape_tensor(self):
        return tf.shape(self._mean_val)[:-1]

    def _sample_n(self, n, seed=None):
        k = self.event_shape_tensor()[0]
        n_draws = tf.cast(self._total_count, tf.int32)
        n_draws = tf.ones_like(self._logits[..., 0], dtype=tf.int32) * n_draws
        logits = tf.ones_like(n_draws[..., tf.newaxis], dtype=self._logits.dtype) * self._logits
        flat_logits = tf.reshape(logits, [-1, k])
        flat_draws = n * tf.reshape(n_draws, [-1])

        def one_batch_member(args):
            member_logits, member_draws = args
            x = tf.multinomial(member_logits[tf.newaxis, ...], member_draws, seed=seed)
            x = tf.reshape(x, [n, -1])
            return tf.reduce_sum(tf.one_hot(x, depth=k, dtype=self.dtype), axis=-2)

        x = tf.map_fn(one_batch_member, [flat_logits, flat_draws], dtype=self.dtype)
        x = tf.transpose(x, perm=[1, 0, 2])
        return tf.reshape(x, tf.concat([[n], self.batch_shape_tensor(), [k]], 0))

    def _log_prob(self, counts):
        counts = self._valid_counts(counts)
        unnormalized = tf.reduce_sum(counts * tf.nn.log_softmax(self._logits), -1)
        return unnormalized - (-_log_combinations(self._total_count, counts))

    def _mean(self):
        return tf.identity(self._mean_val)

    def _expanded_probs(self):
        return self._probs * tf.ones_like(self._total_count)[..., tf.newaxis]

    def _variance(self):
        return self._mean_val - self._mean_val * self._expanded_probs()

    def _covariance(self):
        p = self._expanded_probs()
        outer = -tf.matmul(self._mean_val[..., tf.newaxis], p[..., tf.newaxis, :])
        return tf.matrix_set_diag(outer, self._variance())


class DirichletMultinomial(_CountDistribution):
    """Counts of `total_count` draws whose class probabilities are Dirichlet(concentration)."""

    def __init__(self, total_count, concentration, validate_args=False, allow_nan_stats=True,
                 name="DirichletMultinomial"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[total_count, concentration]) as scope:
            total_count = tf.convert_to_tensor(total_count, name="total_count")
            self._total_count = _nonnegative_integer_form(total_count, validate_args,
                                                          "total_count")
            checks = [tf.assert_positive(concentration)] if validate_args else []
            [self._concentration] = dist.identity_params(
                [("concentration", concentration)], checks)
            tf.debugging.assert_same_float_dtype([self._total_count, self._concentration])
            self._total_concentration = tf.reduce_sum(self._concentration, -1)
        super().__init__(dtype=self._concentration.dtype,
                         reparameterization_type=dist.NOT_REPARAMETERIZED,
                         validate_args=validate_args, allow_nan_stats=allow_nan_stats,
                         parameters=parameters,
                         graph_parents=[self._total_count, self._concentration], name=scope)

    @property
    def concentration(self):
        return self._concentration

    @property
    def total_concentration(self):
        return self._total_concentration

    def _event_source(self):
        return self._concentration

    def _batch_shape(self):
        return self._total_concentration.shape

    def _batch_shape_tensor(self):
        return tf.shape(self._total_concentration)

    def _sample_n(self, n, seed=None):
        n_draws = tf.cast(self._total_count, tf.int32)
        k = self.event_shape_tensor()[0]
        gammas = tf.random_gamma(shape=[n], alpha=self._concentration, dtype=self.dtype,
                                 seed=seed)
        logits = tf.reshape(tf.log(gammas), [-1, k])
        draws = tf.multinomial(logits, n_draws,
                               seed=dist.new_seed(seed, "dirichlet_multinomial"))
        x = tf.reduce_sum(tf.one_hot(draws, depth=k, dtype=self.dtype), -2)
        return tf.reshape(x, tf.concat([[n], self.batch_shape_tensor(), [k]], 0))

    def _log_prob(self, counts):
        counts = self._valid_counts(counts)
        ordered = tf.lbeta(self._concentration + counts) - tf.lbeta(self._concentration)
        return ordered + _log_combinations(self._total_count, counts)

    def _mean(self):
        return self._total_count[..., tf.newaxis] * (
            self._concentration / self._total_concentration[..., tf.newaxis])

    def _spread(self):
        """(n + a0) / (1 + a0): how much wider than a multinomial the counts spread."""
        n, a0 = self._total_count, self._total_concentration
        return ((n + a0) / (1. + a0))[..., tf.newaxis]

    def _variance(self):
        p = self._concentration / self._total_concentration[..., tf.newaxis]
        return self._total_count[..., tf.newaxis] * p * (1. - p) * self._spread()

    def _covariance(self):
        p = self._concentration / self._total_concentration[..., tf.newaxis]
        scale = self._total_count[..., tf.newaxis] * self._spread()
        outer = -tf.matmul((scale * p)[..., tf.newaxis], p[..., tf.newaxis, :])
        return tf.matrix_set_diag(outer, self._variance())
