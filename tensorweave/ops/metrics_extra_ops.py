"""tf.metrics beyond the basics: top-k ranking metrics (precision/recall/average precision at
k), metrics at fixed thresholds, sensitivity/specificity, and a few mean variants.

Names follow TF: the at-k metrics open a *name* scope ("precision_at_5", "recall_at_k_class3")
and keep float64 counts in local variables named after their inner scope
("precision_at_5/true_positive_at_5"); the threshold metrics open a variable scope and keep
float32 count vectors ("precision_at_thresholds/true_positives"). All variables go to
LOCAL_VARIABLES and METRIC_VARIABLES; nothing is added to UPDATE_OPS.

TF computes the at-k counts with set operations on the label rows; here they come from
equality tests between the top-k indices and the label rows (duplicates counted once, as a
set would), so no set ops are needed. Labels may be dense (every value is a label, -1 included)
or a SparseTensor.
"""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import control_dependencies, name_scope
from tensorweave.framework.sparse_tensor import SparseTensor, is_sparse
from tensorweave.ops import metrics_ops as _m
from tensorweave.training import variable_scope as _vs


def _tf():
    import tensorweave.compat.v1 as tf

    return tf


def _at_k_name(name, k=None, class_id=None):
    name = "%s_at_%s" % (name, "k" if k is None else k)
    return name if class_id is None else "%s_class%d" % (name, class_id)


# ------------------------------------------------------------------ label rows


class _Labels:
    """Label rows as a dense int64 tensor [..., L] plus a bool mask of which entries exist
    (all of them for dense labels; the stored entries of a SparseTensor)."""

    def __init__(self, values, mask, sparse):
        self.values, self.mask, self.sparse = values, mask, sparse


def _labels_rows(labels, predictions_idx):
    tf = _tf()
    pred_rank = predictions_idx.shape.ndims
    if is_sparse(labels):
        if not isinstance(labels, SparseTensor):
            labels = SparseTensor.from_value(labels)
        values = tf.sparse.to_dense(SparseTensor(labels.indices, tf.cast(labels.values, tf.int64),
                                                 labels.dense_shape))
        mask = tf.sparse.to_dense(SparseTensor(labels.indices, tf.ones_like(labels.values, tf.bool),
                                               labels.dense_shape), default_value=False)
        rows = _Labels(values, mask, True)
        rank = labels.dense_shape.shape.as_list()[0] if labels.dense_shape.shape.ndims else None
    else:
        values = tf.cast(_ops.convert_to_tensor(labels, name="labels"), tf.int64)
        rows = _Labels(values, None, False)
        rank = values.shape.ndims
    if pred_rank is not None and rank is not None and rank == pred_rank - 1:
        with name_scope(None, "expand_labels"):
            rows.values = tf.expand_dims(rows.values, -1)
            if rows.mask is not None:
                rows.mask = tf.expand_dims(rows.mask, -1)
    return rows


def _first_occurrences(values, mask):
    """bool [..., n]: entry i is present and no present entry before it has its value."""
    tf = _tf()
    n = tf.shape(values)[-1]
    r = tf.range(n)
    earlier = tf.less(tf.expand_dims(r, 0), tf.expand_dims(r, 1))  # [i, j]: j < i
    same = tf.equal(tf.expand_dims(values, -1), tf.expand_dims(values, -2))
    dup = tf.logical_and(same, earlier)
    if mask is not None:
        dup = tf.logical_and(dup, tf.expand_dims(mask, -2))
    first = tf.logical_not(tf.reduce_any(dup, -1))
    return first if mask is None else tf.logical_and(first, mask)


def _membership(rows, predictions_idx):
    """(topk_in_labels [..., K], labels_in_topk [..., L]) as bools."""
    tf = _tf()
    eq = tf.equal(tf.expand_dims(predictions_idx, -1), tf.expand_dims(rows.values, -2))
    if rows.mask is not None:
        eq = tf.logical_and(eq, tf.expand_dims(rows.mask, -2))
    return tf.reduce_any(eq, -1), tf.reduce_any(eq, -2)


def _row_counts(kind, rows, predictions_idx, class_id):
    """Per-row count (float64, batch shape) of `kind` in ('tp', 'fp', 'fn')."""
    tf = _tf()
    if class_id is not None:
        in_top = tf.reduce_any(tf.equal(predictions_idx, class_id), -1)
        is_label = tf.equal(rows.values, class_id)
        if rows.mask is not None:
            is_label = tf.logical_and(is_label, rows.mask)
        in_labels = tf.reduce_any(is_label, -1)
        cond = {"tp": lambda: tf.logical_and(in_top, in_labels),
                "fp": lambda: tf.logical_and(in_top, tf.logical_not(in_labels)),
                "fn": lambda: tf.logical_and(in_labels, tf.logical_not(in_top))}[kind]()
        return tf.cast(cond, tf.float64)
    top_in_labels, labels_in_top = _membership(rows, predictions_idx)
    if kind == "fn":
        cond = tf.logical_and(_first_occurrences(rows.values, rows.mask),
                              tf.logical_not(labels_in_top))
    else:
        first_top = _first_occurrences(predictions_idx, None)
        hit = top_in_labels if kind == "tp" else tf.logical_not(top_in_labels)
        cond = tf.logical_and(first_top, hit)
    return tf.cast(tf.reduce_sum(tf.cast(cond, tf.int64), -1), tf.float64)


def _broadcastable(weights, values):
    """None where it cannot tell statically, else whether TF's assert_broadcastable holds."""
    ws, vs = weights.shape, values.shape
    if ws.ndims is None or vs.ndims is None:
        return None
    if ws.ndims == 0:
        return True
    if ws.ndims != vs.ndims:
        return False
    for w, v in zip(ws.as_list(), vs.as_list()):
        if w is None or v is None:
            if w != 1:
                return None
        elif w != 1 and w != v:
            return False
    return True


def _apply_weights(values, weights):
    """values * weights, checked like TF's assert_broadcastable. NOTE: TF's at-k values have
    no static shape, so TF reports bad weights when the graph runs (InvalidArgumentError),
    not while building it; a failing Assert keeps that."""
    tf = _tf()
    if weights is None:
        return values
    weights = tf.cast(_ops.convert_to_tensor(weights, name="weights"), values.dtype)
    ok = _broadcastable(weights, values)
    if ok is False:
        check = tf.Assert(False, ["weights can not be broadcast to values.", "weights.shape=",
                                  tf.shape(weights), "values.shape=", tf.shape(values)],
                          name="assert_broadcastable")
        with control_dependencies([check]):
            weights = tf.identity(weights)
        return tf.multiply(values, weights)
    return tf.multiply(values, weights)


def _streaming_count(kind, rows, predictions_idx, k, class_id, weights):
    """(variable, update) accumulating the weighted per-row counts of `kind`."""
    tf = _tf()
    base = {"tp": "true_positive", "fp": "false_positive", "fn": "false_negative"}[kind]
    with name_scope(None, _at_k_name(base, k, class_id)) as scope:
        with name_scope(None, base + "s"):
            counts = _apply_weights(_row_counts(kind, rows, predictions_idx, class_id), weights)
        batch_total = tf.cast(tf.reduce_sum(counts), tf.float64)
        var = _m._metric_variable([], dtypes.float64, name=scope)
        return var, tf.assign_add(var, batch_total, name="update")


def _ratio_at_top_k(metric, other, labels, predictions_idx, k, class_id, weights,
                    metrics_collections, updates_collections, name):
    tf = _tf()
    with name_scope(name, _at_k_name(metric, k, class_id),
                    (predictions_idx, labels, weights)) as scope:
        predictions_idx = _ops.convert_to_tensor(predictions_idx, name="predictions_idx")
        rows = _labels_rows(labels, predictions_idx)
        top_k_idx = tf.cast(predictions_idx, tf.int64)
        tp, tp_update = _streaming_count("tp", rows, top_k_idx, k, class_id, weights)
        oth, oth_update = _streaming_count(other, rows, top_k_idx, k, class_id, weights)
        value = tf.div(tp, tf.add(tp, oth), name=scope)
        update = tf.div(tp_update, tf.add(tp_update, oth_update), name="update")
        _m._add_collections(value, update, metrics_collections, updates_collections)
        return value, update


def _ratio_at_k(metric, other, labels, predictions, k, class_id, weights, metrics_collections,
                updates_collections, name):
    tf = _tf()
    with name_scope(name, _at_k_name(metric, k, class_id),
                    (predictions, labels, weights)) as scope:
        predictions = _ops.convert_to_tensor(predictions, name="predictions")
        _, top_k_idx = tf.nn.top_k(predictions, k)
        return _ratio_at_top_k(metric, other, labels, top_k_idx, k, class_id, weights,
                               metrics_collections, updates_collections, scope)


@tf_export("metrics.precision_at_top_k")
def precision_at_top_k(labels, predictions_idx, k=None, class_id=None, weights=None,
                       metrics_collections=None, updates_collections=None, name=None):
    """Running precision of the given top-k class indices against the label rows (float64)."""
    return _ratio_at_top_k("precision", "fp", labels, predictions_idx, k, class_id, weights,
                           metrics_collections, updates_collections, name)


@tf_export("metrics.recall_at_top_k")
def recall_at_top_k(labels, predictions_idx, k=None, class_id=None, weights=None,
                    metrics_collections=None, updates_collections=None, name=None):
    """Running recall of the given top-k class indices against the label rows (float64)."""
    return _ratio_at_top_k("recall", "fn", labels, predictions_idx, k, class_id, weights,
                           metrics_collections, updates_collections, name)


@tf_export("metrics.precision_at_k")
def precision_at_k(labels, predictions, k, class_id=None, weights=None, metrics_collections=None,
                   updates_collections=None, name=None):
    """Running precision@k: tp / (tp + fp) over the k highest-scoring classes of each row."""
    return _ratio_at_k("precision", "fp", labels, predictions, k, class_id, weights,
                       metrics_collections, updates_collections, name)


@tf_export("metrics.sparse_precision_at_k")
def sparse_precision_at_k(labels, predictions, k, class_id=None, weights=None,
                          metrics_collections=None, updates_collections=None, name=None):
    """Deprecated TF name of precision_at_k."""
    return precision_at_k(labels, predictions, k, class_id, weights, metrics_collections,
                          updates_collections, name)


@tf_export("metrics.recall_at_k")
def recall_at_k(labels, predictions, k, class_id=None, weights=None, metrics_collections=None,
                updates_collections=None, name=None):
    """Running recall@k: tp / (tp + fn) over the k highest-scoring classes of each row."""
    return _ratio_at_k("recall", "fn", labels, predictions, k, class_id, weights,
                       metrics_collections, updates_collections, name)


# ------------------------------------------------------------------ average precision


def _num_relevant(rows, k):
    tf = _tf()
    with name_scope(None, "num_relevant") as scope:
        if rows.sparse:
            n = tf.reduce_sum(tf.cast(_first_occurrences(rows.values, rows.mask), tf.int64), -1)
        else:
            pos = tf.where(tf.greater_equal(rows.values, 0), tf.ones_like(rows.values),
                           tf.zeros_like(rows.values))
            n = tf.reduce_sum(pos, -1)
        return tf.minimum(n, k, name=scope)


def _average_precision_rows(rows, predictions_idx, k):
    """Per-row average precision (float64): mean over the relevant ranks i of precision@i,
    divided by min(k, number of labels); 0/0 gives NaN, as in TF."""
    tf = _tf()
    with name_scope(None, "average_precision") as scope:
        predictions_idx = tf.cast(predictions_idx, tf.int64, name="predictions_idx")
        relevant, _ = _membership(rows, predictions_idx)
        relevant = tf.cast(relevant, tf.float64, name="relevant_per_k")
        tp_per_k = tf.cumsum(relevant, axis=-1, name="tp_per_k")
        retrieved = tf.cumsum(tf.ones_like(relevant), axis=-1, name="retrieved_per_k")
        precision = tf.div(tp_per_k, retrieved, name="precision_per_k")
        rel_precision = tf.multiply(precision, relevant, name="relevant_precision_per_k")
        precision_sum = tf.reduce_sum(rel_precision, -1, name="precision_sum")
        num = tf.cast(_num_relevant(rows, k), tf.float64)
        return tf.div(precision_sum, num, name=scope)


def _streaming_average_precision(rows, predictions_idx, k, weights, metrics_collections,
                                 updates_collections, name):
    tf = _tf()
    with name_scope(name, "average_precision_at_top_k") as scope:
        ap = _average_precision_rows(rows, predictions_idx, k)
        if weights is not None:
            weights = _apply_weights(tf.ones_like(ap), weights)
            ap = tf.multiply(ap, weights)
        with name_scope(None, "max") as max_scope:
            max_var = _m._metric_variable([], dtypes.float64, name=max_scope)
            if weights is None:
                batch_max = tf.cast(tf.size(ap, name="batch_max"), tf.float64)
            else:
                batch_max = tf.reduce_sum(weights, name="batch_max")
            max_update = tf.assign_add(max_var, batch_max, name="update")
        with name_scope(None, "total") as total_scope:
            total_var = _m._metric_variable([], dtypes.float64, name=total_scope)
            batch_total = tf.reduce_sum(ap, name="batch_total")
            total_update = tf.assign_add(total_var, batch_total, name="update")
        value = tf.div_no_nan(total_var, max_var, name="mean")
        update = tf.div_no_nan(total_update, max_update, name=scope)
        _m._add_collections(value, update, metrics_collections, updates_collections)
        return value, update


@tf_export("metrics.average_precision_at_k")
def average_precision_at_k(labels, predictions, k, weights=None, metrics_collections=None,
                           updates_collections=None, name=None):
    """Running mean average precision@k (float64). Labels >= the number of classes are
    ignored (TF makes them -1)."""
    tf = _tf()
    if k < 1:
        raise ValueError("Invalid k=%s." % k)
    with name_scope(name, _at_k_name("average_precision", k),
                    (predictions, labels, weights)) as scope:
        predictions = _ops.convert_to_tensor(predictions, name="predictions")
        _, predictions_idx = tf.nn.top_k(predictions, k)
        num_classes = tf.cast(tf.shape(predictions)[-1], tf.int64)
        rows = _labels_rows(labels, predictions_idx)
        out_of_range = tf.greater_equal(tf.reduce_max(rows.values), num_classes)
        rows.values = tf.where(tf.logical_and(out_of_range,
                                              tf.greater_equal(rows.values, num_classes)),
                               -tf.ones_like(rows.values), rows.values)
        return _streaming_average_precision(rows, predictions_idx, k, weights,
                                            metrics_collections, updates_collections, scope)


@tf_export("metrics.sparse_average_precision_at_k")
def sparse_average_precision_at_k(labels, predictions, k, weights=None, metrics_collections=None,
                                  updates_collections=None, name=None):
    """Deprecated TF name of average_precision_at_k."""
    return average_precision_at_k(labels, predictions, k, weights, metrics_collections,
                                  updates_collections, name)


# ------------------------------------------------------------------ fixed thresholds

_EPSILON = 1e-7
_COUNT_NAMES = {"tp": "true_positives", "fn": "false_negatives", "tn": "true_negatives",
                "fp": "false_positives"}


def _confusion_at_thresholds(labels, predictions, thresholds, weights, includes):
    """({kind: variable}, {kind: update}) of float32 [len(thresholds)] weighted counts."""
    labels, predictions, weights = _m._prepare_pair("confusion_matrix_at_thresholds", labels,
                                                    predictions, weights)
    predictions = _tf().cast(predictions, dtypes.float32)
    if weights is not None:
        weights = _m._broadcast_weights(weights, predictions)
    counts = dict(zip(("tp", "fn", "tn", "fp"),
                      _m._threshold_counts(labels, predictions, list(thresholds), weights)))
    values, updates = {}, {}
    n = len(thresholds)
    for kind in ("tp", "fn", "tn", "fp"):  # TF's creation order
        if kind in includes:
            var = _m._metric_variable([n], dtypes.float32, name=_COUNT_NAMES[kind])
            values[kind] = var
            updates[kind] = _tf().assign_add(var, counts[kind])
    return values, updates


def _make_count_at_thresholds(kind):
    default = _COUNT_NAMES[kind]

    def metric(labels, predictions, thresholds, weights=None, metrics_collections=None,
               updates_collections=None, name=None):
        with _vs.variable_scope(name, default, (predictions, labels, weights)):
            values, updates = _confusion_at_thresholds(labels, predictions, thresholds, weights,
                                                       (kind,))
            value = _tf().identity(values[kind])
            _m._add_collections(value, updates[kind], metrics_collections, updates_collections)
            return value, updates[kind]

    metric.__name__ = default + "_at_thresholds"
    metric.__doc__ = "Running weighted %s at each threshold (prediction > threshold)." % (
        default.replace("_", " "))
    return tf_export("metrics." + metric.__name__)(metric)


true_positives_at_thresholds = _make_count_at_thresholds("tp")
false_positives_at_thresholds = _make_count_at_thresholds("fp")
true_negatives_at_thresholds = _make_count_at_thresholds("tn")
false_negatives_at_thresholds = _make_count_at_thresholds("fn")


def _ratio_at_thresholds(metric, other, labels, predictions, thresholds, weights,
                         metrics_collections, updates_collections, name):
    tf = _tf()
    with _vs.variable_scope(name, metric + "_at_thresholds", (predictions, labels, weights)):
        values, updates = _confusion_at_thresholds(labels, predictions, thresholds, weights,
                                                   ("tp", other))

        def ratio(tp, oth, suffix):
            return tf.div(tp, _EPSILON + tp + oth, name="%s_%s" % (metric, suffix))

        value = ratio(values["tp"], values[other], "value")
        update = ratio(updates["tp"], updates[other], "update_op")
        _m._add_collections(value, update, metrics_collections, updates_collections)
        return value, update


@tf_export("metrics.precision_at_thresholds")
def precision_at_thresholds(labels, predictions, thresholds, weights=None,
                            metrics_collections=None, updates_collections=None, name=None):
    """Running tp / (tp + fp + 1e-7) for each threshold (float32 [len(thresholds)])."""
    return _ratio_at_thresholds("precision", "fp", labels, predictions, thresholds, weights,
                                metrics_collections, updates_collections, name)


@tf_export("metrics.recall_at_thresholds")
def recall_at_thresholds(labels, predictions, thresholds, weights=None, metrics_collections=None,
                         updates_collections=None, name=None):
    """Running tp / (tp + fn + 1e-7) for each threshold (float32 [len(thresholds)])."""
    return _ratio_at_thresholds("recall", "fn", labels, predictions, thresholds, weights,
                                metrics_collections, updates_collections, name)


def _rate_at_rate(metric, target, target_name, labels, predictions, num_thresholds, weights,
                  metrics_collections, updates_collections, name, compute):
    if target < 0 or target > 1:
        raise ValueError("`%s` must be in the range [0, 1]. Currently, `%s` got %s."
                         % (target_name, target_name, target))
    with _vs.variable_scope(name, metric, (predictions, labels, weights)):
        thresholds = [(i + 1) * 1.0 / (num_thresholds - 1) for i in range(num_thresholds - 2)]
        thresholds = [0.0 - _EPSILON] + thresholds + [1.0 + _EPSILON]
        v, u = _confusion_at_thresholds(labels, predictions, thresholds, weights,
                                        ("tp", "fn", "tn", "fp"))
        value = compute(v["tp"], v["tn"], v["fp"], v["fn"], "value")
        update = compute(u["tp"], u["tn"], u["fp"], u["fn"], "update_op")
        _m._add_collections(value, update, metrics_collections, updates_collections)
        return value, update


@tf_export("metrics.sensitivity_at_specificity")
def sensitivity_at_specificity(labels, predictions, specificity, weights=None, num_thresholds=200,
                               metrics_collections=None, updates_collections=None, name=None):
    """Sensitivity at the threshold whose specificity is closest to `specificity` (first
    such threshold)."""
    tf = _tf()

    def compute(tp, tn, fp, fn, op_name):
        specificities = tf.div(tn, tn + fp + _EPSILON)
        index = tf.cast(tf.argmin(tf.abs(specificities - specificity), 0), tf.int32)
        return tf.div(tp[index], tp[index] + fn[index] + _EPSILON, name=op_name)

    return _rate_at_rate("sensitivity_at_specificity", specificity, "specificity", labels,
                         predictions, num_thresholds, weights, metrics_collections,
                         updates_collections, name, compute)


@tf_export("metrics.specificity_at_sensitivity")
def specificity_at_sensitivity(labels, predictions, sensitivity, weights=None, num_thresholds=200,
                               metrics_collections=None, updates_collections=None, name=None):
    """Specificity at the threshold whose sensitivity is closest to `sensitivity` (the last
    such threshold, as TF's cumsum/argmax picks)."""
    tf = _tf()

    def compute(tp, tn, fp, fn, op_name):
        sensitivities = tf.div(tp, tp + fn + _EPSILON)
        dist = tf.abs(sensitivities - sensitivity)
        at_min = tf.cast(tf.equal(dist, tf.reduce_min(dist)), tf.int64)
        index = tf.cast(tf.argmax(tf.cumsum(at_min), 0), tf.int32)
        return tf.div(tn[index], tn[index] + fp[index] + _EPSILON, name=op_name)

    return _rate_at_rate("specificity_at_sensitivity", sensitivity, "sensitivity", labels,
                         predictions, num_thresholds, weights, metrics_collections,
                         updates_collections, name, compute)


# ------------------------------------------------------------------ mean variants


@tf_export("metrics.mean_tensor")
def mean_tensor(values, weights=None, metrics_collections=None, updates_collections=None,
                name=None):
    """Element-wise running mean of `values` (float32, values' shape)."""
    tf = _tf()
    with _vs.variable_scope(name, "mean", (values, weights)):
        values = tf.cast(_ops.convert_to_tensor(values, name="values"), dtypes.float32)
        total = _m._metric_variable(values.shape, dtypes.float32, name="total_tensor")
        count = _m._metric_variable(values.shape, dtypes.float32, name="count_tensor")
        num_values = tf.ones_like(values)
        if weights is not None:
            weights = _ops.convert_to_tensor(weights, name="weights")
            values, weights = _m._squeeze_last(values, weights)
            weights = _m._broadcast_weights(weights, values)
            values = tf.multiply(values, weights)
            num_values = tf.multiply(num_values, weights)
        update_total = tf.assign_add(total, values)
        with control_dependencies([values]):
            update_count = tf.assign_add(count, num_values)
        value = tf.div_no_nan(total, tf.maximum(count, 0.0), name="value")
        update = tf.div_no_nan(update_total, tf.maximum(update_count, 0.0), name="update_op")
        _m._add_collections(value, update, metrics_collections, updates_collections)
        return value, update


@tf_export("metrics.percentage_below")
def percentage_below(values, threshold, weights=None, metrics_collections=None,
                     updates_collections=None, name=None):
    """Running (weighted) fraction of values below `threshold`."""
    tf = _tf()
    is_below = tf.cast(tf.less(_ops.convert_to_tensor(values, name="values"), threshold),
                       tf.float32)
    return _m.mean(is_below, weights, metrics_collections, updates_collections,
                   name or "percentage_below_threshold")


@tf_export("metrics.mean_relative_error")
def mean_relative_error(labels, predictions, normalizer, weights=None, metrics_collections=None,
                        updates_collections=None, name=None):
    """Running mean of |labels - predictions| / normalizer (0 where normalizer is 0)."""
    tf = _tf()
    labels, predictions, weights = _m._float_pair("mean_relative_error", labels, predictions,
                                                  weights)
    normalizer = tf.cast(_ops.convert_to_tensor(normalizer, name="normalizer"), tf.float32)
    predictions, normalizer = _m._squeeze_last(predictions, normalizer)
    _m._check_same_shape("mean_relative_error", predictions, normalizer, "predictions",
                         "normalizer")
    relative = tf.where(tf.equal(normalizer, 0.0), tf.zeros_like(labels),
                        tf.div(tf.abs(labels - predictions), normalizer))
    return _m.mean(relative, weights, metrics_collections, updates_collections,
                   name or "mean_relative_error")


@tf_export("metrics.mean_cosine_distance")
def mean_cosine_distance(labels, predictions, dim, weights=None, metrics_collections=None,
                         updates_collections=None, name=None):
    """Running mean of 1 - <labels, predictions> along `dim` (inputs assumed unit-normalised).
    NOTE: as TF, the returned tensors are built outside any scope ("Sub:0", "Sub_1:0")."""
    tf = _tf()
    labels, predictions, weights = _m._float_pair("mean_cosine_distance", labels, predictions,
                                                  weights)
    radial = tf.reduce_sum(tf.multiply(predictions, labels), axis=[dim], keepdims=True)
    mean_distance, update = _m.mean(radial, weights, None, None, name or "mean_cosine_distance")
    mean_distance = tf.subtract(1.0, mean_distance)
    update = tf.subtract(1.0, update)
    _m._add_collections(mean_distance, update, metrics_collections, updates_collections)
    return mean_distance, update

