"""The nn family: activations, softmax, bias_add, cross-entropy ops, l2_loss, in_top_k.

Convolutions live in conv_ops.py, pooling in pooling_ops.py, composites (dropout,
moments, batch norm, embedding lookup, logistic losses) in nn_impl.py; importing this
module imports them all.
"""

import contextlib

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes, errors
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import control_dependencies as ops_control_dependencies, name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.nn_util import const, is_zero_tensor, op, shape_of, to_tensor

_FLOATS = "T: {half, bfloat16, float, double}"
_REALS = "T: {realnumbertype}"

# SELU constants (Klambauer et al. 2017)
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _same_shape(x):
    return x.shape


def _zeros_like(t):
    return op("ZerosLike", [t])


def _mul(a, b, name=None):
    return op("Mul", [a, b], name=name)


def _sum_last(x, keepdims=True):
    # The axis converts inside the op's scope: `Sum/reduction_indices`, as TF names it.
    return op("Sum", [x, np.array(-1, np.int32)], {"keep_dims": keepdims})


def _expand_last(x):
    return op("ExpandDims", [x, np.array(-1, np.int32)])


# NOTE: TF writes these gradients with Python operators (`grad * y`): their ops are named
# `mul`, `sub`.
def _times(a, b):
    return op("Mul", [a, b], name="mul")


def _minus(a, b):
    return op("Sub", [a, b], name="sub")


def _c(x, value):
    """`value` as a scalar of x's dtype (keeps kernels in the input dtype)."""
    return x.dtype.type(value)


# ================================================================ activations
_ZERO_ROW = 8192  # elements


def _relu(features, out):
    """max(features, 0) into `out` (a new array if None).

    NOTE: NumPy's SIMD maximum loop wants both operands contiguous; against a scalar it runs a
    strided loop, 2-3x slower for float32. So large contiguous inputs are taken as rows against
    a row of zeros, which gives the same values bit for bit (NaN, -0.0 included).
    """
    zero = _c(features, 0)
    n = features.size
    if n < 2 * _ZERO_ROW or not features.flags.c_contiguous or \
            (out is not None and not out.flags.c_contiguous):
        return np.maximum(features, zero, out=out)
    if out is None:
        out = np.empty_like(features)
    flat, flat_out = features.reshape(-1), out.reshape(-1)
    bulk = n - n % _ZERO_ROW
    np.maximum(flat[:bulk].reshape(-1, _ZERO_ROW), np.zeros(_ZERO_ROW, features.dtype),
               out=flat_out[:bulk].reshape(-1, _ZERO_ROW))
    if bulk < n:
        np.maximum(flat[bulk:], zero, out=flat_out[bulk:])
    return out


@register_op("Relu", inputs=["features: T"], outputs=["activations: T"],
             attrs=["T: {realnumbertype, qint8}"])
class Relu(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        return _relu(features, None)

    inplace_inputs = (0,)  # kernel_into: see runtime/executor.py, in-place steps

    def kernel_into(self, out, features):
        return _relu(features, out)

    def grad(self, op_, grad):
        return [op("ReluGrad", [grad, op_.outputs[0]])]


@register_op("ReluGrad", inputs=["gradients: T", "features: T"], outputs=["backprops: T"],
             attrs=[_REALS])
class ReluGrad(OpDef):
    def shape(self, gradients, features):
        return gradients.shape.merge_with(features.shape)

    def kernel(self, gradients, features):
        # NOTE: a product with the mask, as TF does (nan/inf gradients of inactive units give
        # nan), and ~10x faster than np.where's branchy select.
        return np.multiply(gradients, features > 0)

    inplace_inputs = (0,)

    def kernel_into(self, out, gradients, features):
        if features.shape != out.shape or features.dtype != out.dtype:
            return None
        return np.multiply(gradients, features > 0, out=out)

    def grad(self, op_, grad):
        return [op("ReluGrad", [grad, op_.inputs[1]]), _zeros_like(op_.inputs[1])]


@register_op("Relu6", inputs=["features: T"], outputs=["activations: T"], attrs=[_REALS])
class Relu6(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        return np.clip(features, _c(features, 0), _c(features, 6))

    inplace_inputs = (0,)

    def kernel_into(self, out, features):
        return np.clip(features, _c(features, 0), _c(features, 6), out=out)

    def grad(self, op_, grad):
        return [op("Relu6Grad", [grad, op_.outputs[0]])]  # TF passes the output


@register_op("Relu6Grad", inputs=["gradients: T", "features: T"], outputs=["backprops: T"],
             attrs=[_REALS])
class Relu6Grad(OpDef):
    def shape(self, gradients, features):
        return gradients.shape.merge_with(features.shape)

    def kernel(self, gradients, features):
        return np.multiply(gradients, (features > 0) & (features < 6))

    def grad(self, op_, grad):
        return [op("Relu6Grad", [grad, op_.inputs[1]]), _zeros_like(op_.inputs[1])]


@register_op("Elu", inputs=["features: T"], outputs=["activations: T"], attrs=[_FLOATS])
class Elu(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        return np.where(features < 0, np.expm1(features), features)

    def grad(self, op_, grad):
        return [op("EluGrad", [grad, op_.outputs[0]])]


@register_op("EluGrad", inputs=["gradients: T", "outputs: T"], outputs=["backprops: T"],
             attrs=[_FLOATS])
class EluGrad(OpDef):
    def shape(self, gradients, outputs):
        return gradients.shape.merge_with(outputs.shape)

    def kernel(self, gradients, outputs):
        return np.where(outputs < 0, gradients * (outputs + _c(outputs, 1)), gradients)

    def grad(self, op_, grad):
        g, y = op_.inputs
        neg = op("Less", [y, _zeros_like(y)])
        return [op("EluGrad", [grad, y]), _select(neg, _mul(grad, g), _zeros_like(y))]


@register_op("Selu", inputs=["features: T"], outputs=["activations: T"], attrs=[_FLOATS])
class Selu(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        scale = _c(features, _SELU_SCALE)
        return np.where(features < 0, scale * _c(features, _SELU_ALPHA) * np.expm1(features),
                        scale * features)

    def grad(self, op_, grad):
        return [op("SeluGrad", [grad, op_.outputs[0]])]


@register_op("SeluGrad", inputs=["gradients: T", "outputs: T"], outputs=["backprops: T"],
             attrs=[_FLOATS])
class SeluGrad(OpDef):
    def shape(self, gradients, outputs):
        return gradients.shape.merge_with(outputs.shape)

    def kernel(self, gradients, outputs):
        scale = _c(outputs, _SELU_SCALE)
        return np.where(outputs < 0, gradients * (outputs + scale * _c(outputs, _SELU_ALPHA)),
                        gradients * scale)

    def grad(self, op_, grad):
        g, y = op_.inputs
        neg = op("Less", [y, _zeros_like(y)])
        return [op("SeluGrad", [grad, y]), _select(neg, _mul(grad, g), _zeros_like(y))]


@register_op("LeakyRelu", inputs=["features: T"], outputs=["activations: T"],
             attrs=["alpha: float = 0.2", "T: {half, bfloat16, float, double} = DT_FLOAT"])
class LeakyRelu(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features, *, alpha):
        return np.where(features > 0, features, features * _c(features, alpha))

    def grad(self, op_, grad):
        return [op("LeakyReluGrad", [grad, op_.inputs[0]], {"alpha": op_.get_attr("alpha")})]


@register_op("LeakyReluGrad", inputs=["gradients: T", "features: T"], outputs=["backprops: T"],
             attrs=["alpha: float = 0.2", "T: {half, bfloat16, float, double} = DT_FLOAT"])
class LeakyReluGrad(OpDef):
    def shape(self, gradients, features):
        return gradients.shape.merge_with(features.shape)

    def kernel(self, gradients, features, *, alpha):
        return np.where(features > 0, gradients, gradients * _c(gradients, alpha))

    def grad(self, op_, grad):
        x = op_.inputs[1]
        return [op("LeakyReluGrad", [grad, x], {"alpha": op_.get_attr("alpha")}), _zeros_like(x)]


@register_op("Softplus", inputs=["features: T"], outputs=["activations: T"], attrs=[_FLOATS])
class Softplus(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        return np.logaddexp(features, _c(features, 0))

    def grad(self, op_, grad):
        return [_times(grad, op("Sigmoid", [op_.inputs[0]]))]


@register_op("SoftplusGrad", inputs=["gradients: T", "features: T"], outputs=["backprops: T"],
             attrs=[_FLOATS])
class SoftplusGrad(OpDef):
    def shape(self, gradients, features):
        return gradients.shape.merge_with(features.shape)

    def kernel(self, gradients, features):
        # sigmoid(x) written to stay finite for large |x|
        sig = np.exp(-np.logaddexp(_c(features, 0), -features))
        return (gradients * sig).astype(gradients.dtype, copy=False)

    def grad(self, op_, grad):
        dy, x = op_.inputs
        ddy = op("SoftplusGrad", [grad, x])
        denom = op("AddV2", [op("AddV2", [op("Exp", [op("Neg", [x])]), const(2.0, x.dtype.base_dtype)]),
                             op("Exp", [x])])
        return [ddy, op("RealDiv", [_mul(grad, dy), denom])]


@register_op("Softsign", inputs=["features: T"], outputs=["activations: T"], attrs=[_FLOATS])
class Softsign(OpDef):
    shape = staticmethod(_same_shape)

    def kernel(self, features):
        return features / (_c(features, 1) + np.abs(features))

    def grad(self, op_, grad):
        return [op("SoftsignGrad", [grad, op_.inputs[0]])]


@register_op("SoftsignGrad", inputs=["gradients: T", "features: T"], outputs=["backprops: T"],
             attrs=[_FLOATS])
class SoftsignGrad(OpDef):
    def shape(self, gradients, features):
        return gradients.shape.merge_with(features.shape)

    def kernel(self, gradients, features):
        d = _c(features, 1) + np.abs(features)
        return gradients / (d * d)

    # NOTE: TF registers no gradient for SoftsignGrad: a second derivative of tf.nn.softsign
    # raises LookupError there too.
    @staticmethod
    def grad(op, *grads):
        from tensorweave.ops.array_misc_ops import _tf_registers_no_gradient

        return _tf_registers_no_gradient(op, *grads)


def _select(cond, a, b):
    from tensorweave.framework.op_def import registered_ops

    return op("Select" if "Select" in registered_ops() else "SelectV2", [cond, a, b])


@tf_export("nn.relu")
def relu(features, name=None):
    return op("Relu", [features], name=name)


@tf_export("nn.relu6")
def relu6(features, name=None):
    with name_scope(name, "Relu6", [features]) as scope:
        return op("Relu6", [features], name=scope)


@tf_export("nn.elu")
def elu(features, name=None):
    return op("Elu", [features], name=name)


@tf_export("nn.selu")
def selu(features, name=None):
    return op("Selu", [features], name=name)


@tf_export("nn.leaky_relu")
def leaky_relu(features, alpha=0.2, name=None):
    with name_scope(name, "LeakyRelu", [features, alpha]) as scope:
        features = to_tensor(features, name="features")
        if features.dtype.is_integer:
            features = op("Cast", [features], {"DstT": dtypes.float32})
        if isinstance(alpha, np.ndarray):
            alpha = alpha.item()
        return op("LeakyRelu", [features], {"alpha": float(np.float32(alpha))}, name=scope)


@tf_export("nn.softplus", "math.softplus")
def softplus(features, name=None):
    return op("Softplus", [features], name=name)


@tf_export("nn.softsign", "math.softsign")
def softsign(features, name=None):
    return op("Softsign", [features], name=name)


@tf_export("nn.crelu")
def crelu(features, name=None, axis=-1):
    with name_scope(name, "CRelu", [features]) as scope:
        features = to_tensor(features, name="features")
        axis_t = const(np.array(axis, np.int32), name="axis")
        c = op("ConcatV2", [[features, op("Neg", [features])], axis_t], name=scope)
        return op("Relu", [c])


@tf_export("nn.swish", "nn.silu")
def swish(features, beta=1.0, name=None):
    """features * sigmoid(beta * features). Built like TF 2.21 (whose swish has a custom
    gradient): the ops sit at the caller's scope and the result is output 0 of an IdentityN
    ("IdentityN:0"). `name` (not in TF) puts them under a name scope."""
    with name_scope(name) if name else contextlib.nullcontext():
        features = to_tensor(features, name="features")
        beta = to_tensor(beta, name="beta")
        if beta.dtype.base_dtype != features.dtype.base_dtype:
            beta = op("Cast", [beta], {"DstT": features.dtype.base_dtype})
        from tensorweave.training.gradients import custom_gradient

        @custom_gradient
        def swish_impl(features, beta):
            def grad(dy):
                from tensorweave.framework.scopes import control_dependencies
                from tensorweave.ops.reduction_ops import reduce_sum

                with control_dependencies([dy]):
                    sig = op("Sigmoid", [beta * features])
                activation_grad = sig * (1.0 + (beta * features) * (1.0 - sig))
                beta_grad = reduce_sum(dy * op("Square", [features]) * sig * (1.0 - sig))
                return dy * activation_grad, beta_grad

            return features * op("Sigmoid", [beta * features]), grad

        return swish_impl(features, beta)


# ==================================================================== softmax


def _softmax_shape(logits):
    if logits.shape.ndims == 0:
        raise ValueError("Shape must be at least rank 1 but is rank 0")
    return logits.shape


def _np_log_softmax(x):
    if x.size == 0:
        return x.copy()
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


@register_op("Softmax", inputs=["logits: T"], outputs=["softmax: T"], attrs=[_FLOATS])
class Softmax(OpDef):
    shape = staticmethod(_softmax_shape)

    def kernel(self, logits):
        if logits.size == 0:
            return logits.copy()
        e = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
        e /= np.sum(e, axis=-1, keepdims=True)
        return e

    def grad(self, op_, grad):
        y = op_.outputs[0]
        return [_times(_minus(grad, _sum_last(_times(grad, y))), y)]


@register_op("LogSoftmax", inputs=["logits: T"], outputs=["logsoftmax: T"], attrs=[_FLOATS])
class LogSoftmax(OpDef):
    shape = staticmethod(_softmax_shape)

    def kernel(self, logits):
        return _np_log_softmax(logits)

    def grad(self, op_, grad):
        softmax = op("Exp", [op_.outputs[0]])
        return [_minus(grad, _times(_sum_last(grad), softmax))]


def _softmax_wrapper(op_type, logits, axis, name):
    logits = to_tensor(logits, name="logits")
    ndims = logits.shape.ndims
    if axis is None:
        axis = -1
    axis = int(axis)
    if ndims:  # rank 0 is left to the op's shape function (ValueError)
        if not -ndims <= axis < ndims:
            raise errors.InvalidArgumentError(
                None, None, "`dim` must be in the range [%d, %d) where %d is the number of "
                "dimensions in the input. Received: dim=%d" % (-ndims, ndims, ndims, axis))
        if axis < 0:
            axis += ndims
    if axis == -1 or not ndims or axis == ndims - 1:
        return op(op_type, [logits], name=name)
    perm = list(range(ndims))
    perm[axis], perm[-1] = perm[-1], perm[axis]
    swapped = op("Transpose", [logits, const(np.array(perm, np.int32), name="perm")],
                 name="transpose")
    out = op(op_type, [swapped])
    return op("Transpose", [out, const(np.array(perm, np.int32), name="perm")],
              name=name or "transpose")


@tf_export("nn.softmax", "math.softmax")
def softmax(logits, axis=None, name=None, dim=None):
    return _softmax_wrapper("Softmax", logits, dim if axis is None else axis, name)


@tf_export("nn.log_softmax", "math.log_softmax")
def log_softmax(logits, axis=None, name=None, dim=None):
    return _softmax_wrapper("LogSoftmax", logits, dim if axis is None else axis, name)


# =================================================================== bias_add


def _channel_axis(rank, data_format):
    return 1 if data_format.startswith("NC") and rank > 2 else rank - 1


@register_op("BiasAdd", inputs=["value: T", "bias: T"], outputs=["output: T"],
             attrs=["T: {numbertype}", "data_format: {'NHWC', 'NCHW'} = 'NHWC'"])
class BiasAdd(OpDef):
    def shape(self, value, bias, *, data_format):
        vs, bs = value.shape, bias.shape
        if bs.ndims is not None and bs.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % bs.ndims)
        if vs.ndims is None:
            return vs
        if vs.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % vs.ndims)
        dims = vs.as_list()
        ax = _channel_axis(len(dims), data_format)
        b = bs.as_list()[0] if bs.ndims == 1 else None
        if dims[ax] is not None and b is not None and dims[ax] != b:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (dims[ax], b))
        if dims[ax] is None:
            dims[ax] = b
        return TensorShape(dims)

    def kernel(self, value, bias, *, data_format):
        ax = _channel_axis(value.ndim, data_format)
        if value.shape[ax] != bias.shape[0]:
            raise errors.InvalidArgumentError(
                None, None, "Must provide as many biases as the channel dimension of the input "
                "tensor: %s vs. %d in %s" % (bias.shape, value.shape[ax], value.shape))
        if ax != value.ndim - 1:
            bias = bias.reshape((-1,) + (1,) * (value.ndim - ax - 1))
        return value + bias

    inplace_inputs = (0,)

    def kernel_into(self, out, value, bias, *, data_format):
        ax = _channel_axis(value.ndim, data_format)
        if bias.dtype != out.dtype or bias.ndim != 1 or value.shape[ax] != bias.shape[0]:
            return None  # the kernel reports a bad shape
        if ax != value.ndim - 1:
            bias = bias.reshape((-1,) + (1,) * (value.ndim - ax - 1))
        return np.add(value, bias, out=out)

    def grad(self, op_, grad):
        return [grad, op("BiasAddGrad", [grad], {"data_format": op_._attrs["data_format"]})]


@register_op("BiasAddGrad", inputs=["out_backprop: T"], outputs=["output: T"],
             attrs=["T: {numbertype}", "data_format: {'NHWC', 'NCHW'} = 'NHWC'"])
class BiasAddGrad(OpDef):
    def shape(self, out_backprop, *, data_format):
        s = out_backprop.shape
        if s.ndims is None:
            return TensorShape([None])
        if s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        return TensorShape([s.as_list()[_channel_axis(s.ndims, data_format)]])

    def kernel(self, out_backprop, *, data_format):
        ax = _channel_axis(out_backprop.ndim, data_format)
        axes = tuple(i for i in range(out_backprop.ndim) if i != ax)
        return np.sum(out_backprop, axis=axes, dtype=out_backprop.dtype)

    def grad(self, op_, grad):
        x = op_.inputs[0]
        rank = x.shape.ndims
        if rank is None:
            raise LookupError("BiasAddGrad gradient needs the static rank of its input")
        ax = _channel_axis(rank, op_._attrs["data_format"])
        bshape = [1] * rank
        bshape[ax] = -1
        g = op("Reshape", [grad, const(np.array(bshape, np.int32), name="shape")])
        return [_mul(op("OnesLike", [x]), g)]


@tf_export("nn.bias_add")
def bias_add(value, bias, data_format=None, name=None):
    with name_scope(name, "BiasAdd", [value, bias]) as scope:
        if data_format is not None:
            if data_format.startswith("NC"):
                data_format = "NCHW"
            elif data_format.startswith("N") and data_format.endswith("C"):
                data_format = "NHWC"
            else:
                raise ValueError("data_format must be of the form `N...C` or `NC...`")
        value = to_tensor(value, name="input")
        bias = to_tensor(bias, dtype=value.dtype.base_dtype, name="bias")
        attrs = {} if data_format is None else {"data_format": data_format}
        return op("BiasAdd", [value, bias], attrs, name=scope)


# =================================================================== l2_loss


@register_op("L2Loss", inputs=["t: T"], outputs=["output: T"], attrs=[_FLOATS])
class L2Loss(OpDef):
    def shape(self, t):
        return TensorShape([])

    def kernel(self, t):
        return np.asarray(np.sum(np.square(t), dtype=t.dtype) / t.dtype.type(2), t.dtype)

    def grad(self, op_, grad):
        return [_times(op_.inputs[0], grad)]


@tf_export("nn.l2_loss")
def l2_loss(t, name=None):
    return op("L2Loss", [t], name=name)


# ============================================================ cross-entropy


def _xent_grad(op_, grad_loss, grad_grad):
    g = _times(_expand_last(grad_loss), op_.outputs[1])
    if not is_zero_tensor(grad_grad):
        sm = op("Softmax", [op_.inputs[0]])
        g = op("AddV2", [g, _mul(op("Sub", [grad_grad, _sum_last(_mul(grad_grad, sm))]), sm)])
    return g


@register_op("SoftmaxCrossEntropyWithLogits", inputs=["features: T", "labels: T"],
             outputs=["loss: T", "backprop: T"], attrs=[_FLOATS])
class SoftmaxCrossEntropyWithLogits(OpDef):
    def shape(self, features, labels):
        for t in (features, labels):
            if t.shape.ndims is not None and t.shape.ndims != 2:
                raise ValueError("Shape must be rank 2 but is rank %d" % t.shape.ndims)
        # As TF: compatible shapes merge (a known dim wins over an unknown one), others broadcast.
        if features.shape.ndims == 2 and features.shape.is_compatible_with(labels.shape):
            both = features.shape.merge_with(labels.shape)
        else:
            both = broadcast_shape(features.shape, labels.shape)
        if both.ndims is None:
            both = TensorShape([None, None])
        return [TensorShape(both.as_list()[:1]), both]

    def kernel(self, features, labels):
        if features.ndim != 2 or labels.ndim != 2:
            raise errors.InvalidArgumentError(
                None, None, "logits and labels must be 2-D, got shapes %s and %s"
                % (features.shape, labels.shape))
        try:
            features, labels = np.broadcast_arrays(features, labels)
        except ValueError:
            raise errors.InvalidArgumentError(
                None, None, "logits and labels must be broadcastable: logits_size=%s labels_size=%s"
                % (list(features.shape), list(labels.shape))) from None
        logp = _np_log_softmax(features)
        loss = -np.sum(labels * logp, axis=-1)
        return [loss.astype(features.dtype, copy=False), np.exp(logp) - labels]

    def grad(self, op_, grad_loss, grad_grad=None):
        g = _xent_grad(op_, grad_loss, grad_grad)
        neg_logp = op("Neg", [op("LogSoftmax", [op_.inputs[0]])])
        return [g, _times(_expand_last(grad_loss), neg_logp)]


@register_op("SparseSoftmaxCrossEntropyWithLogits", inputs=["features: T", "labels: Tlabels"],
             outputs=["loss: T", "backprop: T"],
             attrs=[_FLOATS, "Tlabels: {int32, int64} = DT_INT64"])
class SparseSoftmaxCrossEntropyWithLogits(OpDef):
    def shape(self, features, labels):
        fs, ls = features.shape, labels.shape
        if fs.ndims is not None and fs.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % fs.ndims)
        if ls.ndims is not None and ls.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % ls.ndims)
        f = fs.as_list() if fs.ndims is not None else [None, None]
        batch = TensorShape(f[:1]).merge_with(ls if ls.ndims is not None else TensorShape([None]))
        return [batch, TensorShape(batch.as_list() + f[1:])]

    def kernel(self, features, labels):
        if features.ndim != 2 or labels.ndim != 1 or labels.shape[0] != features.shape[0]:
            raise errors.InvalidArgumentError(
                None, None, "logits and labels must have the same first dimension, got logits "
                "shape %s and labels shape %s" % (list(features.shape), list(labels.shape)))
        n, c = features.shape
        bad = (labels < 0) | (labels >= c)
        if np.any(bad):
            first = labels[bad][0]
            raise errors.InvalidArgumentError(
                None, None, "Received a label value of %d which is outside the valid range of "
                "[0, %d).  Label values: %s" % (first, c, " ".join(str(v) for v in labels)))
        logp = _np_log_softmax(features)
        rows = np.arange(n)
        # NOTE: 0 - logp, not -logp: a certain class gives TF's +0.0 loss, not -0.0.
        loss = features.dtype.type(0) - logp[rows, labels]
        backprop = np.exp(logp)
        backprop[rows, labels] -= features.dtype.type(1)
        return [loss.astype(features.dtype, copy=False), backprop]

    def grad(self, op_, grad_loss, grad_grad=None):
        return [_xent_grad(op_, grad_loss, grad_grad), None]


def _flatten_to_2d(t, rank, name):
    """Reshape to [-1, last dim]. As TF's _flatten_outer_dims, the result's static shape is
    [product of outer dims, last dim] when the outer dims are all known, else (None, None)."""
    dims = t.shape.as_list() if t.shape.ndims else [None]
    last = dims[-1]
    outer_known = None not in dims[:-1]
    if last is not None and outer_known:
        shape = const(np.array([-1, last], np.int32), name="shape")
    else:
        full = op("Shape", [t])
        last_t = op("Slice", [full, const(np.array([rank - 1], np.int32)),
                              const(np.array([1], np.int32))])
        shape = op("ConcatV2", [[const(np.array([-1], np.int32)), last_t],
                                const(np.array(0, np.int32), name="axis")], name="concat")
    out = op("Reshape", [t, shape], name=name)
    if outer_known:
        out.set_shape([int(np.prod(dims[:-1], dtype=np.int64)), last])
    return out


def _leading_shape(t, rank):
    """shape(t)[:-1] as a tensor."""
    s = t.shape
    if s.ndims is not None and TensorShape(s.as_list()[:-1]).is_fully_defined():
        return const(np.array(s.as_list()[:-1], np.int32), name="shape")
    return op("Slice", [op("Shape", [t]), const(np.array([0], np.int32)),
                        const(np.array([rank - 1], np.int32))])


def _move_axis_last(t, axis, rank):
    if axis < 0:
        axis += rank
    if axis == rank - 1:
        return t
    perm = [i for i in range(rank) if i != axis] + [axis]
    return op("Transpose", [t, const(np.array(perm, np.int32), name="perm")], name="transpose")


@tf_export("nn.softmax_cross_entropy_with_logits_v2")
def softmax_cross_entropy_with_logits_v2(labels, logits, axis=-1, name=None, dim=None):
    if dim is not None:
        axis = dim
    with name_scope(name, "softmax_cross_entropy_with_logits", [logits, labels]) as scope:
        logits = to_tensor(logits, name="logits")
        labels = to_tensor(labels, name="labels")
        if labels.dtype.base_dtype != logits.dtype.base_dtype:  # TF casts the labels
            labels = op("Cast", [labels], {"DstT": logits.dtype.base_dtype})
        rank = logits.shape.ndims
        if rank is None:
            raise ValueError("softmax_cross_entropy_with_logits needs logits of known rank")
        if rank == 0:
            raise ValueError("Logits cannot be scalars - received shape %s." % logits.shape)
        out_static = TensorShape(logits.shape.as_list()[:-1])
        if axis in (-1, rank - 1):
            return _softmax_xent_last_axis(logits, labels, scope, out_static)
        logits = _move_axis_last(logits, axis, rank)
        labels = _move_axis_last(labels, axis, rank)
        out_static = TensorShape(logits.shape.as_list()[:-1])
        flat_logits = _flatten_to_2d(logits, rank, "Reshape")
        flat_labels = _flatten_to_2d(labels, rank, "Reshape_1")
        cost = op("SoftmaxCrossEntropyWithLogits", [flat_logits, flat_labels], name=scope)[0]
        out = op("Reshape", [cost, _leading_shape(logits, rank)], name="Reshape_2")
        out.set_shape(out_static)
        return out


def _softmax_xent_last_axis(logits, labels, scope, out_static):
    """TF's graph for classes on the last axis: both inputs flattened to matrices by
    `_flatten_outer_dims` (also when they already are), the cost reshaped back."""
    from tensorweave.ops import array_ops, math_ops, slicing_ops

    def flatten_outer_dims(t):
        rank = array_ops.rank(t)
        last = slicing_ops.slice(array_ops.shape(t), [math_ops.subtract(rank, 1)], [1])
        out = array_ops.reshape(t, array_ops.concat([[-1], last], 0))
        dims = t.shape.as_list()
        if dims[:-1] and all(d is not None for d in dims[:-1]):
            out.set_shape([int(np.prod(dims[:-1])), dims[-1]])
        return out

    input_rank = array_ops.rank(logits)
    input_shape = array_ops.shape(logits)
    flat_logits = flatten_outer_dims(logits)
    flat_labels = flatten_outer_dims(labels)
    cost = op("SoftmaxCrossEntropyWithLogits", [flat_logits, flat_labels], name=scope)[0]
    out = array_ops.reshape(cost, slicing_ops.slice(input_shape, [0], [math_ops.subtract(input_rank, 1)]))
    out.set_shape(out_static)
    return out


@tf_export("nn.softmax_cross_entropy_with_logits")
def softmax_cross_entropy_with_logits(labels=None, logits=None, dim=-1, name=None, axis=None):
    _ensure_given(labels, logits, "softmax_cross_entropy_with_logits")
    axis = dim if axis is None else axis
    with name_scope(name, "softmax_cross_entropy_with_logits_sg", [logits, labels]) as scope:
        labels = op("StopGradient", [labels], name="labels_stop_gradient")
        return softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits, axis=axis,
                                                    name=scope)


def _ensure_given(labels, logits, fn_name):
    # NOTE: TF 2.x dropped the TF1 `_sentinel` argument: labels and logits may be positional.
    if labels is None or logits is None:
        raise ValueError("Both `labels` and `logits` must be provided for `%s`. Received: labels=%s "
                         "and logits=%s" % (fn_name, labels, logits))


@tf_export("nn.sparse_softmax_cross_entropy_with_logits")
def sparse_softmax_cross_entropy_with_logits(labels=None, logits=None, name=None):
    _ensure_given(labels, logits, "sparse_softmax_cross_entropy_with_logits")
    with name_scope(name, "SparseSoftmaxCrossEntropyWithLogits", [labels, logits]):
        labels = to_tensor(labels)
        logits = to_tensor(logits)
        ls, gs = labels.shape, logits.shape
        if gs.ndims == 0:
            raise ValueError("Logits cannot be scalars - received shape %s." % gs)
        if ls.ndims is not None and gs.ndims is not None:
            if ls.ndims != gs.ndims - 1:
                raise ValueError("`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: "
                                 "labels.shape=%s of rank %s and logits.shape=%s of rank %s"
                                 % (ls, ls.ndims, gs, gs.ndims))
            if not ls.is_compatible_with(TensorShape(gs.as_list()[:-1])):
                raise ValueError("`labels.shape` must equal `logits.shape` except for the last "
                                 "dimension. Received: labels.shape=%s and logits.shape=%s" % (ls, gs))
        # TF's graph: the labels' shape first (a Const when static), then, unless the shapes
        # are static, a run-time check that labels.shape == logits.shape[:-1] which the
        # flattening waits for.
        labels_shape = shape_of(labels)
        static = ls.is_fully_defined() and gs.ndims is not None and \
            TensorShape(gs.as_list()[:-1]).is_fully_defined()
        if gs.ndims == 2:  # the op itself is named `name` inside the scope ("xe/xe"), as in TF
            return op("SparseSoftmaxCrossEntropyWithLogits", [logits, labels], name=name)[0]
        from tensorweave.ops import array_ops, check_ops

        checks = [] if static else [check_ops.assert_equal(
            array_ops.shape(labels), array_ops.shape(logits)[:-1])]
        with ops_control_dependencies(checks):
            logits_shape = array_ops.shape(logits)
            classes = logits_shape[array_ops.rank(logits) - 1]
            flat_logits = array_ops.reshape(logits, [-1, classes])
            flat_labels = array_ops.reshape(labels, [-1])
            cost = op("SparseSoftmaxCrossEntropyWithLogits", [flat_logits, flat_labels], name=name)[0]
            out = array_ops.reshape(cost, labels_shape)
            out.set_shape(ls)
            return out


# ================================================================= in_top_k


@register_op("InTopKV2", inputs=["predictions: float", "targets: T", "k: T"],
             outputs=["precision: bool"], attrs=["T: {int32, int64} = DT_INT32"])
class InTopKV2(OpDef):
    def shape(self, predictions, targets, k):
        ps, ts = predictions.shape, targets.shape
        if ps.ndims is not None and ps.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % ps.ndims)
        if ts.ndims is not None and ts.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % ts.ndims)
        if k.shape.ndims not in (None, 0):
            raise ValueError("Shape must be rank 0 but is rank %d" % k.shape.ndims)
        a = ps.as_list()[0] if ps.ndims is not None else None
        b = ts.as_list()[0] if ts.ndims is not None else None
        if a is not None and b is not None and a != b:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (a, b))
        return TensorShape([a if a is not None else b])

    def kernel(self, predictions, targets, k):
        n, c = predictions.shape
        if targets.shape != (n,):
            raise errors.InvalidArgumentError(
                None, None, "First dimension of predictions %d must match length of targets %d"
                % (n, targets.shape[0]))
        valid = (targets >= 0) & (targets < c)
        safe = np.where(valid, targets, 0)
        target_pred = predictions[np.arange(n), safe]
        finite = np.all(np.isfinite(predictions), axis=1)
        greater = np.sum(predictions > target_pred[:, None], axis=1)
        return valid & finite & (greater < int(k))

    grad = None


@tf_export("nn.in_top_k", "math.in_top_k")
def in_top_k(predictions, targets, k, name=None):
    with name_scope(name, "in_top_k"):
        return op("InTopKV2", [predictions, targets, k], name=name)


# ====================================================== the rest of the family
# isort: off
from tensorweave.ops import conv_ops  # noqa: E402,F401  (Conv2D & co)
from tensorweave.ops import pooling_ops  # noqa: E402,F401  (MaxPool & co)
from tensorweave.ops import nn_impl  # noqa: E402,F401  (dropout, batch norm, ...)
# isort: on
