"""The `Distribution` base class of `tf.distributions` and the helpers its subclasses share.

A distribution holds its parameters as tensors built under a name scope (`Normal/`), and each
public method (`log_prob`, `sample`, ...) re-enters that scope and opens its own
(`Normal/log_prob/`), as TF does.  Subclasses implement the underscore methods (`_log_prob`,
`_sample_n`, ...); the public methods convert arguments, fall back between related methods
(`prob` from `log_prob`, `stddev` from `variance`, ...) and raise `NotImplementedError` naming
the method and the class when neither is there.
"""

import contextlib
import hashlib

import numpy as np

from tensorweave.compat import v1 as tf

__all__ = [
    "FULLY_REPARAMETERIZED",
    "NOT_REPARAMETERIZED",
    "Distribution",
    "ReparameterizationType",
]


class ReparameterizationType:
    """Whether samples can be differentiated with respect to the parameters."""

    def __init__(self, rep_type):
        self._rep_type = rep_type

    def __repr__(self):
        return "<Reparameterization Type: %s>" % self._rep_type

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


FULLY_REPARAMETERIZED = ReparameterizationType("FULLY_REPARAMETERIZED")
NOT_REPARAMETERIZED = ReparameterizationType("NOT_REPARAMETERIZED")


class Distribution:
    """A batch of probability distributions over tensors of `event_shape`."""

    def __init__(self, dtype, reparameterization_type, validate_args, allow_nan_stats,
                 parameters=None, graph_parents=None, name=None):
        for i, t in enumerate(graph_parents or []):
            if not isinstance(t, tf.Tensor):
                raise ValueError("Graph parent item %d is not a Tensor; %s." % (i, t))  # noqa: TRY004
        if not name or name[-1] != "/":  # a plain name, not a scope yet: make it a unique one
            with tf.name_scope(name or type(self).__name__) as scope:
                name = scope
        self._dtype = dtype
        self._reparameterization_type = reparameterization_type
        self._allow_nan_stats = allow_nan_stats
        self._validate_args = validate_args
        self._parameters = dict(parameters or {})
        self._graph_parents = list(graph_parents or [])
        self._name = name

    # ------------------------------------------------------------ properties
    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def parameters(self):
        return {k: v for k, v in self._parameters.items()
                if not k.startswith("__") and k != "self"}

    @property
    def reparameterization_type(self):
        return self._reparameterization_type

    @property
    def allow_nan_stats(self):
        return self._allow_nan_stats

    @property
    def validate_args(self):
        return self._validate_args

    @property
    def batch_shape(self):
        return tf.TensorShape(self._batch_shape())

    @property
    def event_shape(self):
        return tf.TensorShape(self._event_shape())

    def _batch_shape(self):
        return tf.TensorShape(None)

    def _event_shape(self):
        return tf.TensorShape(None)

    def _batch_shape_tensor(self):
        raise NotImplementedError("batch_shape_tensor is not implemented: %s"
                                  % type(self).__name__)

    def _event_shape_tensor(self):
        raise NotImplementedError("event_shape_tensor is not implemented: %s"
                                  % type(self).__name__)

    def copy(self, **override_parameters_kwargs):
        """A new distribution of the same class, with some constructor arguments replaced."""
        parameters = dict(self.parameters, **override_parameters_kwargs)
        return type(self)(**parameters)

    @classmethod
    def param_shapes(cls, sample_shape, name="DistributionParamShapes"):
        """The shapes (int32 tensors) of the parameters that give samples of `sample_shape`."""
        with tf.name_scope(name, values=[sample_shape]):
            return cls._param_shapes(sample_shape)

    @classmethod
    def param_static_shapes(cls, sample_shape):
        """`param_shapes` as TensorShapes, for a fully defined `sample_shape`."""
        if isinstance(sample_shape, tf.TensorShape):
            if not sample_shape.is_fully_defined():
                raise ValueError("TensorShape sample_shape must be fully defined")
            sample_shape = sample_shape.as_list()
        params = cls.param_shapes(sample_shape)
        static = {}
        for name, shape in params.items():
            value = tf.get_static_value(shape)
            if value is None:
                raise ValueError("sample_shape must be a fully-defined TensorShape or list/tuple")
            static[name] = tf.TensorShape(value)
        return static

    @staticmethod
    def _param_shapes(sample_shape):
        raise NotImplementedError("_param_shapes not implemented")

    # ------------------------------------------------------------ scopes and conversion
    @contextlib.contextmanager
    def _name_scope(self, name=None, values=None):
        with tf.name_scope(self.name), \
                tf.name_scope(name, values=list(values or []) + self._graph_parents) as scope:
            yield scope

    def _convert_value(self, value, name="value"):
        return tf.convert_to_tensor(value, name=name, preferred_dtype=self.dtype)

    def _not_implemented(self, method):
        return NotImplementedError("%s is not implemented: %s" % (method, type(self).__name__))

    # ------------------------------------------------------------ shapes
    def batch_shape_tensor(self, name="batch_shape_tensor"):
        with self._name_scope(name):
            if self.batch_shape.is_fully_defined():
                return tf.constant(self.batch_shape.as_list(), dtype=tf.int32, name="batch_shape")
            return self._batch_shape_tensor()

    def event_shape_tensor(self, name="event_shape_tensor"):
        with self._name_scope(name):
            if self.event_shape.is_fully_defined():
                return tf.constant(self.event_shape.as_list(), dtype=tf.int32, name="event_shape")
            return self._event_shape_tensor()

    def _is_scalar(self, static_shape, dynamic_shape_fn):
        if static_shape.ndims is not None:
            return static_shape.ndims == 0
        return tf.equal(tf.size(dynamic_shape_fn()), 0)

    def is_scalar_event(self, name="is_scalar_event"):
        with self._name_scope(name):
            return tf.convert_to_tensor(
                self._is_scalar(self.event_shape, self.event_shape_tensor), name="is_scalar_event")

    def is_scalar_batch(self, name="is_scalar_batch"):
        with self._name_scope(name):
            return tf.convert_to_tensor(
                self._is_scalar(self.batch_shape, self.batch_shape_tensor), name="is_scalar_batch")

    # ------------------------------------------------------------ sampling
    def sample(self, sample_shape=(), seed=None, name="sample"):
        """Draws samples of shape `sample_shape + batch_shape + event_shape`."""
        with self._name_scope(name, values=[sample_shape]):
            sample_shape = tf.convert_to_tensor(sample_shape, dtype=tf.int32, name="sample_shape")
            sample_shape, n = _sample_shape_as_vector(sample_shape)
            samples = self._sample_n(n, seed)
            batch_event_shape = tf.shape(samples)[1:]
            final_shape = tf.concat([sample_shape, batch_event_shape], 0)
            samples = tf.reshape(samples, final_shape)
            return self._set_sample_static_shape(samples, sample_shape)

    def _sample_n(self, n, seed=None):
        raise self._not_implemented("sample_n")

    def _set_sample_static_shape(self, x, sample_shape):
        static_sample = tf.TensorShape(tf.get_static_value(sample_shape))
        ndims = x.shape.ndims
        sample_ndims = static_sample.ndims
        batch_ndims = self.batch_shape.ndims
        event_ndims = self.event_shape.ndims
        if ndims is None and sample_ndims is not None and batch_ndims is not None \
                and event_ndims is not None:
            x.set_shape([None] * (sample_ndims + batch_ndims + event_ndims))
            ndims = x.shape.ndims
        if ndims is not None and sample_ndims is not None:
            x.set_shape(static_sample.concatenate([None] * (ndims - sample_ndims)))
        if ndims is not None and event_ndims is not None and event_ndims > 0:
            x.set_shape(tf.TensorShape([None] * (ndims - event_ndims)).concatenate(
                self.event_shape))
        if ndims is not None and sample_ndims is not None and event_ndims is not None \
                and batch_ndims is not None:
            x.set_shape(tf.TensorShape([None] * sample_ndims).concatenate(
                self.batch_shape).concatenate([None] * event_ndims))
        return x

    # ------------------------------------------------------------ densities
    def log_prob(self, value, name="log_prob"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._log_prob(value)
            except NotImplementedError as original:
                try:
                    return tf.log(self._prob(value))
                except NotImplementedError:
                    raise original from None

    def prob(self, value, name="prob"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._prob(value)
            except NotImplementedError as original:
                try:
                    return tf.exp(self._log_prob(value))
                except NotImplementedError:
                    raise original from None

    def log_cdf(self, value, name="log_cdf"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._log_cdf(value)
            except NotImplementedError as original:
                try:
                    return tf.log(self._cdf(value))
                except NotImplementedError:
                    raise original from None

    def cdf(self, value, name="cdf"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._cdf(value)
            except NotImplementedError as original:
                try:
                    return tf.exp(self._log_cdf(value))
                except NotImplementedError:
                    raise original from None

    def log_survival_function(self, value, name="log_survival_function"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._log_survival_function(value)
            except NotImplementedError as original:
                try:
                    return tf.log1p(-self.cdf(value))
                except NotImplementedError:
                    raise original from None

    def survival_function(self, value, name="survival_function"):
        with self._name_scope(name, values=[value]):
            value = self._convert_value(value)
            try:
                return self._survival_function(value)
            except NotImplementedError as original:
                try:
                    return 1. - self.cdf(value)
                except NotImplementedError:
                    raise original from None

    def quantile(self, value, name="quantile"):
        with self._name_scope(name, values=[value]):
            return self._quantile(self._convert_value(value))

    def _log_prob(self, value):
        raise self._not_implemented("log_prob")

    def _prob(self, value):
        raise self._not_implemented("prob")

    def _log_cdf(self, value):
        raise self._not_implemented("log_cdf")

    def _cdf(self, value):
        raise self._not_implemented("cdf")

    def _log_survival_function(self, value):
        raise self._not_implemented("log_survival_function")

    def _survival_function(self, value):
        raise self._not_implemented("survival_function")

    def _quantile(self, value):
        raise self._not_implemented("quantile")

    # ------------------------------------------------------------ statistics
    def entropy(self, name="entropy"):
        with self._name_scope(name):
            return self._entropy()

    def mean(self, name="mean"):
        with self._name_scope(name):
            return self._mean()

    def mode(self, name="mode"):
        with self._name_scope(name):
            return self._mode()

    def variance(self, name="variance"):
        with self._name_scope(name):
            try:
                return self._variance()
            except NotImplementedError as original:
                try:
                    return tf.square(self._stddev())
                except NotImplementedError:
                    raise original from None

    def stddev(self, name="stddev"):
        with self._name_scope(name):
            try:
                return self._stddev()
            except NotImplementedError as original:
                try:
                    return tf.sqrt(self._variance())
                except NotImplementedError:
                    raise original from None

    def covariance(self, name="covariance"):
        with self._name_scope(name):
            return self._covariance()

    def _entropy(self):
        raise self._not_implemented("entropy")

    def _mean(self):
        raise self._not_implemented("mean")

    def _mode(self):
        raise self._not_implemented("mode")

    def _variance(self):
        raise self._not_implemented("variance")

    def _stddev(self):
        raise self._not_implemented("stddev")

    def _covariance(self):
        raise self._not_implemented("covariance")

    # ------------------------------------------------------------ divergences
    def cross_entropy(self, other, name="cross_entropy"):
        with self._name_scope(name):
            from tensorweave.distributions import kullback_leibler

            return kullback_leibler.cross_entropy(self, other,
                                                  allow_nan_stats=self.allow_nan_stats)

    def kl_divergence(self, other, name="kl_divergence"):
        with self._name_scope(name):
            from tensorweave.distributions import kullback_leibler

            return kullback_leibler.kl_divergence(self, other,
                                                  allow_nan_stats=self.allow_nan_stats)

    # ------------------------------------------------------------ printing
    def __str__(self):
        batch = ("" if self.batch_shape.ndims is None
                 else ", batch_shape=%s" % (self.batch_shape,))
        event = ("" if self.event_shape.ndims is None
                 else ", event_shape=%s" % (self.event_shape,))
        return "tfp.distributions.%s(\"%s\"%s%s, dtype=%s)" % (
            type(self).__name__, self.name, batch, event, self.dtype.name)

    def __repr__(self):
        return "<tfp.distributions.%s '%s' batch_shape=%s event_shape=%s dtype=%s>" % (
            type(self).__name__, self.name, self.batch_shape, self.event_shape,
            self.dtype.name)


# ------------------------------------------------------------------- helpers for subclasses
def _sample_shape_as_vector(sample_shape):
    """`sample_shape` as an int32 vector, and the number of samples it holds (a Python int
    when the shape is known while building the graph)."""
    ndims = sample_shape.shape.ndims
    if ndims is not None and ndims > 1:
        raise ValueError("Input is neither scalar nor vector.")
    static = tf.get_static_value(sample_shape)
    if static is None:
        vector = sample_shape if ndims == 1 else tf.reshape(sample_shape, [-1])
        return vector, tf.reduce_prod(vector)
    static = np.asarray(static, dtype=np.int32).reshape(-1)
    if np.any(static < 0):
        raise ValueError("Dimension %d must be >= 0" % int(static.min()))
    if ndims == 0:
        sample_shape = tf.constant(static, name="sample_shape")
    return sample_shape, int(np.prod(static))


def identity_params(names_and_values, checks=()):
    """Each parameter as a named Identity, after the run-time `checks`."""
    with tf.control_dependencies(list(checks)):
        return [tf.identity(v, name=n) for n, v in names_and_values]


def broadcast_static(*tensors):
    shape = tensors[0].shape
    for t in tensors[1:]:
        shape = tf.broadcast_static_shape(shape, t.shape)
    return shape


def broadcast_dynamic(*tensors):
    shape = tf.shape(tensors[0])
    for t in tensors[1:]:
        shape = tf.broadcast_dynamic_shape(shape, tf.shape(t))
    return shape


def new_seed(seed, salt):
    """A second op seed derived from `seed`, for samplers that draw from two random ops."""
    if seed is None:
        return None
    digest = hashlib.md5((str(seed) + salt).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) & 0x7FFFFFFF


def nan_where(condition, values, allow_nan_stats, message, assert_args):
    """`values` with NaN where `condition` fails, or a run-time check that it never fails."""
    if allow_nan_stats:
        nan = tf.fill(tf.shape(values), tf.constant(np.nan, dtype=values.dtype), name="nan")
        return tf.where_v2(condition, values, nan)
    x, y = assert_args
    with tf.control_dependencies([tf.assert_less(x, y, message=message)]):
        return tf.identity(values)


def logits_and_probs(logits, probs, multidimensional, validate_args):
    """Both parametrisations of a Bernoulli/Categorical family from the one given."""
    if (probs is None) == (logits is None):
        raise ValueError("Must pass probs or logits, but not both.")
    if probs is None:
        logits = tf.convert_to_tensor(logits, name="logits")
        if not logits.dtype.is_floating:
            raise TypeError("logits must having floating type.")
        probs = (tf.nn.softmax(logits, name="probs") if multidimensional
                 else tf.sigmoid(logits, name="probs"))
        return logits, probs
    probs = tf.convert_to_tensor(probs, name="probs")
    if not probs.dtype.is_floating:
        raise TypeError("probs must having floating type.")
    if validate_args:
        with tf.name_scope("validate_probs"):
            one = tf.constant(1., probs.dtype)
            checks = [tf.assert_non_negative(probs)]
            if multidimensional:
                checks.append(tf.assert_near(
                    tf.reduce_sum(probs, -1), one, message="probs does not sum to 1."))
            else:
                checks.append(tf.assert_less_equal(
                    probs, one, message="probs has components greater than 1."))
            with tf.control_dependencies(checks):
                probs = tf.identity(probs)
    with tf.name_scope("logits"):
        logits = tf.log(probs) if multidimensional else tf.log(probs) - tf.log1p(-probs)
    return logits, probs


def check_integer_form(x, target_dtype, validate_args, message_prefix="Elements"):
    """With `validate_args`, a run-time check that `x` holds whole numbers in `target_dtype`'s range."""
    if not validate_args:
        return x
    with tf.name_scope("embed_check_casting_closed"):
        checks = [tf.assert_non_negative(x, message="%s must be non-negative." % message_prefix)]
        if x.dtype.is_floating:
            checks.append(tf.assert_equal(
                x, tf.cast(tf.cast(x, target_dtype), x.dtype),
                message="%s must be %s-equivalent." % (message_prefix, target_dtype.name)))
        with tf.control_dependencies(checks):
            return tf.identity(x)


# ------------------------------------------------------------------- normal CDF helpers
def ndtr(x, name="ndtr"):
    """The standard normal CDF, accurate in both tails."""
    with tf.name_scope(name, values=[x]):
        return _ndtr(x)


def _ndtr(x):
    half_sqrt_2 = tf.constant(0.5 * np.sqrt(2.), dtype=x.dtype, name="half_sqrt_2")
    w = x * half_sqrt_2
    z = tf.abs(w)
    y = tf.where_v2(z < half_sqrt_2, 1. + tf.erf(w),
                    tf.where_v2(w > 0., 2. - tf.erfc(z), tf.erfc(z)))
    return 0.5 * y


def log_ndtr(x, series_order=3, name="log_ndtr"):
    """log(ndtr(x)) without underflow for very negative x (asymptotic series there)."""
    with tf.name_scope(name, values=[x]):
        if x.dtype == tf.float64:
            lower, upper = -20., 8.
        else:
            lower, upper = -10., 5.
        # Upper tail: log(1 - q) ~ -q for tiny q = ndtr(-x).  The clamps keep the unchosen
        # branches finite so that their (zero-weighted) gradients are not NaN.
        return tf.where_v2(
            x > upper, -_ndtr(-x),
            tf.where_v2(x > lower, tf.log(_ndtr(tf.maximum(x, lower))),
                        _log_ndtr_lower(tf.minimum(x, lower), series_order)))


def _log_ndtr_lower(x, series_order):
    x_2 = tf.square(x)
    log_scale = -0.5 * x_2 - tf.log(-x) - 0.5 * np.log(2. * np.pi)
    # 1 + sum_n (-1)^n (2n-1)!! / x^(2n)
    total = tf.ones_like(x)
    term = tf.ones_like(x)
    for n in range(1, series_order + 1):
        term = term * (-(2. * n - 1.)) / x_2
        total = total + term
    return log_scale + tf.log(total)
