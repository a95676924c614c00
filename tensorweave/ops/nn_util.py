"""Helpers shared by the nn op families: graph shorthands, argument normalisation
(strides/ksize sequences, paddings, data formats) and window geometry.

Composites here use other families' ops by TF op type through `apply_op`, so this module
imports nothing from math_ops/array_ops (they are written in parallel and may import us).
"""

import numpy as np

from tensorweave.framework import dtypes, errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.tensor_shape import TensorShape

# ------------------------------------------------------------- graph helpers


def op(op_type, inputs, attrs=None, name=None):
    """apply_op with a fresh attrs dict (apply_op fills it in place)."""
    return apply_op(op_type, list(inputs), dict(attrs) if attrs else {}, name=name)


def to_tensor(value, name=None, dtype=None, preferred_dtype=None):
    return _ops.convert_to_tensor(value, dtype=dtype, name=name, preferred_dtype=preferred_dtype)


def const(value, dtype=None, name="Const"):
    from tensorweave.ops.constant_op import constant

    return constant(value, dtype=dtype, name=name)


def shape_of(t, name="Shape", out_type=dtypes.int32):
    """The shape of `t` as an int tensor: a Const when static, else a Shape op."""
    s = t.shape
    if s.is_fully_defined():
        return const(np.array(s.as_list(), out_type.as_numpy_dtype), name=name)
    return op("Shape", [t], {"out_type": out_type}, name=name)


def is_zero_tensor(t):
    """True for None or a tensor statically known to be all zeros (skippable gradients)."""
    if t is None:
        return True
    if t.op.type in ("ZerosLike",):
        return True
    from tensorweave.framework.tensor_util import constant_value

    v = constant_value(t)
    return v is not None and not np.any(v)


def static_dims(t):
    """List of static dims (None where unknown), or None for unknown rank."""
    s = t.shape
    return None if s.ndims is None else s.as_list()


# ---------------------------------------------------------- argument helpers


def get_sequence(value, n, channel_index, name):
    """TF's normalisation of strides/ksize/dilations to a list of n+2 ints."""
    if value is None:
        return [1] * (n + 2)
    if isinstance(value, (int, np.integer)):
        value = [int(value)]
    elif not isinstance(value, (list, tuple, np.ndarray)):
        raise TypeError("%s should be an int or a list of ints, got %r" % (name, value))
    value = [int(v) for v in value]
    length = len(value)
    if length == n + 2:
        return value
    if length == 1:
        value = value * n
    elif length != n:
        raise ValueError("%s should be of length 1, %d or %d. Received: %s=%s of length %d"
                         % (name, n, n + 2, name, value, length))
    if channel_index == 1:
        return [1, 1] + value
    return [1] + value + [1]


def convert_padding(padding, expected_length=4, check_negative=True):
    """Returns (padding string, flat explicit_paddings list) like TF's convert_padding."""
    explicit = []
    if isinstance(padding, (list, tuple)):
        pairs = [list(p) for p in padding]
        if len(pairs) != expected_length or any(len(p) != 2 for p in pairs):
            raise ValueError("When padding is a list, it must be of length %d and each element a "
                             "pair, got %r" % (expected_length, padding))
        explicit = [int(v) for p in pairs for v in p]
        if check_negative and any(v < 0 for v in explicit):
            raise ValueError("All elements of explicit_paddings must be nonnegative, got %r"
                             % (padding,))
        padding = "EXPLICIT"
    elif isinstance(padding, bytes):
        padding = padding.decode()
    return padding, explicit


def channel_index_of(data_format):
    return 1 if data_format is not None and data_format.startswith("NC") else -1


def check_no_batch_channel_padding(explicit, data_format, n_spatial):
    if not explicit:
        return
    pairs = [explicit[i:i + 2] for i in range(0, len(explicit), 2)]
    outer = (0, 1) if data_format.startswith("NC") else (0, len(pairs) - 1)
    for i in outer:
        if pairs[i] != [0, 0]:
            raise ValueError("Padding in the batch and depth dimensions must be zero, got %r"
                             % (pairs,))


# ----------------------------------------------------------- window geometry


def spatial_positions(rank, data_format):
    """Indices of the spatial dims for a rank-`rank` tensor in `data_format`."""
    if data_format.startswith("NC"):
        return list(range(2, rank))
    return list(range(1, rank - 1))


def window_output_size(size, k, stride, dilation, padding, pad_pair=(0, 0)):
    """(output size, pad_before, pad_after) of one spatial dim; size may be None."""
    eff = (k - 1) * dilation + 1
    if padding == "VALID":
        if size is None:
            return None, 0, 0
        if size < eff:
            raise ValueError("Negative dimension size caused by subtracting %d from %d" % (eff, size))
        return (size - eff) // stride + 1, 0, 0
    if padding == "SAME":
        if size is None:
            return None, None, None
        out = -(-size // stride)
        total = max((out - 1) * stride + eff - size, 0)
        return out, total // 2, total - total // 2
    # EXPLICIT
    before, after = pad_pair
    if size is None:
        return None, before, after
    padded = size + before + after
    if padded < eff:
        raise ValueError("Negative dimension size caused by subtracting %d from %d" % (eff, padded))
    return (padded - eff) // stride + 1, before, after


def explicit_pairs(explicit, positions):
    if not explicit:
        return [(0, 0)] * len(positions)
    return [(explicit[2 * p], explicit[2 * p + 1]) for p in positions]


def windowed_shape(x_shape, ksizes, strides, dilations, padding, explicit, data_format,
                   out_channels=None):
    """Static output shape of a conv/pool with NHWC-style attrs (full-rank lists)."""
    if x_shape.ndims is None:
        return TensorShape(None)
    dims = x_shape.as_list()
    rank = len(dims)
    positions = spatial_positions(rank, data_format)
    pairs = explicit_pairs(explicit, positions)
    out = list(dims)
    for p, pair in zip(positions, pairs):
        out[p] = window_output_size(dims[p], ksizes[p], strides[p], dilations[p], padding, pair)[0]
    if out_channels is not None:
        out[1 if data_format.startswith("NC") else rank - 1] = out_channels
    return TensorShape(out)


def runtime_geometry(spatial_sizes, ksizes, strides, dilations, padding, pairs):
    """Per spatial dim (out, before, after) for concrete sizes; InvalidArgument on bad sizes."""
    geo = []
    for size, k, s, d, pair in zip(spatial_sizes, ksizes, strides, dilations, pairs):
        try:
            geo.append(window_output_size(size, k, s, d, padding, pair))
        except ValueError as err:
            # NOTE: unlike the static check, TF's kernels compute (size - window + stride) / stride
            # in C++ (truncating) and fail only when that is negative: a window one stride
            # wider than the input gives an empty output.
            before, after = pair if padding == "EXPLICIT" else (0, 0)
            span = size + before + after - ((k - 1) * d + 1) + s
            if span < 0 and -span >= s:
                raise errors.InvalidArgumentError(None, None, str(err)) from None
            geo.append((0, before, after))
    return geo


def to_channels_last(x, data_format):
    if data_format.startswith("NC"):
        return np.moveaxis(x, 1, -1)
    return x


def from_channels_last(x, data_format):
    if data_format.startswith("NC"):
        return np.moveaxis(x, -1, 1)
    return x


def spatial_list(values, data_format):
    """The spatial entries of a full-rank attr list (strides, ksize, dilations)."""
    if data_format.startswith("NC"):
        return list(values[2:])
    return list(values[1:-1])


def float_attr(value):
    """TF stores float attrs as float32."""
    return float(np.float32(value))
