"""tf.losses (TF1): weighted losses with reductions, and the LOSSES collection helpers."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.ops import Tensor
from tensorweave.framework.scopes import (add_to_collection, control_dependencies, get_collection,
                                         name_scope)
from tensorweave.ops.nn_util import const, op, to_tensor
from tensorweave.ops.weights_broadcast_ops import assert_broadcastable, broadcast_weights


@tf_export("losses.Reduction")
class Reduction:
    """How compute_weighted_loss reduces the weighted per-element losses."""

    NONE = "none"
    SUM = "weighted_sum"
    SUM_OVER_BATCH_SIZE = "weighted_sum_over_batch_size"
    MEAN = "weighted_mean"
    SUM_BY_NONZERO_WEIGHTS = "weighted_sum_by_nonzero_weights"
    SUM_OVER_NONZERO_WEIGHTS = SUM_BY_NONZERO_WEIGHTS

    @classmethod
    def all(cls):
        return (cls.NONE, cls.SUM, cls.MEAN, cls.SUM_OVER_BATCH_SIZE,
                cls.SUM_OVER_NONZERO_WEIGHTS, cls.SUM_BY_NONZERO_WEIGHTS)

    @classmethod
    def validate(cls, key):
        if key not in cls.all():
            raise ValueError("Invalid Reduction Key %s." % key)


# ------------------------------------------------------------------ helpers


def _f32(t):
    return _cast(t, dtypes.float32)


def _cast(t, dtype):
    """TF's cast: a tensor already of `dtype` comes back as is, without using up a "Cast" scope."""
    if isinstance(t, Tensor) and t.dtype.base_dtype == dtype:
        return t
    with name_scope(None, "Cast", [t]) as scope:
        t = to_tensor(t, name="x")
        if t.dtype.base_dtype == dtype:
            return t
        return op("Cast", [t], {"DstT": dtype}, name=scope)


def _reduce_sum(t, name=None):
    from tensorweave.ops.reduction_ops import reduce_sum

    return reduce_sum(t, name=name)


def _ones_like(t):
    from tensorweave.ops.array_creation_ops import ones_like

    return ones_like(t)


def _check_broadcastable(weights, values):
    """Static form of TF's assert_broadcastable: rank 0 or equal rank, dims 1 or equal."""
    ws, vs = weights.shape, values.shape
    if ws.ndims is None or vs.ndims is None or ws.ndims == 0:
        return
    if ws.ndims != vs.ndims:
        raise ValueError("weights can not be broadcast to values. values.rank=%d. weights.rank=%d."
                         " values.shape=%s. weights.shape=%s." % (vs.ndims, ws.ndims, vs, ws))
    for i, (w, v) in enumerate(zip(ws.as_list(), vs.as_list())):
        if w is not None and v is not None and w != 1 and w != v:
            raise ValueError("weights can not be broadcast to values. Mismatch at dim %d. "
                             "values.shape=%s, weights.shape=%s." % (i, vs.as_list(), ws.as_list()))


def _safe_mean(total, count):
    from tensorweave.ops.math_ops import div_no_nan

    return div_no_nan(_reduce_sum(total), count, name="value")  # TF sums the total again


def _num_present(losses, weights):
    """How many losses have a nonzero weight (all of them for a nonzero Python float)."""
    if isinstance(weights, float) and weights != 0.0:
        return _num_elements(losses)
    from tensorweave.ops import array_creation_ops, math_ops

    with name_scope(None, "num_present", (losses, weights)) as scope:
        weights = _f32(weights)
        present = math_ops.where(math_ops.equal(weights, 0.0),
                                 array_creation_ops.zeros_like(weights),
                                 array_creation_ops.ones_like(weights))
        present = broadcast_weights(present, losses)
        return _reduce_sum(present, name=scope)


def _num_elements(losses):
    from tensorweave.ops.array_ops import size

    with name_scope(None, "num_elements", (losses,)) as scope:
        return _cast(size(losses, name=scope), losses.dtype.base_dtype)


@tf_export("losses.add_loss")
def add_loss(loss, loss_collection=GraphKeys.LOSSES):
    if loss_collection:
        add_to_collection(loss_collection, loss)


@tf_export("losses.get_losses")
def get_losses(scope=None, loss_collection=GraphKeys.LOSSES):
    return get_collection(loss_collection, scope)


@tf_export("losses.get_regularization_losses")
def get_regularization_losses(scope=None):
    return get_collection(GraphKeys.REGULARIZATION_LOSSES, scope)


@tf_export("losses.get_regularization_loss")
def get_regularization_loss(scope=None, name="total_regularization_loss"):
    losses = get_regularization_losses(scope)
    if losses:
        from tensorweave.ops.math_ops import add_n

        return add_n(losses, name=name)
    return const(np.float32(0.0))


@tf_export("losses.get_total_loss")
def get_total_loss(add_regularization_losses=True, name="total_loss", scope=None):
    losses = get_losses(scope=scope)
    if add_regularization_losses:
        losses = losses + get_regularization_losses(scope)
    if not losses:
        raise ValueError("No losses found in the loss collections.")
    from tensorweave.ops.math_ops import add_n

    return add_n(losses, name=name)  # a single loss gives an Identity named `name`, as in TF


@tf_export("losses.compute_weighted_loss")
def compute_weighted_loss(losses, weights=1.0, scope=None, loss_collection=GraphKeys.LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    Reduction.validate(reduction)
    with name_scope(scope, "weighted_loss", (losses, weights)):
        # As TF: the reduction waits for the check that weights broadcast to losses.
        with control_dependencies((assert_broadcastable(weights, losses),)):
            losses = to_tensor(losses)
            input_dtype = losses.dtype.base_dtype
            losses = _f32(losses)
            weights = _cast(weights, dtypes.float32)
            weighted = op("Mul", [losses, weights], name="Mul")
            if reduction == Reduction.NONE:
                loss = weighted
            else:
                loss = _reduce_sum(weighted)
                if reduction == Reduction.MEAN:
                    from tensorweave.ops.array_creation_ops import ones_like

                    loss = _safe_mean(loss, _reduce_sum(op("Mul", [ones_like(losses), weights])))
                elif reduction == Reduction.SUM_BY_NONZERO_WEIGHTS:
                    loss = _safe_mean(loss, _num_present(losses, weights))
                elif reduction == Reduction.SUM_OVER_BATCH_SIZE:
                    loss = _safe_mean(loss, _num_elements(losses))
            loss = _cast(loss, input_dtype)
            add_loss(loss, loss_collection)
            return loss


# ------------------------------------------------------------------- losses


def _require(labels, predictions, pred_name="predictions"):
    if labels is None:
        raise ValueError("Argument `labels` must not be None.")
    if predictions is None:
        raise ValueError("Argument `%s` must not be None." % pred_name)


def _assert_compatible(a, b):
    if not a.shape.is_compatible_with(b.shape):
        raise ValueError("Shapes %s and %s are incompatible" % (a.shape, b.shape))


def _pair(labels, predictions):
    predictions = _f32(predictions)
    labels = _f32(labels)
    _assert_compatible(predictions, labels)
    return labels, predictions


@tf_export("losses.absolute_difference")
def absolute_difference(labels, predictions, weights=1.0, scope=None,
                        loss_collection=GraphKeys.LOSSES,
                        reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, predictions)
    with name_scope(scope, "absolute_difference", (predictions, labels, weights)) as s:
        labels, predictions = _pair(labels, predictions)
        losses = op("Abs", [op("Sub", [predictions, labels], name="Sub")], name="Abs")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.mean_squared_error")
def mean_squared_error(labels, predictions, weights=1.0, scope=None,
                       loss_collection=GraphKeys.LOSSES,
                       reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, predictions)
    with name_scope(scope, "mean_squared_error", (predictions, labels, weights)) as s:
        labels, predictions = _pair(labels, predictions)
        losses = op("SquaredDifference", [predictions, labels], name="SquaredDifference")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.log_loss")
def log_loss(labels, predictions, weights=1.0, epsilon=1e-7, scope=None,
             loss_collection=GraphKeys.LOSSES, reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, predictions)
    with name_scope(scope, "log_loss", (predictions, labels, weights)) as s:
        labels, predictions = _pair(labels, predictions)
        eps = const(np.float32(epsilon), name="add/y")
        one = const(np.float32(1.0), name="sub/x")
        pos = op("Mul", [labels, op("Log", [op("AddV2", [predictions, eps], name="add")])],
                 name="Mul")
        neg = op("Mul", [op("Sub", [one, labels], name="sub"),
                         op("Log", [op("AddV2", [op("Sub", [one, predictions], name="sub"), eps],
                                       name="add")])], name="Mul")
        losses = op("Sub", [op("Neg", [pos], name="Neg"), neg], name="sub")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.hinge_loss")
def hinge_loss(labels, logits, weights=1.0, scope=None, loss_collection=GraphKeys.LOSSES,
               reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, logits, "logits")
    with name_scope(scope, "hinge_loss", (logits, labels, weights)) as s:
        labels, logits = _pair(labels, logits)
        ones = _ones_like(labels)
        signed = op("Sub", [op("Mul", [const(np.float32(2.0), name="mul/x"), labels], name="mul"),
                            ones], name="Sub")
        losses = op("Relu", [op("Sub", [ones, op("Mul", [signed, logits], name="Mul")],
                                name="Sub")], name="Relu")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.huber_loss")
def huber_loss(labels, predictions, weights=1.0, delta=1.0, scope=None,
               loss_collection=GraphKeys.LOSSES, reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, predictions)
    with name_scope(scope, "huber_loss", (predictions, labels, weights)) as s:
        labels, predictions = _pair(labels, predictions)
        abs_error = op("Abs", [op("Sub", [predictions, labels], name="Sub")], name="Abs")
        # As TF's: delta becomes "Minimum/y" and "Mul_2/x", the 0.5 a "Const".
        quadratic = op("Minimum", [abs_error, np.float32(delta)], name="Minimum")
        linear = op("Sub", [abs_error, quadratic], name="Sub")
        half = const(np.float32(0.5), name="Const")
        half_sq = op("Mul", [half, op("Mul", [quadratic, quadratic], name="Mul")], name="Mul")
        losses = op("AddV2", [half_sq, op("Mul", [np.float32(delta), linear], name="Mul")], name="Add")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.sigmoid_cross_entropy")
def sigmoid_cross_entropy(multi_class_labels, logits, weights=1.0, label_smoothing=0, scope=None,
                          loss_collection=GraphKeys.LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(multi_class_labels, logits, "logits")
    from tensorweave.ops.nn_impl import sigmoid_cross_entropy_with_logits

    with name_scope(scope, "sigmoid_cross_entropy_loss",
                    (logits, multi_class_labels, weights)) as s:
        logits = to_tensor(logits, name="logits")
        labels = _cast(to_tensor(multi_class_labels), logits.dtype.base_dtype)
        _assert_compatible(logits, labels)
        if label_smoothing > 0:  # (TF's Python operators: "mul", "add")
            labels = labels * (1 - label_smoothing) + 0.5 * label_smoothing
        losses = sigmoid_cross_entropy_with_logits(labels=labels, logits=logits, name="xentropy")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.softmax_cross_entropy")
def softmax_cross_entropy(onehot_labels, logits, weights=1.0, label_smoothing=0, scope=None,
                          loss_collection=GraphKeys.LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(onehot_labels, logits, "logits")
    from tensorweave.ops.nn_ops import softmax_cross_entropy_with_logits_v2

    with name_scope(scope, "softmax_cross_entropy_loss", (logits, onehot_labels, weights)) as s:
        logits = to_tensor(logits, name="logits")
        dt = logits.dtype.base_dtype
        labels = _cast(to_tensor(onehot_labels), dt)
        _assert_compatible(logits, labels)
        if label_smoothing > 0:  # as TF: shape(labels)[-1] classes, Python operators
            from tensorweave.ops.array_ops import shape as _shape

            num_classes = _cast(_shape(labels)[-1], dt)
            smooth_negatives = label_smoothing / num_classes  # (made first, as in TF)
            labels = labels * (1.0 - label_smoothing) + smooth_negatives
        labels = op("StopGradient", [labels], name="labels_stop_gradient")
        losses = softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits,
                                                      name="xentropy")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.sparse_softmax_cross_entropy")
def sparse_softmax_cross_entropy(labels, logits, weights=1.0, scope=None,
                                 loss_collection=GraphKeys.LOSSES,
                                 reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels, logits, "logits")
    from tensorweave.ops.nn_ops import sparse_softmax_cross_entropy_with_logits

    with name_scope(scope, "sparse_softmax_cross_entropy_loss", (logits, labels, weights)) as s:
        labels = to_tensor(labels)
        logits = to_tensor(logits)
        labels, weights = _remove_squeezable(labels, logits, weights)
        losses = sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits,
                                                          name="xentropy")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


def _remove_squeezable(labels, logits, weights):
    """Drops a trailing size-1 dim of labels when logits' rank allows it, then one of weights
    when they are one rank above the (squeezed) labels."""
    lr, gr = labels.shape.ndims, logits.shape.ndims
    if lr is not None and gr is not None and lr == gr and labels.shape.as_list()[-1] == 1:
        labels = op("Squeeze", [labels], {"squeeze_dims": [-1]})
    if weights is not None:
        weights = to_tensor(weights)
        lr, wr = labels.shape.ndims, weights.shape.ndims
        if lr is not None and wr is not None and wr - lr == 1:
            weights = op("Squeeze", [weights], {"squeeze_dims": [-1]})
    return labels, weights


@tf_export("losses.cosine_distance")
def cosine_distance(labels, predictions, axis=None, weights=1.0, scope=None,
                    loss_collection=GraphKeys.LOSSES, reduction=Reduction.SUM_BY_NONZERO_WEIGHTS,
                    dim=None):
    if dim is not None:
        if axis is not None:
            raise ValueError("Cannot specify both 'axis' and 'dim'.")
        axis = dim
    if axis is None:
        raise ValueError("You must specify argument `axis`.")
    _require(labels, predictions)
    with name_scope(scope, "cosine_distance_loss", (predictions, labels, weights)) as s:
        labels, predictions = _pair(labels, predictions)
        products = op("Mul", [predictions, labels], name="Mul")
        summed = op("Sum", [products, np.array([axis], np.int32)], {"keep_dims": True},
                    name="Sum")
        losses = op("Sub", [const(np.float32(1.0), name="sub/x"), summed], name="sub")
        return compute_weighted_loss(losses, weights, s, loss_collection, reduction=reduction)


@tf_export("losses.mean_pairwise_squared_error")
def mean_pairwise_squared_error(labels, predictions, weights=1.0, scope=None,
                                loss_collection=GraphKeys.LOSSES):
    """Per batch element, the mean over pairs (i, j) of ((p_i - p_j) - (l_i - l_j))**2, weighted
    per element of the batch and summed.

    With d = predictions - labels over the n present values of one element, the pair mean is
    2 * sum(d**2) / (n - 1) - 2 * sum(d)**2 / (n * (n - 1)).
    """
    _require(labels, predictions)
    with name_scope(scope, "mean_pairwise_squared_error", (predictions, labels, weights)):
        labels, predictions = _pair(labels, predictions)
        weights = _f32(weights)
        rank = predictions.shape.ndims
        if rank is None:
            raise ValueError("mean_pairwise_squared_error needs predictions of known rank")
        _check_broadcastable(weights, predictions)
        axes = const(np.arange(1, rank, dtype=np.int32), name="reduction_indices")
        diffs = op("Sub", [predictions, labels])
        per_batch = {"keep_dims": True}
        sum_sq = op("Sum", [op("Square", [diffs]), axes], per_batch)
        # Values present per batch element: non-zero weights broadcast over the element.
        present = op("Select", [op("Equal", [weights, const(np.float32(0.0))]), op("ZerosLike", [weights]),
                                _ones_like(weights)])
        present = op("Mul", [present, _ones_like(diffs)])
        n = op("Sum", [present, axes], per_batch, name="num_present")
        one, two = const(np.float32(1.0)), const(np.float32(2.0))
        n_minus_1 = op("Sub", [n, one])
        term1 = op("Mul", [two, op("DivNoNan", [sum_sq, n_minus_1], name="value")])
        sum_diff = op("Sum", [diffs, axes], per_batch)
        term2 = op("Mul", [two, op("DivNoNan", [op("Square", [sum_diff]), op("Mul", [n, n_minus_1])],
                                   name="value")])
        weighted = op("Mul", [op("Sub", [term1, term2]), weights])
        loss = _reduce_sum(weighted)
        any_present = op("Greater", [_reduce_sum(n), const(np.float32(0.0))])
        mean_loss = op("Select", [any_present, loss, op("ZerosLike", [loss])], name="value")
        add_loss(mean_loss, loss_collection)
        return mean_loss
