"""tf.keras.losses: Keras 3 loss functions and classes on graph tensors."""

from tensorweave.keras import backend


def _tf():
    from tensorweave.compat import v1 as tf

    return tf


def _pair(y_true, y_pred):
    tf = _tf()
    y_pred = tf.convert_to_tensor(y_pred)
    if not y_pred.dtype.is_floating:
        y_pred = tf.cast(y_pred, backend.floatx())
    y_true = tf.cast(tf.convert_to_tensor(y_true), y_pred.dtype)
    return y_true, y_pred


def mean_squared_error(y_true, y_pred):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


def mean_absolute_error(y_true, y_pred):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    return tf.reduce_mean(tf.abs(y_true - y_pred), axis=-1)


def binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    if label_smoothing:
        y_true = y_true * (1.0 - label_smoothing) + 0.5 * label_smoothing
    if from_logits:
        bce = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=y_pred)
    else:
        eps = backend.epsilon()
        p = tf.clip_by_value(y_pred, eps, 1.0 - eps)
        bce = -(y_true * tf.log(p) + (1.0 - y_true) * tf.log(1.0 - p))
    return tf.reduce_mean(bce, axis=axis)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    if label_smoothing:
        n = tf.cast(tf.shape(y_true)[-1], y_pred.dtype)
        y_true = y_true * (1.0 - label_smoothing) + label_smoothing / n
    if from_logits:
        return tf.nn.softmax_cross_entropy_with_logits_v2(labels=y_true, logits=y_pred, axis=axis)
    p = y_pred / tf.reduce_sum(y_pred, axis=axis, keepdims=True)
    eps = backend.epsilon()
    p = tf.clip_by_value(p, eps, 1.0 - eps)
    return -tf.reduce_sum(y_true * tf.log(p), axis=axis)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, ignore_class=None,
                                    axis=-1):
    tf = _tf()
    y_pred = tf.convert_to_tensor(y_pred)
    labels = tf.cast(tf.convert_to_tensor(y_true), tf.int64)
    if y_pred.shape.rank is not None and labels.shape.rank == y_pred.shape.rank:
        labels = tf.squeeze(labels, axis=-1)
    logits = y_pred
    if not from_logits:
        eps = backend.epsilon()
        p = y_pred / tf.reduce_sum(y_pred, axis=axis, keepdims=True)
        logits = tf.log(tf.clip_by_value(p, eps, 1.0 - eps))
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)


def hinge(y_true, y_pred):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    y_true = tf.where(tf.equal(y_true, 0.0), -tf.ones_like(y_true), y_true)
    return tf.reduce_mean(tf.maximum(1.0 - y_true * y_pred, 0.0), axis=-1)


def huber(y_true, y_pred, delta=1.0):
    tf = _tf()
    y_true, y_pred = _pair(y_true, y_pred)
    err = tf.abs(y_pred - y_true)
    quad = tf.minimum(err, delta)
    return tf.reduce_mean(0.5 * tf.square(quad) + delta * (err - quad), axis=-1)


mse = MSE = mean_squared_error
mae = MAE = mean_absolute_error


class Loss:
    """A loss object: the per-sample loss reduced by 'sum_over_batch_size' (the default),
    'sum' or 'none'."""

    _fn = None
    _default_name = None

    def __init__(self, reduction="sum_over_batch_size", name=None, **kwargs):
        if reduction not in ("sum_over_batch_size", "sum", "none", None, "mean",
                             "mean_with_sample_weight"):
            raise ValueError("Invalid value for argument `reduction`. Expected one of "
                             "('sum', 'sum_over_batch_size', 'mean', 'mean_with_sample_weight', "
                             "'none', None). Received: reduction=%s" % (reduction,))
        self.reduction = reduction
        self.name = name or self._default_name
        self._kwargs = kwargs

    def call(self, y_true, y_pred):
        return type(self)._fn(y_true, y_pred, **self._kwargs)

    def __call__(self, y_true, y_pred, sample_weight=None):
        tf = _tf()
        with tf.name_scope(self.name):
            losses = self.call(y_true, y_pred)
            if sample_weight is not None:
                losses = losses * tf.cast(sample_weight, losses.dtype)
            if self.reduction in ("none", None):
                return losses
            total = tf.reduce_sum(losses)
            if self.reduction == "sum":
                return total
            count = tf.cast(tf.size(losses), losses.dtype)
            return tf.math.divide_no_nan(total, count)


def _loss_class(cls_name, fn, default_name, params=()):
    def __init__(self, *args, reduction="sum_over_batch_size", name=default_name, **kwargs):
        for key, value in zip(params, args):
            kwargs[key] = value
        Loss.__init__(self, reduction=reduction, name=name, **kwargs)

    return type(cls_name, (Loss,), {"__init__": __init__, "_fn": staticmethod(fn),
                                    "_default_name": default_name})


MeanSquaredError = _loss_class("MeanSquaredError", mean_squared_error, "mean_squared_error")
MeanAbsoluteError = _loss_class("MeanAbsoluteError", mean_absolute_error, "mean_absolute_error")
BinaryCrossentropy = _loss_class("BinaryCrossentropy", binary_crossentropy,
                                 "binary_crossentropy", ("from_logits", "label_smoothing"))
CategoricalCrossentropy = _loss_class("CategoricalCrossentropy", categorical_crossentropy,
                                      "categorical_crossentropy",
                                      ("from_logits", "label_smoothing"))
SparseCategoricalCrossentropy = _loss_class("SparseCategoricalCrossentropy",
                                            sparse_categorical_crossentropy,
                                            "sparse_categorical_crossentropy", ("from_logits",))
Hinge = _loss_class("Hinge", hinge, "hinge")
Huber = _loss_class("Huber", huber, "huber_loss", ("delta",))

_BY_NAME = {f.__name__: f for f in (mean_squared_error, mean_absolute_error, binary_crossentropy,
                                    categorical_crossentropy, sparse_categorical_crossentropy,
                                    hinge, huber)}
_BY_NAME.update(mse=mse, mae=mae, MSE=mse, MAE=mae)
# NOTE: Keras 3 exports these only as mse/MSE and mae/MAE, not under their long names.
del mean_squared_error, mean_absolute_error


def get(identifier):
    if identifier is None or callable(identifier):
        return identifier
    if isinstance(identifier, str) and identifier in _BY_NAME:
        return _BY_NAME[identifier]
    raise ValueError("Could not interpret loss identifier: %s" % (identifier,))
