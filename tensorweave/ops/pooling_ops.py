"""Pooling: MaxPool, AvgPool (2-D) and MaxPool3D, AvgPool3D, with their gradient ops, and
the wrappers max_pool*, avg_pool* (1-D pooling is 2-D pooling on an expanded input).

One channels-last N-d implementation serves all: a window is visited one tap at a time,
each tap a strided slice of the (padded) input, so the work is kh*kw vectorised passes.
"""

import itertools

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.nn_util import (
    check_no_batch_channel_padding,
    const,
    convert_padding,
    explicit_pairs,
    from_channels_last,
    get_sequence,
    op,
    runtime_geometry,
    shape_of,
    spatial_list,
    spatial_positions,
    to_channels_last,
    to_tensor,
    window_output_size,
    windowed_shape,
)


class _Pool:
    """Concrete geometry of one pooling call on a channels-last array."""

    __slots__ = ("after", "before", "ksize", "out", "sizes", "strides")

    def __init__(self, cl_shape, ksize, strides, padding, explicit, data_format):
        rank = len(cl_shape)
        if len(ksize) != rank or len(strides) != rank:
            raise errors.InvalidArgumentError(
                None, None, "Sliding window ksize and strides must have %d elements" % rank)
        if min(ksize) < 1 or min(strides) < 1:
            raise errors.InvalidArgumentError(
                None, None, "Sliding window ksize and strides must be positive, got ksize %s, "
                "strides %s" % (list(ksize), list(strides)))
        cax = 1 if data_format.startswith("NC") else -1
        batch_chan = (ksize[0], ksize[cax])
        if ksize[0] != 1 or strides[0] != 1:
            raise errors.UnimplementedError(
                None, None, "Pooling is not yet supported on the batch dimension.")
        if batch_chan != (1, 1) or strides[0] != 1 or (rank == 5 and strides[cax] != 1):
            raise errors.UnimplementedError(
                None, None, "Pooling is not yet supported on the batch nor depth dimensions.")
        self.sizes = list(cl_shape[1:-1])
        self.ksize = spatial_list(ksize, data_format)
        self.strides = spatial_list(strides, data_format)
        pairs = explicit_pairs(explicit, spatial_positions(rank, data_format))
        geo = runtime_geometry(self.sizes, self.ksize, self.strides, [1] * len(self.sizes),
                               padding, pairs)
        self.out = [g[0] for g in geo]
        self.before = [g[1] for g in geo]
        self.after = [g[2] for g in geo]

    @property
    def needs_padding(self):
        return any(self.before) or any(self.after)

    def padded(self, x, value):
        if not self.needs_padding:
            return x
        pads = [(0, 0)] + list(zip(self.before, self.after)) + [(0, 0)]
        return np.pad(x, pads, constant_values=value)

    def crop(self, xp):
        if not self.needs_padding:
            return xp
        return xp[(slice(None),) + tuple(slice(b, b + s) for b, s in zip(self.before, self.sizes))]

    def taps(self):
        """Index tuples, one per window tap, selecting the input elements that tap reads."""
        for offset in itertools.product(*[range(k) for k in self.ksize]):
            yield (slice(None),) + tuple(
                slice(o, o + (n - 1) * s + 1, s) for o, n, s in zip(offset, self.out, self.strides))

    def counts(self, dtype):
        """Number of real (unpadded) elements in each window, broadcastable to the output."""
        total = None
        for axis, (n, k, s, b, size) in enumerate(zip(self.out, self.ksize, self.strides,
                                                      self.before, self.sizes)):
            start = np.arange(n) * s - b
            c = np.minimum(start + k, size) - np.maximum(start, 0)
            shape = [1] * (len(self.out) + 2)
            shape[axis + 1] = n
            c = c.reshape(shape)
            total = c if total is None else total * c
        return total.astype(dtype)


def _lowest(dtype):
    if np.issubdtype(dtype, np.floating):
        return -np.inf
    return np.iinfo(dtype).min


def _depth_max_pool(x, ksize, strides, data_format):
    """MaxPool across channels only (TF's CPU kernel: NHWC, window == stride, dividing depth)."""
    k = ksize[-1]
    if ksize[0] != 1 or strides[0] != 1:
        raise errors.UnimplementedError(
            None, None, "Pooling is not yet supported on the batch dimension.")
    if any(v != 1 for v in list(ksize[1:3]) + list(strides[1:3])):
        raise errors.UnimplementedError(
            None, None, "MaxPooling supports exactly one of pooling across depth or pooling "
            "across width/height.")
    if strides[-1] != k:
        raise errors.UnimplementedError(
            None, None, "Depthwise max pooling requires the depth window to equal the depth "
            "stride.")
    if x.shape[-1] % k:
        raise errors.UnimplementedError(
            None, None, "Depthwise max pooling requires the depth window to evenly divide the "
            "input depth.")
    if data_format != "NHWC":
        raise errors.InvalidArgumentError(
            None, None, "Depthwise max pooling is only supported for NHWC on CPU.")
    return x.reshape(x.shape[:-1] + (x.shape[-1] // k, k)).max(axis=-1)


def _max_pool(x, ksize, strides, padding, explicit, data_format):
    if len(ksize) == 4 and x.ndim == 4 and ksize[1 if data_format.startswith("NC") else -1] > 1:
        return _depth_max_pool(x, ksize, strides, data_format)
    x = to_channels_last(x, data_format)
    g = _Pool(x.shape, ksize, strides, padding, explicit, data_format)
    xp = g.padded(x, _lowest(x.dtype)) if g.needs_padding else x
    taps = g.taps()
    first = xp[next(taps)]
    second = next(taps, None)
    # The first two taps make the new array: one pass fewer than copying the first.
    out = first.copy() if second is None else np.maximum(first, xp[second])
    for tap in taps:
        np.maximum(out, xp[tap], out=out)
    return from_channels_last(out, data_format)


def _avg_pool(x, ksize, strides, padding, data_format):
    x = to_channels_last(x, data_format)
    g = _Pool(x.shape, ksize, strides, padding, [], data_format)
    xp = g.padded(x, 0)
    out = None
    for tap in g.taps():
        if out is None:
            out = xp[tap].copy()
        else:
            out += xp[tap]
    if g.needs_padding:
        out /= g.counts(x.dtype)
    else:
        out /= x.dtype.type(np.prod(g.ksize))
    return from_channels_last(out, data_format)


def _argmax_taps(xp, y, g):
    """[(tap, mask)]: mask marks the outputs whose window maximum is first met at `tap`.

    Like TF, a window's gradient goes to its first maximum in row-major order. Ties are
    rare, so the masks are first taken as plain equality and only deduplicated when some
    window matched more than once.
    """
    taps = list(g.taps())
    hits = [xp[tap] == y for tap in taps]
    if sum(int(np.count_nonzero(h)) for h in hits) != y.size:
        taken = np.zeros(y.shape, bool)
        for h in hits:
            h &= ~taken
            taken |= h
    return list(zip(taps, hits))


def _max_pool_grad(x, y, grad, ksize, strides, padding, explicit, data_format):
    x = to_channels_last(x, data_format)
    y = to_channels_last(y, data_format)
    grad = to_channels_last(grad, data_format)
    g = _Pool(x.shape, ksize, strides, padding, explicit, data_format)
    xp = g.padded(x, _lowest(x.dtype))
    dxp = np.zeros(xp.shape, grad.dtype)
    # Disjoint windows (stride >= ksize) write each input at most once: no accumulation.
    disjoint = all(s >= k for s, k in zip(g.strides, g.ksize))
    for tap, hit in _argmax_taps(xp, y, g):
        if disjoint:
            np.multiply(hit, grad, out=dxp[tap])
        else:
            dxp[tap] += hit * grad
    return np.ascontiguousarray(from_channels_last(g.crop(dxp), data_format))


def _max_pool_grad_grad(x, y, grad, ksize, strides, padding, explicit, data_format):
    x = to_channels_last(x, data_format)
    y = to_channels_last(y, data_format)
    grad = to_channels_last(grad, data_format)
    g = _Pool(x.shape, ksize, strides, padding, explicit, data_format)
    xp = g.padded(x, _lowest(x.dtype))
    gp = g.padded(grad, 0)
    out = np.zeros(y.shape, grad.dtype)
    for tap, hit in _argmax_taps(xp, y, g):
        out = np.where(hit, gp[tap], out)
    return np.ascontiguousarray(from_channels_last(out, data_format))


def _avg_pool_grad(in_shape, grad, ksize, strides, padding, data_format):
    in_shape = [int(v) for v in in_shape]
    if data_format.startswith("NC"):
        in_shape = [in_shape[0]] + in_shape[2:] + [in_shape[1]]
    grad = to_channels_last(grad, data_format)
    g = _Pool(in_shape, ksize, strides, padding, [], data_format)
    if list(grad.shape[1:-1]) != g.out:
        raise errors.InvalidArgumentError(
            None, None, "AvgPoolGrad: grad shape %s does not match the pooled shape of %s"
            % (list(grad.shape), in_shape))
    scaled = grad / (g.counts(grad.dtype) if g.needs_padding else grad.dtype.type(np.prod(g.ksize)))
    padded_shape = [in_shape[0]] + [s + b + a for s, b, a in zip(g.sizes, g.before, g.after)] + \
        [in_shape[-1]]
    dxp = np.zeros(padded_shape, grad.dtype)
    for tap in g.taps():
        dxp[tap] += scaled
    return np.ascontiguousarray(from_channels_last(g.crop(dxp), data_format))


# ------------------------------------------------------------------ shapes


def _pool_shape(x, ksize, strides, padding, explicit, data_format, rank):
    if len(ksize) != rank or len(strides) != rank:
        raise ValueError("Pooling requires ksize and strides of length %d, got %d and %d"
                         % (rank, len(ksize), len(strides)))
    s = x.shape
    if s.ndims is not None and s.ndims != rank:
        raise ValueError("Shape must be rank %d but is rank %d" % (rank, s.ndims))
    if s.ndims is None:
        s = TensorShape([None] * rank)
    return windowed_shape(s, ksize, strides, [1] * rank, padding, explicit, data_format)


def _pool_attrs(op_):
    return {k: op_._attrs[k] for k in ("ksize", "strides", "padding", "explicit_paddings",
                                       "data_format") if k in op_._attrs}


_MAXPOOL_T = "T: {half, bfloat16, float, double, int32, int64, uint8, int16, int8, uint16} = DT_FLOAT"
_POOL2D = ["ksize: list(int) >= 4", "strides: list(int) >= 4"]
_POOL3D = ["ksize: list(int) >= 5", "strides: list(int) >= 5", "padding: {'SAME', 'VALID'}",
           "data_format: {'NDHWC', 'NCDHW'} = 'NDHWC'"]


def _unchanged_first(a, *rest):
    return a.shape


# ------------------------------------------------------------------ 2-D ops


@register_op("MaxPool", inputs=["input: T"], outputs=["output: T"],
             attrs=[_MAXPOOL_T] + _POOL2D + ["padding: {'SAME', 'VALID', 'EXPLICIT'}",
                                             "explicit_paddings: list(int) = []",
                                             "data_format: {'NHWC', 'NCHW', 'NCHW_VECT_C'} = 'NHWC'"])
class MaxPool(OpDef):
    def shape(self, input, *, ksize, strides, padding, explicit_paddings, data_format):
        out = _pool_shape(input, ksize, strides, padding, explicit_paddings, data_format, 4)
        if out.ndims is None or data_format != "NHWC":
            return out
        # NOTE: MaxPool's static shape also windows the depth (depth pooling), unlike AvgPool.
        dims = out.as_list()
        if dims[3] is not None:
            pad = "VALID" if padding == "EXPLICIT" else padding
            dims[3] = window_output_size(dims[3], ksize[3], strides[3], 1, pad)[0]
        return TensorShape(dims)

    def kernel(self, input, *, ksize, strides, padding, explicit_paddings, data_format):
        return _max_pool(input, ksize, strides, padding, explicit_paddings, data_format)

    def grad(self, op_, grad):
        return [op("MaxPoolGrad", [op_.inputs[0], op_.outputs[0], grad], _pool_attrs(op_))]


_MAXPOOL_GRAD_ATTRS = _POOL2D + ["padding: {'SAME', 'VALID', 'EXPLICIT'}",
                                 "explicit_paddings: list(int) = []",
                                 "data_format: {'NHWC', 'NCHW'} = 'NHWC'",
                                 "T: {realnumbertype} = DT_FLOAT"]


@register_op("MaxPoolGrad", inputs=["orig_input: T", "orig_output: T", "grad: T"],
             outputs=["output: T"], attrs=_MAXPOOL_GRAD_ATTRS)
class MaxPoolGrad(OpDef):
    shape = staticmethod(_unchanged_first)

    def kernel(self, orig_input, orig_output, grad, *, ksize, strides, padding, explicit_paddings,
               data_format):
        return _max_pool_grad(orig_input, orig_output, grad, ksize, strides, padding,
                              explicit_paddings, data_format)

    def grad(self, op_, grad):
        x, y, _ = op_.inputs
        attrs = _pool_attrs(op_)
        attrs.pop("explicit_paddings", None)  # TF's MaxPoolGradGrad has no explicit paddings
        return [op("ZerosLike", [x]), op("ZerosLike", [y]),
                op("MaxPoolGradGrad", [x, y, grad], attrs)]


@register_op("MaxPoolGradGrad", inputs=["orig_input: T", "orig_output: T", "grad: T"],
             outputs=["output: T"],
             attrs=_POOL2D + ["padding: {'SAME', 'VALID'}", "data_format: {'NHWC', 'NCHW'} = 'NHWC'",
                              "T: {realnumbertype} = DT_FLOAT"])  # (TF's: no explicit paddings)
class MaxPoolGradGrad(OpDef):
    def shape(self, orig_input, orig_output, grad):
        return orig_output.shape

    def kernel(self, orig_input, orig_output, grad, *, ksize, strides, padding, data_format):
        return _max_pool_grad_grad(orig_input, orig_output, grad, ksize, strides, padding, (),
                                   data_format)

    def grad(self, op_, grad):
        x, y, _ = op_.inputs
        return [op("ZerosLike", [x]), op("ZerosLike", [y]),
                op("MaxPoolGrad", [x, y, grad], _pool_attrs(op_))]


@register_op("AvgPool", inputs=["value: T"], outputs=["output: T"],
             attrs=_POOL2D + ["padding: {'SAME', 'VALID'}", "data_format: {'NHWC', 'NCHW'} = 'NHWC'",
                              "T: {half, bfloat16, float, double}"])
class AvgPool(OpDef):
    def shape(self, value, *, ksize, strides, padding, data_format):
        return _pool_shape(value, ksize, strides, padding, [], data_format, 4)

    def kernel(self, value, *, ksize, strides, padding, data_format):
        return _avg_pool(value, ksize, strides, padding, data_format)

    def grad(self, op_, grad):
        return [op("AvgPoolGrad", [shape_of(op_.inputs[0]), grad], _pool_attrs(op_))]


@register_op("AvgPoolGrad", inputs=["orig_input_shape: int32", "grad: T"], outputs=["output: T"],
             attrs=_POOL2D + ["padding: {'SAME', 'VALID'}", "data_format: {'NHWC', 'NCHW'} = 'NHWC'",
                              "T: {half, bfloat16, float, double}"])
class AvgPoolGrad(OpDef):
    def shape(self, orig_input_shape, grad):
        from tensorweave.framework.tensor_util import constant_value_as_shape

        return constant_value_as_shape(orig_input_shape)

    def kernel(self, orig_input_shape, grad, *, ksize, strides, padding, data_format):
        return _avg_pool_grad(orig_input_shape, grad, ksize, strides, padding, data_format)

    def grad(self, op_, grad):
        return [None, op("AvgPool", [grad], _pool_attrs(op_))]


# ------------------------------------------------------------------ 3-D ops


@register_op("MaxPool3D", inputs=["input: T"], outputs=["output: T"],
             attrs=_POOL3D + ["T: {half, bfloat16, float}"])
class MaxPool3D(OpDef):
    def shape(self, input, *, ksize, strides, padding, data_format):
        return _pool_shape(input, ksize, strides, padding, [], data_format, 5)

    def kernel(self, input, *, ksize, strides, padding, data_format):
        return _max_pool(input, ksize, strides, padding, [], data_format)

    def grad(self, op_, grad):
        return [op("MaxPool3DGrad", [op_.inputs[0], op_.outputs[0], grad], _pool_attrs(op_))]


@register_op("MaxPool3DGrad", inputs=["orig_input: TInput", "orig_output: TInput", "grad: T"],
             outputs=["output: T"],
             attrs=_POOL3D + ["T: {half, bfloat16, float} = DT_FLOAT",
                              "TInput: {half, bfloat16, float} = DT_FLOAT"])
class MaxPool3DGrad(OpDef):
    shape = staticmethod(_unchanged_first)

    def kernel(self, orig_input, orig_output, grad, *, ksize, strides, padding, data_format):
        return _max_pool_grad(orig_input, orig_output, grad, ksize, strides, padding, [],
                              data_format)

    def grad(self, op_, grad):
        x, y, _ = op_.inputs
        return [op("ZerosLike", [x]), op("ZerosLike", [y]),
                op("MaxPool3DGradGrad", [x, y, grad], _pool_attrs(op_))]


@register_op("MaxPool3DGradGrad", inputs=["orig_input: T", "orig_output: T", "grad: T"],
             outputs=["output: T"], attrs=_POOL3D + ["T: {realnumbertype}"])
class MaxPool3DGradGrad(OpDef):
    def shape(self, orig_input, orig_output, grad):
        return orig_output.shape

    def kernel(self, orig_input, orig_output, grad, *, ksize, strides, padding, data_format):
        return _max_pool_grad_grad(orig_input, orig_output, grad, ksize, strides, padding, [],
                                   data_format)

    def grad(self, op_, grad):
        x, y, _ = op_.inputs
        return [op("ZerosLike", [x]), op("ZerosLike", [y]),
                op("MaxPool3DGrad", [x, y, grad], _pool_attrs(op_))]


@register_op("AvgPool3D", inputs=["input: T"], outputs=["output: T"],
             attrs=_POOL3D + ["T: {half, bfloat16, float, double}"])
class AvgPool3D(OpDef):
    def shape(self, input, *, ksize, strides, padding, data_format):
        return _pool_shape(input, ksize, strides, padding, [], data_format, 5)

    def kernel(self, input, *, ksize, strides, padding, data_format):
        return _avg_pool(input, ksize, strides, padding, data_format)

    def grad(self, op_, grad):
        return [op("AvgPool3DGrad", [shape_of(op_.inputs[0]), grad], _pool_attrs(op_))]


@register_op("AvgPool3DGrad", inputs=["orig_input_shape: int32", "grad: T"], outputs=["output: T"],
             attrs=_POOL3D + ["T: {half, bfloat16, float, double}"])
class AvgPool3DGrad(OpDef):
    def shape(self, orig_input_shape, grad):
        from tensorweave.framework.tensor_util import constant_value_as_shape

        return constant_value_as_shape(orig_input_shape)

    def kernel(self, orig_input_shape, grad, *, ksize, strides, padding, data_format):
        return _avg_pool_grad(orig_input_shape, grad, ksize, strides, padding, data_format)

    def grad(self, op_, grad):
        return [None, op("AvgPool3D", [grad], _pool_attrs(op_))]


# ------------------------------------------------------------------ wrappers


def _pool_args(ksize, strides, padding, data_format, n, allow_explicit, check_zero=False):
    cidx = 1 if data_format.startswith("NC") else n + 1
    ksize = get_sequence(ksize, n, cidx, "ksize")
    strides = get_sequence(strides, n, cidx, "strides")
    # NOTE: only tf.nn.max_pool (v1) rejects zero windows in Python; the other wrappers build
    # and the kernel fails at run time.
    if check_zero and any(v == 0 for v in ksize):
        raise ValueError("`ksize` cannot be zero. Received: ksize=%s" % ksize)
    if any(v == 0 for v in strides):
        raise ValueError("`strides` cannot be zero. Received: strides=%s" % strides)
    padding, explicit = convert_padding(padding, n + 2)
    attrs = {"ksize": ksize, "strides": strides, "padding": padding, "data_format": data_format}
    if explicit:
        if not allow_explicit:
            raise ValueError("Explicit padding is not supported for this pooling op")
        check_no_batch_channel_padding(explicit, data_format, n)
    if allow_explicit:
        attrs["explicit_paddings"] = explicit
    return attrs


def _pool2d(op_type, default_name, value, ksize, strides, padding, data_format, name,
            check_zero=False):
    with name_scope(name, default_name, [value]) as scope:
        value = to_tensor(value, name="input")
        data_format = data_format or "NHWC"
        attrs = _pool_args(ksize, strides, padding, data_format, 2, op_type == "MaxPool",
                           check_zero)
        return op(op_type, [value], attrs, name=scope)


@tf_export("nn.max_pool")
def max_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    return _pool2d("MaxPool", "MaxPool", input if value is None else value, ksize, strides,
                   padding, data_format, name, check_zero=True)


@tf_export("nn.max_pool2d")
def max_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    return _pool2d("MaxPool", "MaxPool2d", input, ksize, strides, padding, data_format, name)


@tf_export("nn.avg_pool")
def avg_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    return _pool2d("AvgPool", "AvgPool", input if value is None else value, ksize, strides,
                   padding, data_format, name)


@tf_export("nn.avg_pool2d")
def avg_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    return _pool2d("AvgPool", "AvgPool", input, ksize, strides, padding, data_format, name)


def _pool1d(op_type, default_name, value, ksize, strides, padding, data_format, name):
    with name_scope(name, default_name, [value]) as scope:
        value = to_tensor(value, name="input")
        if data_format in (None, "NWC"):
            fmt, dim, cidx = "NHWC", 1, 2
        elif data_format == "NCW":
            fmt, dim, cidx = "NCHW", 2, 1
        else:
            raise ValueError("`data_format` must be 'NWC' or 'NCW'. Received: data_format=%s"
                             % data_format)
        ksize = [1] + get_sequence(ksize, 1, cidx, "ksize")
        strides = [1] + get_sequence(strides, 1, cidx, "strides")
        attrs = _pool_args(ksize, strides, padding, fmt, 2, op_type == "MaxPool")
        expanded = op("ExpandDims", [value, const(np.array(dim, np.int32), name="dim")],
                      name="ExpandDims")
        result = op(op_type, [expanded], attrs, name=scope)
        return op("Squeeze", [result], {"squeeze_dims": [dim]}, name="Squeeze")


@tf_export("nn.max_pool1d")
def max_pool1d(input, ksize, strides, padding, data_format="NWC", name=None):
    return _pool1d("MaxPool", "MaxPool1d", input, ksize, strides, padding, data_format, name)


@tf_export("nn.avg_pool1d")
def avg_pool1d(value, ksize, strides, padding, data_format="NWC", name=None):
    return _pool1d("AvgPool", "AvgPool1D", value, ksize, strides, padding, data_format, name)


def _pool3d(op_type, default_name, value, ksize, strides, padding, data_format, name):
    with name_scope(name, default_name, [value]) as scope:
        value = to_tensor(value, name="input")
        data_format = data_format or "NDHWC"
        attrs = _pool_args(ksize, strides, padding, data_format, 3, False)
        return op(op_type, [value], attrs, name=scope)


@tf_export("nn.max_pool3d")
def max_pool3d(input, ksize, strides, padding, data_format="NDHWC", name=None):
    return _pool3d("MaxPool3D", "MaxPool3D", input, ksize, strides, padding, data_format, name)


@tf_export("nn.avg_pool3d")
def avg_pool3d(input, ksize, strides, padding, data_format="NDHWC", name=None):
    return _pool3d("AvgPool3D", "AvgPool3D", input, ksize, strides, padding, data_format, name)


def _dispatch_by_rank(input, data_format, fns):
    input = to_tensor(input, name="input")
    if input.shape.ndims is not None:
        n = input.shape.ndims - 2
    elif data_format is not None:
        n = len(data_format) - 2
    else:
        raise ValueError("The input must have a rank or a data format must be given.")
    if n not in fns:
        raise ValueError("`input.shape.rank` must be 3, 4 or 5. Received: input.shape=%s"
                         % input.shape)
    return input, fns[n]


@tf_export("nn.max_pool_v2")
def max_pool_v2(input, ksize, strides, padding, data_format=None, name=None):
    input, fn = _dispatch_by_rank(input, data_format, {1: max_pool1d, 2: max_pool2d, 3: max_pool3d})
    if data_format is None:
        return fn(input, ksize, strides, padding, name=name)
    return fn(input, ksize, strides, padding, data_format=data_format, name=name)


@tf_export("nn.avg_pool_v2")
def avg_pool_v2(input, ksize, strides, padding, data_format=None, name=None):
    input, fn = _dispatch_by_rank(input, data_format, {1: avg_pool1d, 2: avg_pool2d, 3: avg_pool3d})
    if data_format is None:
        return fn(input, ksize, strides, padding, name=name)
    return fn(input, ksize, strides, padding, data_format=data_format, name=name)
