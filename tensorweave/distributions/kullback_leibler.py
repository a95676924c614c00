"""`kl_divergence` and the `RegisterKL` decorator: closed-form KL divergences by class pair."""

from tensorweave.compat import v1 as tf

_DIVERGENCES = {}


def _registered_kl(type_a, type_b):
    """The function registered for the closest pair of ancestors of (type_a, type_b)."""
    best, best_distance = None, None
    for distance_a, parent_a in enumerate(type_a.__mro__):
        for distance_b, parent_b in enumerate(type_b.__mro__):
            fn = _DIVERGENCES.get((parent_a, parent_b))
            if fn is not None and (best is None or distance_a + distance_b < best_distance):
                best, best_distance = fn, distance_a + distance_b
    return best


def kl_divergence(distribution_a, distribution_b, allow_nan_stats=True, name=None):
    """KL(distribution_a || distribution_b), batched; NotImplementedError for unknown pairs."""
    kl_fn = _registered_kl(type(distribution_a), type(distribution_b))
    if kl_fn is None:
        raise NotImplementedError(
            "No KL(distribution_a || distribution_b) registered for distribution_a type %s "
            "and distribution_b type %s"
            % (type(distribution_a).__name__, type(distribution_b).__name__))
    with tf.name_scope("KullbackLeibler"):
        kl = kl_fn(distribution_a, distribution_b, name=name)
        if allow_nan_stats:
            return kl
        kl = tf.identity(kl, name="kl")
        check = tf.Assert(
            tf.logical_not(tf.reduce_any(tf.is_nan(kl))),
            ["KL calculation between %s and %s returned NaN values "
             "(and was called with allow_nan_stats=False). Values:"
             % (distribution_a.name, distribution_b.name), kl])
        with tf.control_dependencies([check]):
            return tf.identity(kl, name="checked_kl")


def cross_entropy(ref, other, allow_nan_stats=True, name=None):
    """H[ref, other] = entropy(ref) + KL(ref || other)."""
    with tf.name_scope(name, "cross_entropy"):
        return ref.entropy() + kl_divergence(ref, other, allow_nan_stats=allow_nan_stats)


class RegisterKL:
    """Decorator registering a function `kl_fn(a, b, name=None)` for a pair of classes."""

    def __init__(self, dist_cls_a, dist_cls_b):
        self._key = (dist_cls_a, dist_cls_b)

    def __call__(self, kl_fn):
        if not callable(kl_fn):
            raise TypeError("kl_fn must be callable, received: %s" % (kl_fn,))
        if self._key in _DIVERGENCES:
            raise ValueError("KL(%s || %s) has already been registered to: %s"
                             % (self._key[0].__name__, self._key[1].__name__,
                                _DIVERGENCES[self._key]))
        _DIVERGENCES[self._key] = kl_fn
        return kl_fn
