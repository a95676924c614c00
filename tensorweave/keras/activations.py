"""tf.keras.activations: Keras 3's activation functions on graph tensors."""

import math


def _tf():
    from tensorweave.compat import v1 as tf

    return tf


def relu(x, negative_slope=0.0, max_value=None, threshold=0.0):
    tf = _tf()
    if negative_slope == 0.0 and max_value is None and threshold == 0.0:
        return tf.nn.relu(x)
    x = tf.convert_to_tensor(x)
    positive = tf.where(x > threshold, x, tf.zeros_like(x)) if threshold else tf.nn.relu(x)
    if max_value is not None:
        positive = tf.minimum(positive, tf.cast(max_value, x.dtype))
    if negative_slope:
        positive = positive + tf.cast(negative_slope, x.dtype) * tf.minimum(x - threshold, 0.0)
    return positive


def leaky_relu(x, negative_slope=0.2):
    return _tf().nn.leaky_relu(x, alpha=negative_slope)


def relu6(x):
    return _tf().nn.relu6(x)


def elu(x, alpha=1.0):
    tf = _tf()
    if alpha == 1.0:
        return tf.nn.elu(x)
    x = tf.convert_to_tensor(x)
    return tf.where(x > 0, x, alpha * (tf.exp(x) - 1.0))


def selu(x):
    return _tf().nn.selu(x)


def sigmoid(x):
    return _tf().sigmoid(x)


def tanh(x):
    return _tf().tanh(x)


def softplus(x):
    return _tf().nn.softplus(x)


def softsign(x):
    return _tf().nn.softsign(x)


def exponential(x):
    return _tf().exp(x)


def linear(x):
    return x


def silu(x):
    tf = _tf()
    return x * tf.sigmoid(x)


swish = silu


def gelu(x, approximate=False):
    tf = _tf()
    x = tf.convert_to_tensor(x)
    if approximate:
        c = math.sqrt(2.0 / math.pi)
        return 0.5 * x * (1.0 + tf.tanh(c * (x + 0.044715 * tf.pow(x, 3))))
    return 0.5 * x * (1.0 + tf.math.erf(x / math.sqrt(2.0)))


def hard_sigmoid(x):
    tf = _tf()
    return tf.nn.relu6(x + 3.0) / 6.0


def softmax(x, axis=-1):
    tf = _tf()
    x = tf.convert_to_tensor(x)
    if x.shape.rank is not None and x.shape.rank <= 1:
        raise ValueError("Cannot apply softmax to a tensor that is 1D. Received input: %s" % (x,))
    return tf.nn.softmax(x, axis=axis)


def log_softmax(x, axis=-1):
    return _tf().nn.log_softmax(x, axis=axis)


_ALL = {f.__name__: f for f in (relu, leaky_relu, relu6, elu, selu, sigmoid, tanh, softplus,
                                softsign, exponential, linear, silu, gelu, hard_sigmoid, softmax,
                                log_softmax)}
_ALL["swish"] = silu


def get(identifier):
    if identifier is None:
        return linear
    if isinstance(identifier, str):
        fn = _ALL.get(identifier)
        if fn is not None:
            return fn
    elif callable(identifier):
        return identifier
    raise ValueError("Could not interpret activation function identifier: %s" % (identifier,))


def serialize(activation):
    return getattr(activation, "__name__", activation)


def deserialize(name):
    return get(name)
