"""tf.metrics (TF1 streaming metrics).

Every metric keeps running sums in LOCAL (and METRIC) variables created under a variable scope
named after the metric ("accuracy/total", "auc/true_positives", ...) and returns a pair
`(value, update_op)`: `value` reads the accumulated result, `update_op` folds in one batch and
evaluates to the updated result. Run `tf.local_variables_initializer()` before the first update.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.scopes import add_to_collections, control_dependencies, name_scope
from tensorweave.ops import (
    array_creation_ops,
    array_ops,
    graph_ops,
    linalg_matrix_ops,
    math_extra_ops,
    math_ops,
    math_unary_ops,
    reduction_ops,
    state_ops,
)
from tensorweave.training import variable_scope as _vs
from tensorweave.training import variables as _variables

_METRIC_COLLECTIONS = [GraphKeys.LOCAL_VARIABLES, GraphKeys.METRIC_VARIABLES]


# ------------------------------------------------------------------ helpers


def _metric_variable(shape, dtype, name):
    """A zero-initialized, non-trainable local variable in the metric collections."""
    return _variables.Variable(lambda: array_creation_ops.zeros(shape, dtype=dtype),
                               trainable=False, collections=list(_METRIC_COLLECTIONS), name=name)


def _add_collections(metric, update_op, metrics_collections, updates_collections):
    if metrics_collections:
        add_to_collections(metrics_collections, metric)
    if updates_collections:
        add_to_collections(updates_collections, update_op)


def _to_tensor(value, name, dtype=None):
    return _ops.convert_to_tensor(value, dtype=dtype, name=name)


def _squeeze_last(a, b):
    """Drops a trailing size-1 dim of whichever of a, b has rank one more than the other
    (TF's remove_squeezable_dimensions, static case)."""
    ra, rb = a.shape.ndims, b.shape.ndims
    if ra is not None and rb is not None:
        if ra == rb + 1 and a.shape.as_list()[-1] in (1, None):
            a = array_ops.squeeze(a, [-1])
        elif rb == ra + 1 and b.shape.as_list()[-1] in (1, None):
            b = array_ops.squeeze(b, [-1])
    return a, b


def _squeeze_weights(values, weights):
    """TF's static _remove_squeezable_dimensions for weights: a trailing dim is dropped from
    weights one rank above `values`, and added to weights one rank below."""
    if weights is None:
        return None
    weights = _ops.convert_to_tensor(weights)  # unnamed, as TF ("Const" for a list)
    wr, vr = weights.shape.ndims, values.shape.ndims
    if wr and vr is not None:
        if wr - vr == 1:
            weights = array_ops.squeeze(weights, [-1])
        elif vr - wr == 1:
            weights = array_ops.expand_dims(weights, -1)
    return weights


def _check_same_shape(metric, a, b, a_name="predictions", b_name="labels"):
    if not a.shape.is_compatible_with(b.shape):
        # TensorShape.assert_is_compatible_with's message, as TF
        raise ValueError("Shapes %s and %s are incompatible" % (a.shape, b.shape))


def _dims_text(shape):
    """A static shape as numpy prints the constant shape vector: "[2 3]"."""
    return "[%s]" % " ".join(str(d) for d in shape.as_list())


def _broadcast_weights(weights, values):
    """weights broadcast to values' shape, in values' dtype; rejects shapes that cannot
    broadcast (weights must be a scalar or have values' rank with dims 1 or equal)."""
    weights = math_ops.cast(_to_tensor(weights, "weights"), values.dtype.base_dtype)
    ws, vs = weights.shape, values.shape
    if ws.ndims is not None and vs.ndims is not None and ws.ndims not in (0, vs.ndims):
        raise ValueError("weights can not be broadcast to values. values.rank=%d. weights.rank=%d."
                         " values.shape=%s. weights.shape=%s." % (vs.ndims, ws.ndims, vs, ws))
    if ws.ndims and vs.ndims == ws.ndims:
        for i, (w, v) in enumerate(zip(ws.as_list(), vs.as_list())):
            if w is not None and v is not None and w != 1 and w != v:
                raise ValueError("weights can not be broadcast to values. Mismatch at dim %d. "
                                 "values.shape=%s, weights.shape=%s. Received weights=%s, "
                                 "values=%s" % (i, _dims_text(vs), _dims_text(ws), weights, values))
    return math_ops.multiply(weights, array_creation_ops.ones_like(values), name="broadcast_weights")


def _safe_div(num, den, name):
    """TF's `div_no_nan(num, maximum(den, 0))` (the Maximum made first, reading `den`)."""
    return math_ops.div_no_nan(num, math_ops.maximum(den, 0), name=name)


# ------------------------------------------------------------------ mean family


@tf_export("metrics.mean")
def mean(values, weights=None, metrics_collections=None, updates_collections=None, name=None):
    """Running (weighted) mean of `values`: total / count."""
    with _vs.variable_scope(name, "mean", (values, weights)):
        values = math_ops.cast(values, dtypes.float32)  # (a list becomes "Cast/x", as TF)
        total = _metric_variable([], dtypes.float32, name="total")
        count = _metric_variable([], dtypes.float32, name="count")
        if weights is None:
            num_values = math_ops.cast(array_ops.size(values), dtypes.float32)
        else:
            weights = _broadcast_weights(_squeeze_weights(values, weights), values)
            values = math_ops.multiply(values, weights)
            num_values = reduction_ops.reduce_sum(weights)
        update_total = state_ops.assign_add(total, reduction_ops.reduce_sum(values))
        with control_dependencies([values]):
            update_count = state_ops.assign_add(count, num_values)
        value = _safe_div(total, count, name="value")
        update_op = _safe_div(update_total, update_count, name="update_op")
        _add_collections(value, update_op, metrics_collections, updates_collections)
        return value, update_op


def _prepare_pair(metric, labels, predictions, weights):
    # As TF's _remove_squeezable_dimensions: predictions converted unnamed, labels (and the
    # squeezes) under "remove_squeezable_dimensions".
    predictions = _ops.convert_to_tensor(predictions)
    with name_scope(None, "remove_squeezable_dimensions", [labels, predictions]):
        labels = _ops.convert_to_tensor(labels)
        predictions, labels = _squeeze_last(predictions, labels)
    _check_same_shape(metric, predictions, labels)
    weights = _squeeze_weights(predictions, weights)
    return labels, predictions, weights


@tf_export("metrics.accuracy")
def accuracy(labels, predictions, weights=None, metrics_collections=None,
             updates_collections=None, name=None):
    """Running fraction of predictions equal to labels."""
    labels, predictions, weights = _prepare_pair("accuracy", labels, predictions, weights)
    if labels.dtype.base_dtype != predictions.dtype.base_dtype:
        predictions = math_ops.cast(predictions, labels.dtype.base_dtype)
    is_correct = math_ops.cast(math_ops.equal(predictions, labels), dtypes.float32)
    return mean(is_correct, weights, metrics_collections, updates_collections, name or "accuracy")


def _float_pair(metric, labels, predictions, weights):
    labels, predictions, weights = _prepare_pair(metric, labels, predictions, weights)
    return (math_ops.cast(labels, dtypes.float32), math_ops.cast(predictions, dtypes.float32),
            weights)


@tf_export("metrics.mean_squared_error")
def mean_squared_error(labels, predictions, weights=None, metrics_collections=None,
                       updates_collections=None, name=None):
    labels, predictions, weights = _float_pair("mean_squared_error", labels, predictions, weights)
    sq = math_ops.squared_difference(labels, predictions)
    return mean(sq, weights, metrics_collections, updates_collections,
                name or "mean_squared_error")


@tf_export("metrics.mean_absolute_error")
def mean_absolute_error(labels, predictions, weights=None, metrics_collections=None,
                        updates_collections=None, name=None):
    labels, predictions, weights = _float_pair("mean_absolute_error", labels, predictions, weights)
    err = math_unary_ops.abs(predictions - labels)
    return mean(err, weights, metrics_collections, updates_collections,
                name or "mean_absolute_error")


@tf_export("metrics.root_mean_squared_error")
def root_mean_squared_error(labels, predictions, weights=None, metrics_collections=None,
                            updates_collections=None, name=None):
    labels, predictions, weights = _float_pair("root_mean_squared_error", labels, predictions,
                                               weights)
    sq = math_ops.squared_difference(labels, predictions)
    mse, update_mse = mean(sq, weights, None, None, name or "root_mean_squared_error")
    value = math_unary_ops.sqrt(mse)
    update_op = math_unary_ops.sqrt(update_mse)
    _add_collections(value, update_op, metrics_collections, updates_collections)
    return value, update_op


# ------------------------------------------------------------------ confusion counts


def _bool_pair(metric, labels, predictions, weights):
    # As TF: both cast to bool first (predictions, then labels), then made squeezable.
    predictions = math_ops.cast(predictions, dtypes.bool)
    labels = math_ops.cast(labels, dtypes.bool)
    return _prepare_pair(metric, labels, predictions, weights)


def _count_condition(values, weights, metrics_collections, updates_collections):
    """count += sum(weights * values) for a bool `values`; returns (count, update_op)."""
    from tensorweave.ops import check_ops

    check_ops.assert_type(values, dtypes.bool)
    count = _metric_variable([], dtypes.float32, name="count")
    values = math_ops.cast(values, dtypes.float32)
    if weights is not None:
        # As TF: weights of rank 0 or values' rank, multiplied in (broadcasting as `*`).
        with control_dependencies((check_ops.assert_rank_in(
                weights, (0, array_ops.rank(values))),)):
            weights = math_ops.cast(weights, dtypes.float32)
            values = math_ops.multiply(values, weights)
    value = graph_ops.identity(count)
    update_op = state_ops.assign_add(count, reduction_ops.reduce_sum(values))
    _add_collections(value, update_op, metrics_collections, updates_collections)
    return value, update_op


def _make_counter(default_name, condition):
    def metric(labels, predictions, weights=None, metrics_collections=None,
               updates_collections=None, name=None):
        with _vs.variable_scope(name, default_name, (predictions, labels, weights)):
            labels, predictions, weights = _bool_pair(default_name, labels, predictions, weights)
            return _count_condition(condition(labels, predictions), weights,
                                    metrics_collections, updates_collections)

    metric.__name__ = default_name
    metric.__doc__ = "Running weighted count of %s." % default_name.replace("_", " ")
    return metric


def _is(lab_value, pred_value):
    """TF's condition: logical_and(equal(labels, a), equal(predictions, b))."""
    return lambda lab, pred: math_ops.logical_and(math_ops.equal(lab, lab_value),
                                                  math_ops.equal(pred, pred_value))


true_positives = tf_export("metrics.true_positives")(_make_counter(
    "true_positives", _is(True, True)))
false_positives = tf_export("metrics.false_positives")(_make_counter(
    "false_positives", _is(False, True)))
true_negatives = tf_export("metrics.true_negatives")(_make_counter(
    "true_negatives", _is(False, False)))
false_negatives = tf_export("metrics.false_negatives")(_make_counter(
    "false_negatives", _is(True, False)))


def _ratio_metric(default_name, other, labels, predictions, weights, metrics_collections,
                  updates_collections, name):
    """tp / (tp + other) for precision (other = false positives) and recall (false negatives)."""
    with _vs.variable_scope(name, default_name, (predictions, labels, weights)):
        labels, predictions, weights = _bool_pair(default_name, labels, predictions, weights)
        tp, tp_update = true_positives(labels, predictions, weights)
        oth, oth_update = other(labels, predictions, weights)

        def ratio(a, b, op_name):  # as TF's compute_precision / compute_recall
            return math_ops.where(math_ops.greater(a + b, 0), math_ops.divide(a, a + b), 0,
                                  name=op_name)

        value = ratio(tp, oth, "value")
        update_op = ratio(tp_update, oth_update, "update_op")
        _add_collections(value, update_op, metrics_collections, updates_collections)
        return value, update_op


@tf_export("metrics.precision")
def precision(labels, predictions, weights=None, metrics_collections=None,
              updates_collections=None, name=None):
    """Running tp / (tp + fp) of boolean predictions."""
    return _ratio_metric("precision", false_positives, labels, predictions, weights,
                         metrics_collections, updates_collections, name)


@tf_export("metrics.recall")
def recall(labels, predictions, weights=None, metrics_collections=None,
           updates_collections=None, name=None):
    """Running tp / (tp + fn) of boolean predictions."""
    return _ratio_metric("recall", false_negatives, labels, predictions, weights,
                         metrics_collections, updates_collections, name)


# ------------------------------------------------------------------ AUC

_AUC_EPSILON = 1e-7


def _auc_thresholds(num_thresholds):
    inner = [(i + 1) * 1.0 / (num_thresholds - 1) for i in range(max(num_thresholds - 2, 0))]
    return [0.0 - _AUC_EPSILON] + inner + [1.0 + _AUC_EPSILON]


def _threshold_counts(labels, predictions, thresholds, weights):
    """Per-threshold weighted counts (tp, fn, tn, fp) of one batch, each of shape [T]."""
    labels = array_ops.reshape(math_ops.cast(labels, dtypes.bool), [1, -1])
    predictions = array_ops.reshape(predictions, [1, -1])
    thr = _to_tensor(np.array(thresholds, np.float32).reshape(-1, 1), "thresholds")
    pred_pos = math_ops.greater(predictions, thr)  # [T, N]
    pred_neg = math_ops.logical_not(pred_pos)
    lab_pos = math_ops.logical_and(labels, array_creation_ops.ones_like(pred_pos))
    lab_neg = math_ops.logical_not(lab_pos)
    w = None
    if weights is not None:
        w = array_ops.reshape(math_ops.cast(weights, dtypes.float32), [1, -1])

    def count(a, b):
        c = math_ops.cast(math_ops.logical_and(a, b), dtypes.float32)
        if w is not None:
            c = math_ops.multiply(c, w)
        return reduction_ops.reduce_sum(c, axis=1)

    return (count(lab_pos, pred_pos), count(lab_pos, pred_neg), count(lab_neg, pred_neg),
            count(lab_neg, pred_pos))


def _interpolated_pr_auc(tp, fn, fp, stop, name):
    """PR-AUC integrating precision exactly between thresholds, where tp grows linearly with
    the number of predicted positives p = tp + fp (Davis & Goadrich interpolation)."""
    p = math_ops.add(tp, fp)
    dtp = math_ops.subtract(tp[:stop], tp[1:])
    dp = math_ops.maximum(math_ops.subtract(p[:stop], p[1:]), 0.0)
    slope = math_ops.div_no_nan(dtp, dp)
    intercept = math_ops.subtract(tp[1:], math_ops.multiply(slope, p[1:]))
    both_pos = math_ops.logical_and(math_ops.greater(p[:stop], 0.0), math_ops.greater(p[1:], 0.0))
    p_ratio = math_ops.where(both_pos, math_ops.div_no_nan(p[:stop], math_ops.maximum(p[1:], 0.0)),
                             array_creation_ops.ones_like(p[1:]))
    area = math_ops.multiply(slope, math_ops.add(dtp, math_ops.multiply(
        intercept, math_unary_ops.log(p_ratio))))
    per_bucket = math_ops.div_no_nan(area, math_ops.maximum(math_ops.add(tp[1:], fn[1:]), 0.0))
    return reduction_ops.reduce_sum(per_bucket, name=name)


def _compute_auc(tp, fn, tn, fp, curve, summation_method, stop, name):
    """NOTE: as TF, the left ends are x[:num_thresholds - 1] (`stop`), so num_thresholds < 2
    gives an empty sum (0) although the two end thresholds are counted."""
    if curve == "PR" and summation_method == "careful_interpolation":
        return _interpolated_pr_auc(tp, fn, fp, stop, "interpolate_pr_auc")  # TF's name for both
    eps = _AUC_EPSILON
    rec = math_ops.div(tp + eps, tp + fn + eps)
    if curve == "ROC":
        x = math_ops.div(fp, fp + tn + eps)
        y = rec
    else:
        x = rec
        y = math_ops.div(tp + eps, tp + fp + eps)
    if summation_method == "minoring":
        heights = math_ops.minimum(y[:stop], y[1:])
    elif summation_method == "majoring":
        heights = math_ops.maximum(y[:stop], y[1:])
    else:
        heights = math_ops.multiply(math_ops.add(y[:stop], y[1:]), 0.5)
    return reduction_ops.reduce_sum(math_ops.multiply(math_ops.subtract(x[:stop], x[1:]), heights),
                                    name=name)


@tf_export("metrics.auc")
def auc(labels, predictions, weights=None, num_thresholds=200, metrics_collections=None,
        updates_collections=None, curve="ROC", name=None, summation_method="trapezoidal",
        thresholds=None):
    """Approximate area under the ROC or PR curve from confusion counts at fixed thresholds.

    predictions must lie in [0, 1]; labels are read as booleans."""
    with _vs.variable_scope(name, "auc", (labels, predictions, weights)):
        # NOTE: checked inside the scope, as TF (a rejected call still uses up "auc_N").
        if curve not in ("ROC", "PR"):
            raise ValueError("Curve must be either ROC or PR. Curve %s is unknown." % curve)
        if summation_method not in ("trapezoidal", "careful_interpolation", "minoring",
                                    "majoring"):
            raise ValueError("Invalid summation_method: %s" % summation_method)
        labels, predictions, weights = _prepare_pair("auc", labels, predictions, weights)
        predictions = math_ops.cast(predictions, dtypes.float32)
        if weights is not None:
            weights = _broadcast_weights(weights, predictions)
        if thresholds is not None:
            thr = [0.0 - _AUC_EPSILON] + [float(t) for t in thresholds] + [1.0 + _AUC_EPSILON]
        else:  # NOTE: as TF, num_thresholds < 2 is not an error (just the two end points)
            thr = _auc_thresholds(num_thresholds)
        n = len(thr)
        counts = _threshold_counts(labels, predictions, thr, weights)
        names = ("true_positives", "false_negatives", "true_negatives", "false_positives")
        variables = [_metric_variable([n], dtypes.float32, name=nm) for nm in names]
        updates = [state_ops.assign_add(v, c) for v, c in zip(variables, counts)]
        stop = (len(thr) if thresholds is not None else num_thresholds) - 1
        value = _compute_auc(*variables, curve, summation_method, stop, "value")
        update_op = _compute_auc(*updates, curve, summation_method, stop, "update_op")
        _add_collections(value, update_op, metrics_collections, updates_collections)
        return value, update_op


# ------------------------------------------------------------------ per-class metrics


def _flat_int_pair(metric, labels, predictions, weights):
    labels, predictions, weights = _prepare_pair(metric, labels, predictions, weights)
    labels = array_ops.reshape(math_ops.cast(labels, dtypes.int64), [-1])
    predictions = array_ops.reshape(math_ops.cast(predictions, dtypes.int64), [-1])
    if weights is not None:
        weights = array_ops.reshape(math_ops.cast(weights, dtypes.float32), [-1])
    return labels, predictions, weights


@tf_export("metrics.mean_iou")
def mean_iou(labels, predictions, num_classes, weights=None, metrics_collections=None,
             updates_collections=None, name=None):
    """Mean over classes (those present in labels or predictions) of the intersection over
    union diag / (row_sum + col_sum - diag) of the running confusion matrix."""
    with _vs.variable_scope(name, "mean_iou", (predictions, labels, weights)):
        labels, predictions, weights = _flat_int_pair("mean_iou", labels, predictions, weights)
        total_cm = _metric_variable([num_classes, num_classes], dtypes.float64,
                                    name="total_confusion_matrix")
        batch_cm = math_extra_ops.confusion_matrix(labels, predictions, num_classes,
                                                   weights=weights, dtype=dtypes.float64)
        update_op = state_ops.assign_add(total_cm, batch_cm)

        cm = math_ops.cast(total_cm, dtypes.float32)
        col_sums = reduction_ops.reduce_sum(cm, 0)
        row_sums = reduction_ops.reduce_sum(cm, 1)
        diag = linalg_matrix_ops.diag_part(cm)
        denom = col_sums + row_sums - diag
        valid = reduction_ops.reduce_sum(math_ops.cast(math_ops.not_equal(denom, 0.0),
                                                       dtypes.float32))
        denom = math_ops.where(math_ops.greater(denom, 0.0), denom,
                               array_creation_ops.ones_like(denom))
        iou = math_ops.div(diag, denom)
        # NOTE: TF's value is the unnamed second Select ("mean_iou/Select_1").
        value = math_ops.where(math_ops.greater(valid, 0.0),
                               math_ops.div(reduction_ops.reduce_sum(iou, name="mean_iou"), valid),
                               0.0 * valid)
        _add_collections(value, update_op, metrics_collections, updates_collections)
        return value, update_op


@tf_export("metrics.mean_per_class_accuracy")
def mean_per_class_accuracy(labels, predictions, num_classes, weights=None,
                            metrics_collections=None, updates_collections=None, name=None):
    """Mean over all num_classes of each class's running (weighted) accuracy; a class never
    seen in labels counts as 0."""
    with _vs.variable_scope(name, "mean_accuracy", (predictions, labels, weights)):
        labels, predictions, weights = _flat_int_pair("mean_per_class_accuracy", labels,
                                                      predictions, weights)
        total = _metric_variable([num_classes], dtypes.float32, name="total")
        count = _metric_variable([num_classes], dtypes.float32, name="count")
        is_correct = math_ops.cast(math_ops.equal(predictions, labels), dtypes.float32)
        ones = array_creation_ops.ones_like(is_correct)
        if weights is not None:
            is_correct = math_ops.multiply(is_correct, weights)
            ones = math_ops.multiply(ones, weights)
        update_total = state_ops.scatter_add(total, labels, ones)
        update_count = state_ops.scatter_add(count, labels, is_correct)
        value = reduction_ops.reduce_mean(math_ops.div_no_nan(count, total), name="mean_accuracy")
        update_op = math_ops.div_no_nan(update_count, update_total, name="update_op")
        _add_collections(value, update_op, metrics_collections, updates_collections)
        return value, update_op
