"""tf.quantization: fake quantization (FakeQuantWithMinMax{Args,Vars,VarsPerChannel} and their
gradient ops), QuantizeV2 / Dequantize, QuantizeAndDequantize{V2,V3,V4} and QuantizedConcat.

Fake quantization snaps float values onto the 2**num_bits (or one fewer, narrow_range) levels
of [min, max] after "nudging" the range so that 0.0 is exactly one of the levels; the gradient
passes through for inputs inside the nudged range (and flows to min / max for the inputs
clamped below / above it). Arithmetic is float32 throughout, as in TF's kernels, so that
results agree bit for bit.

Quantized tensors (quint8, qint8, qint16, quint16, qint32) are NumPy one-field structured arrays
(see framework/dtypes.py); the kernels work on the storage integers and view the result back.
"""

import collections

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape, unknown_shape

_F32 = np.float32
_QUANTIZED = "{qint8, quint8, qint32, qint16, quint16}"
_MODES = "{'MIN_COMBINED', 'MIN_FIRST', 'SCALED'}"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _storage(x):
    """The integer storage of a quantized array (a structured one-field view)."""
    x = np.asarray(x)
    if x.dtype.names:
        return x.view(x.dtype[0])
    return x


def _as_quantized(values, dtype):
    np_dtype = np.dtype(dtype.as_numpy_dtype)
    return np.ascontiguousarray(values.astype(np_dtype[0])).view(np_dtype)


def _int_limits(dtype):
    info = np.iinfo(np.dtype(dtype.as_numpy_dtype)[0])
    return int(info.min), int(info.max)


# --------------------------------------------------------------------- fake quantization
def _check_bits(num_bits, type_name):
    if not 2 <= num_bits <= 16:
        raise _invalid("%s: num_bits must be between 2 and 16, inclusive" % type_name)


def _nudge(min_val, max_val, num_bits, narrow_range):
    """(nudged_min, nudged_max, scale) as float32 arrays (broadcasting min / max): the range
    moved so that its zero point is an integer level."""
    quant_min = _F32(1 if narrow_range else 0)
    quant_max = _F32((1 << num_bits) - 1)
    min_val = np.asarray(min_val, _F32)
    max_val = np.asarray(max_val, _F32)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = ((max_val - min_val) / (quant_max - quant_min)).astype(_F32)
        zero_from_min = (quant_min - min_val / scale).astype(_F32)
    # std::round: halves away from zero (the zero point is >= 0 where it is not clamped)
    rounded = np.floor(np.abs(zero_from_min) + _F32(0.5)) * np.sign(zero_from_min)
    zero = np.where(zero_from_min < quant_min, quant_min,
                    np.where(zero_from_min > quant_max, quant_max, rounded)).astype(_F32)
    return ((quant_min - zero) * scale).astype(_F32), ((quant_max - zero) * scale).astype(_F32), scale


def _fake_quant(x, nmin, nmax, scale):
    clamped = np.maximum(np.minimum(x, nmax), nmin).astype(_F32)  # TF's order (min > max)
    with np.errstate(divide="ignore", invalid="ignore"):
        levels = np.floor((clamped - nmin) / scale + _F32(0.5)).astype(_F32)
    return (levels * scale + nmin).astype(_F32)


def _fake_quant_vars(x, min_val, max_val, num_bits, narrow_range):
    nmin, nmax, scale = _nudge(min_val, max_val, num_bits, narrow_range)
    out = _fake_quant(x, nmin, nmax, scale)
    # min == max == 0 quantizes everything to 0 (TF's special case).
    both_zero = (np.asarray(min_val) == 0) & (np.asarray(max_val) == 0)
    return np.where(both_zero, _F32(0), out).astype(_F32)


@register_op("FakeQuantWithMinMaxArgs", inputs=["inputs: float"], outputs=["outputs: float"],
             attrs=["min: float = -6", "max: float = 6", "num_bits: int = 8",
                    "narrow_range: bool = false"])
class FakeQuantWithMinMaxArgs(OpDef):
    def shape(self, inputs):
        return inputs.shape

    def kernel(self, inputs, *, min, max, num_bits, narrow_range):
        _check_args(min, max, num_bits, "FakeQuantWithMinMaxArgs")
        nmin, nmax, scale = _nudge(min, max, num_bits, narrow_range)
        return _fake_quant(np.asarray(inputs, _F32), nmin, nmax, scale)

    def grad(self, op, grad):
        attrs = {k: op.get_attr(k) for k in ("min", "max", "num_bits", "narrow_range")}
        return [apply_op("FakeQuantWithMinMaxArgsGradient", [grad, op.inputs[0]], attrs)]


def _check_args(min_val, max_val, num_bits, type_name):
    if not min_val < max_val:
        raise _invalid("%s: min has to be smaller than max, was: %s >= %s"
                       % (type_name, min_val, max_val))
    _check_bits(num_bits, type_name)


@register_op("FakeQuantWithMinMaxArgsGradient", inputs=["gradients: float", "inputs: float"],
             outputs=["backprops: float"],
             attrs=["min: float = -6", "max: float = 6", "num_bits: int = 8",
                    "narrow_range: bool = false"])
class FakeQuantWithMinMaxArgsGradient(OpDef):
    def shape(self, gradients, inputs):
        return gradients.shape.merge_with(inputs.shape)

    def kernel(self, gradients, inputs, *, min, max, num_bits, narrow_range):
        _check_args(min, max, num_bits, "FakeQuantWithMinMaxArgsGradient")
        if np.shape(gradients) != np.shape(inputs):
            raise _invalid("gradients and inputs must be the same size: %s vs %s"
                           % (list(np.shape(gradients)), list(np.shape(inputs))))
        nmin, nmax, _ = _nudge(min, max, num_bits, narrow_range)
        inside = (inputs >= nmin) & (inputs <= nmax)
        return np.where(inside, gradients, _F32(0)).astype(_F32)

    grad = None


def _check_min_max(min_val, max_val, rank, type_name):
    for name, v in (("min", min_val), ("max", max_val)):
        if np.ndim(v) != rank:
            raise _invalid("%s: `%s` must be rank %d but is rank %d"
                           % (type_name, name, rank, np.ndim(v)))


def _scalar_shape_check(t, what):
    if t.shape.ndims is not None and t.shape.ndims != 0:
        raise ValueError("Shape must be rank 0 but is rank %d for '%s'" % (t.shape.ndims, what))


@register_op("FakeQuantWithMinMaxVars", inputs=["inputs: float", "min: float", "max: float"],
             outputs=["outputs: float"], attrs=["num_bits: int = 8", "narrow_range: bool = false"])
class FakeQuantWithMinMaxVars(OpDef):
    def shape(self, inputs, min, max):
        _scalar_shape_check(min, "min")
        _scalar_shape_check(max, "max")
        return inputs.shape

    def kernel(self, inputs, min, max, *, num_bits, narrow_range):
        _check_bits(num_bits, "FakeQuantWithMinMaxVars")
        _check_min_max(min, max, 0, "FakeQuantWithMinMaxVars")
        return _fake_quant_vars(np.asarray(inputs, _F32), min, max, num_bits, narrow_range)

    def grad(self, op, grad):
        attrs = {k: op.get_attr(k) for k in ("num_bits", "narrow_range")}
        return apply_op("FakeQuantWithMinMaxVarsGradient", [grad] + list(op.inputs), attrs)


def _vars_gradient(gradients, inputs, min_val, max_val, num_bits, narrow_range, axes):
    nmin, nmax, _ = _nudge(min_val, max_val, num_bits, narrow_range)
    inside = (inputs >= nmin) & (inputs <= nmax)
    zero = _F32(0)
    below = np.where(inputs < nmin, gradients, zero).sum(axis=axes, dtype=_F32)
    above = np.where(inputs > nmax, gradients, zero).sum(axis=axes, dtype=_F32)
    return [np.where(inside, gradients, zero).astype(_F32), below.astype(_F32), above.astype(_F32)]


@register_op("FakeQuantWithMinMaxVarsGradient",
             inputs=["gradients: float", "inputs: float", "min: float", "max: float"],
             outputs=["backprops_wrt_input: float", "backprop_wrt_min: float",
                      "backprop_wrt_max: float"],
             attrs=["num_bits: int = 8", "narrow_range: bool = false"])
class FakeQuantWithMinMaxVarsGradient(OpDef):
    def shape(self, gradients, inputs, min, max):
        _scalar_shape_check(min, "min")
        _scalar_shape_check(max, "max")
        return [gradients.shape.merge_with(inputs.shape), TensorShape([]), TensorShape([])]

    def kernel(self, gradients, inputs, min, max, *, num_bits, narrow_range):
        _check_bits(num_bits, "FakeQuantWithMinMaxVarsGradient")
        _check_min_max(min, max, 0, "FakeQuantWithMinMaxVarsGradient")
        if np.shape(gradients) != np.shape(inputs):
            raise _invalid("gradients and inputs must be the same size: %s vs %s"
                           % (list(np.shape(gradients)), list(np.shape(inputs))))
        return _vars_gradient(gradients, inputs, min, max, num_bits, narrow_range, None)

    grad = None


def _per_channel_shapes(inputs, min, max):
    depth = inputs.shape[-1] if inputs.shape.ndims else None
    for name, t in (("min", min), ("max", max)):
        if t.shape.ndims is not None and t.shape.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d for '%s'" % (t.shape.ndims, name))
        if t.shape.ndims == 1 and depth is not None and t.shape[0] is not None \
                and t.shape[0] != depth:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (depth, t.shape[0]))
    return TensorShape([depth]) if inputs.shape.ndims is not None else TensorShape([None])


def _check_per_channel(inputs, min_val, max_val, type_name):
    _check_min_max(min_val, max_val, 1, type_name)
    if np.ndim(inputs) < 1:
        raise _invalid("%s: inputs must be at least rank 1" % type_name)
    depth = np.shape(inputs)[-1]
    for name, v in (("min", min_val), ("max", max_val)):
        if np.shape(v)[0] != depth:
            raise _invalid("%s: `%s` must have the size of the last dimension of inputs (%d), "
                           "not %d" % (type_name, name, depth, np.shape(v)[0]))


@register_op("FakeQuantWithMinMaxVarsPerChannel",
             inputs=["inputs: float", "min: float", "max: float"], outputs=["outputs: float"],
             attrs=["num_bits: int = 8", "narrow_range: bool = false"])
class FakeQuantWithMinMaxVarsPerChannel(OpDef):
    def shape(self, inputs, min, max):
        _per_channel_shapes(inputs, min, max)
        return inputs.shape

    def kernel(self, inputs, min, max, *, num_bits, narrow_range):
        _check_bits(num_bits, "FakeQuantWithMinMaxVarsPerChannel")
        _check_per_channel(inputs, min, max, "FakeQuantWithMinMaxVarsPerChannel")
        return _fake_quant_vars(np.asarray(inputs, _F32), min, max, num_bits, narrow_range)

    def grad(self, op, grad):
        attrs = {k: op.get_attr(k) for k in ("num_bits", "narrow_range")}
        return apply_op("FakeQuantWithMinMaxVarsPerChannelGradient", [grad] + list(op.inputs),
                        attrs)


@register_op("FakeQuantWithMinMaxVarsPerChannelGradient",
             inputs=["gradients: float", "inputs: float", "min: float", "max: float"],
             outputs=["backprops_wrt_input: float", "backprop_wrt_min: float",
                      "backprop_wrt_max: float"],
             attrs=["num_bits: int = 8", "narrow_range: bool = false"])
class FakeQuantWithMinMaxVarsPerChannelGradient(OpDef):
    def shape(self, gradients, inputs, min, max):
        depth = _per_channel_shapes(inputs, min, max)
        return [gradients.shape.merge_with(inputs.shape), depth, depth]

    def kernel(self, gradients, inputs, min, max, *, num_bits, narrow_range):
        type_name = "FakeQuantWithMinMaxVarsPerChannelGradient"
        _check_bits(num_bits, type_name)
        _check_per_channel(inputs, min, max, type_name)
        if np.shape(gradients) != np.shape(inputs):
            raise _invalid("gradients and inputs must be the same size: %s vs %s"
                           % (list(np.shape(gradients)), list(np.shape(inputs))))
        axes = tuple(range(np.ndim(inputs) - 1))
        return _vars_gradient(gradients, inputs, min, max, num_bits, narrow_range, axes)

    grad = None


@tf_export("quantization.fake_quant_with_min_max_args", "fake_quant_with_min_max_args")
def fake_quant_with_min_max_args(inputs, min=-6, max=6, num_bits=8, narrow_range=False,
                                 name=None):
    """Fake-quantizes float32 `inputs` onto the levels of the (nudged) range [min, max]."""
    return apply_op("FakeQuantWithMinMaxArgs", [inputs],
                    {"min": float(np.float32(min)), "max": float(np.float32(max)), "num_bits": num_bits,
                     "narrow_range": narrow_range}, name=name)


@tf_export("quantization.fake_quant_with_min_max_args_gradient",
           "fake_quant_with_min_max_args_gradient")
def fake_quant_with_min_max_args_gradient(gradients, inputs, min=-6, max=6, num_bits=8,
                                          narrow_range=False, name=None):
    return apply_op("FakeQuantWithMinMaxArgsGradient", [gradients, inputs],
                    {"min": float(np.float32(min)), "max": float(np.float32(max)), "num_bits": num_bits,
                     "narrow_range": narrow_range}, name=name)


@tf_export("quantization.fake_quant_with_min_max_vars", "fake_quant_with_min_max_vars")
def fake_quant_with_min_max_vars(inputs, min, max, num_bits=8, narrow_range=False, name=None):
    """Fake-quantizes float32 `inputs` with scalar tensors `min` / `max` (trainable)."""
    return apply_op("FakeQuantWithMinMaxVars", [inputs, min, max],
                    {"num_bits": num_bits, "narrow_range": narrow_range}, name=name)


@tf_export("quantization.fake_quant_with_min_max_vars_gradient",
           "fake_quant_with_min_max_vars_gradient")
def fake_quant_with_min_max_vars_gradient(gradients, inputs, min, max, num_bits=8,
                                          narrow_range=False, name=None):
    return apply_op("FakeQuantWithMinMaxVarsGradient", [gradients, inputs, min, max],
                    {"num_bits": num_bits, "narrow_range": narrow_range}, name=name)


@tf_export("quantization.fake_quant_with_min_max_vars_per_channel",
           "fake_quant_with_min_max_vars_per_channel")
def fake_quant_with_min_max_vars_per_channel(inputs, min, max, num_bits=8, narrow_range=False,
                                             name=None):
    """Fake-quantizes float32 `inputs` with one [min, max] per entry of the last dimension."""
    return apply_op("FakeQuantWithMinMaxVarsPerChannel", [inputs, min, max],
                    {"num_bits": num_bits, "narrow_range": narrow_range}, name=name)


@tf_export("quantization.fake_quant_with_min_max_vars_per_channel_gradient",
           "fake_quant_with_min_max_vars_per_channel_gradient")
def fake_quant_with_min_max_vars_per_channel_gradient(gradients, inputs, min, max, num_bits=8,
                                                      narrow_range=False, name=None):
    return apply_op("FakeQuantWithMinMaxVarsPerChannelGradient", [gradients, inputs, min, max],
                    {"num_bits": num_bits, "narrow_range": narrow_range}, name=name)


# ----------------------------------------------------------------- QuantizeV2 / Dequantize
def _round_half_away(x):
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


# TF's MIN_FIRST float <-> integer mapping: 2**bits - 1 steps over [range_min, range_max], the
# range shifted so that range_min is a whole number of steps; float32 arithmetic throughout.
def _float_to_quantized_min_first(x, range_min, range_max, lo_q, hi_q):
    range_min, range_max = _F32(range_min), _F32(range_max)
    steps = float(hi_q - lo_q)
    scale = _F32(0.0 if range_max == range_min else steps / (float(range_max) - float(range_min)))
    min_scaled = _F32(_round_half_away(np.float64(range_min * scale)))
    clamped = np.minimum(np.maximum(np.asarray(x, _F32), range_min), range_max)
    q = (_round_half_away(clamped * scale).astype(_F32) - min_scaled + _F32(lo_q)).astype(_F32)
    q = np.clip(q, max(_F32(lo_q), _F32(-2.147483648e9)), min(_F32(hi_q), _F32(2.147483520e9)))
    return q.astype(np.int64)


def _quantized_to_float_min_first(q, range_min, range_max, lo_q, hi_q):
    range_min, range_max = _F32(range_min), _F32(range_max)
    scale = _F32((float(range_max) - float(range_min)) / float(hi_q - lo_q))
    if range_max == range_min:
        min_rounded = range_min
    else:
        min_rounded = _F32(_round_half_away(np.float64(range_min / scale)) * float(scale))
    offset = (q.astype(_F32) - _F32(lo_q)).astype(_F32)
    return (offset * scale + min_rounded).astype(_F32)


def _channel_view(v, axis, ndim):
    if axis < 0:
        return v
    shape = [1] * ndim
    shape[axis] = -1
    return np.reshape(v, shape)


def _check_range_shapes(input, min_range, max_range, axis):
    """min / max: scalars, or (with an axis) vectors of the size of that input dimension."""
    depth = None
    if axis != -1 and input.shape.ndims is not None:
        if axis >= input.shape.ndims:
            raise ValueError("axis %d is out of range for an input of rank %d"
                             % (axis, input.shape.ndims))
        depth = input.shape[axis]
    for t in (min_range, max_range):
        nd = t.shape.ndims
        if nd is None:
            continue
        if nd != (0 if axis == -1 else 1):
            raise ValueError("Shape must be rank %d but is rank %d"
                             % (0 if axis == -1 else 1, nd))
        if nd == 1 and depth is not None and t.shape[0] is not None and t.shape[0] != depth:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (t.shape[0], depth))


_QuantizeV2Out = collections.namedtuple("QuantizeV2", ["output", "output_min", "output_max"])


@register_op("QuantizeV2", inputs=["input: float", "min_range: float", "max_range: float"],
             outputs=["output: T", "output_min: float", "output_max: float"],
             attrs=["T: %s" % _QUANTIZED, "mode: %s = 'MIN_COMBINED'" % _MODES,
                    "round_mode: {'HALF_AWAY_FROM_ZERO', 'HALF_TO_EVEN'} = 'HALF_AWAY_FROM_ZERO'",
                    "narrow_range: bool = false", "axis: int = -1",
                    "ensure_minimum_range: float = 0.01"])
class QuantizeV2(OpDef):
    def shape(self, input, min_range, max_range, *, axis):
        if axis < -1:
            raise ValueError("axis should be at least -1, got %d" % axis)
        ranges = TensorShape([]) if axis == -1 else TensorShape([None])
        if axis != -1 and input.shape.ndims is not None:
            ranges = TensorShape([input.shape[axis]])
        _check_range_shapes(input, min_range, max_range, axis)
        return [input.shape, ranges, ranges]

    def kernel(self, input, min_range, max_range, *, T, mode, round_mode, narrow_range, axis,
               ensure_minimum_range):
        if mode != "SCALED" and round_mode != "HALF_AWAY_FROM_ZERO":
            raise _invalid("Round mode other than HALF_AWAY_FROM_ZERO only supported for mode "
                           "SCALED, but mode is %s." % mode)
        x = np.asarray(input, _F32)
        want = 0 if axis == -1 else 1
        for name, v in (("min_range", min_range), ("max_range", max_range)):
            if np.ndim(v) != want or (axis != -1 and np.size(v) != x.shape[axis]):
                raise _invalid("%s must be %s" % (name, "a scalar" if axis == -1 else
                                                  "a vector of the size of input's axis %d" % axis))
        in_min = np.asarray(min_range, _F32)
        in_max = np.asarray(max_range, _F32)
        if np.any(in_min > in_max):
            raise _invalid("min_range should be <= max_range")
        lo_q, hi_q = _int_limits(T)
        lo = np.minimum(_F32(0), in_min)
        eps = np.maximum(_F32(1), np.maximum(np.abs(in_min), np.abs(in_max))) * \
            _F32(ensure_minimum_range)
        hi = np.maximum(_F32(0), np.maximum(in_max, lo + eps)).astype(_F32)
        lo = lo.astype(_F32)
        if mode == "SCALED":
            out_lo = lo_q + (1 if narrow_range else 0)
            big = np.finfo(_F32).max
            with np.errstate(divide="ignore", invalid="ignore"):
                from_min = np.where(out_lo * lo > 0, _F32(out_lo) / lo, big).astype(_F32)
                from_max = np.where(hi_q * hi > 0, _F32(hi_q) / hi, big).astype(_F32)
            scale = np.minimum(from_min, from_max)
            lo = (_F32(out_lo) / scale).astype(_F32)
            hi = (_F32(hi_q) / scale).astype(_F32)
            lv, hv, sv = (_channel_view(v, axis, x.ndim) for v in (lo, hi, scale))
            scaled = np.minimum(np.maximum(x, lv), hv) * sv
            q = np.rint(scaled) if round_mode == "HALF_TO_EVEN" else _round_half_away(scaled)
            q = np.clip(q, out_lo, hi_q)
        elif mode == "MIN_FIRST":
            if axis != -1:
                raise _invalid("QuantizeV2: mode MIN_FIRST does not support a quantization axis")
            q = _float_to_quantized_min_first(x, float(lo), float(hi), lo_q, hi_q)
        else:
            lv, hv = _channel_view(lo, axis, x.ndim), _channel_view(hi, axis, x.ndim)
            factor = (np.float64(hi_q) - np.float64(lo_q)) / (hv - lv)
            shifted = (np.minimum(np.maximum(x, lv), hv) - lv) * _F32(1) * factor.astype(_F32)
            if lo_q < 0:
                q = _round_half_away(shifted.astype(_F32) - _F32((hi_q - lo_q + 1) / 2.0))
            else:
                q = np.floor(shifted.astype(_F32) + _F32(0.5))
            q = np.clip(q, lo_q, hi_q)
        return [_as_quantized(q, T), np.asarray(lo, _F32), np.asarray(hi, _F32)]

    grad = None


@register_op("Dequantize", inputs=["input: T", "min_range: float", "max_range: float"],
             outputs=["output: dtype"],
             attrs=["T: %s" % _QUANTIZED, "mode: %s = 'MIN_COMBINED'" % _MODES,
                    "narrow_range: bool = false", "axis: int = -1",
                    "dtype: {bfloat16, float} = DT_FLOAT"])
class Dequantize(OpDef):
    def shape(self, input, min_range, max_range, *, axis):
        if axis < -1:
            raise ValueError("axis should be at least -1, got %d" % axis)
        _check_range_shapes(input, min_range, max_range, axis)
        return input.shape

    def kernel(self, input, min_range, max_range, *, T, mode, narrow_range, axis, dtype):
        q = _storage(input).astype(np.int64)
        want = 0 if axis == -1 else 1
        for name, v in (("min_range", min_range), ("max_range", max_range)):
            if np.ndim(v) != want or (axis != -1 and np.size(v) != q.shape[axis]):
                raise _invalid("%s must be %s" % (name, "a scalar" if axis == -1 else
                                                  "a vector of the size of input's axis %d" % axis))
        lo_q, hi_q = _int_limits(T)
        lo = _channel_view(np.asarray(min_range, _F32), axis, q.ndim)
        hi = _channel_view(np.asarray(max_range, _F32), axis, q.ndim)
        if mode == "SCALED":
            out_lo = lo_q + (1 if narrow_range else 0)
            if lo_q == 0:
                scale = (hi / _F32(hi_q)).astype(_F32)
            else:
                scale = np.maximum(lo / _F32(out_lo), hi / _F32(hi_q)).astype(_F32)
            out = q.astype(_F32) * scale
        elif mode == "MIN_FIRST":
            if axis != -1:
                raise _invalid("Dequantize: mode MIN_FIRST does not support a quantization axis")
            out = _quantized_to_float_min_first(q, float(lo), float(hi), lo_q, hi_q)
        else:
            half = _F32((hi_q - lo_q + 1) / 2.0) if lo_q < 0 else _F32(0)
            factor = ((hi - lo) / (_F32(hi_q) - _F32(lo_q))).astype(_F32)
            out = (q.astype(_F32) + half) * factor + lo
        return np.asarray(out, _F32).astype(dtype.as_numpy_dtype)

    grad = None


def _mode_attrs(mode, narrow_range, axis):
    return {"mode": mode, "narrow_range": narrow_range, "axis": -1 if axis is None else axis}


@tf_export("quantization.quantize", "quantize")
def quantize(input, min_range, max_range, T, mode="MIN_COMBINED",
             round_mode="HALF_AWAY_FROM_ZERO", name=None, narrow_range=False, axis=None,
             ensure_minimum_range=0.01):
    """Quantizes float `input` to the quantized dtype T; returns (output, output_min,
    output_max), the range the output's integers stand for."""
    attrs = _mode_attrs(mode, narrow_range, axis)
    attrs.update({"T": _dtypes.as_dtype(T), "round_mode": round_mode,
                  "ensure_minimum_range": float(np.float32(ensure_minimum_range))})
    out = apply_op("QuantizeV2", [input, min_range, max_range], attrs, name=name)
    return _QuantizeV2Out(*out)


@tf_export("quantize_v2")
def quantize_v2(input, min_range, max_range, T, mode="MIN_COMBINED", name=None,
                round_mode="HALF_AWAY_FROM_ZERO", narrow_range=False, axis=None,
                ensure_minimum_range=0.01):
    return quantize(input, min_range, max_range, T, mode=mode, round_mode=round_mode, name=name,
                    narrow_range=narrow_range, axis=axis,
                    ensure_minimum_range=ensure_minimum_range)


@tf_export("quantization.dequantize", "dequantize")
def dequantize(input, min_range, max_range, mode="MIN_COMBINED", name=None, axis=None,
               narrow_range=False, dtype=_dtypes.float32):
    """Maps a quantized tensor back to floats in [min_range, max_range]."""
    attrs = _mode_attrs(mode, narrow_range, axis)
    attrs["dtype"] = _dtypes.as_dtype(dtype)
    return apply_op("Dequantize", [input, min_range, max_range], attrs, name=name)


# --------------------------------------------------------------- QuantizeAndDequantize
_QDQ_FLOATS = "{bfloat16, half, float, double}"


def _qdq(x, lo, hi, *, signed_input, num_bits, range_given, round_mode, narrow_range, axis,
         type_name):
    x = np.asarray(x)
    dt = x.dtype.type
    if not 0 < num_bits < (62 if signed_input else 63):
        raise _invalid("%s: num_bits is out of range: %d with signed_input_ %s"
                       % (type_name, num_bits, "true" if signed_input else "false"))
    if axis >= 0 and axis >= x.ndim:
        raise _invalid("%s: axis should be -1 or 0 or a positive value less than %d, but "
                       "given axis value was %d" % (type_name, x.ndim, axis))
    reduce = None if axis == -1 else tuple(a for a in range(x.ndim) if a != axis)
    if range_given:
        # NOTE: TF 2.21 takes only scalar ranges when they are given, even with an axis.
        for name, v in (("input_min", lo), ("input_max", hi)):
            if np.ndim(v) != 0:
                raise _invalid("%s must be a scalar." % name)
        lo = np.asarray(lo, dt)
        hi = np.asarray(hi, dt)
        if np.any(lo > hi):
            raise _invalid("Invalid range: input_min %s > input_max %s"
                           % (np.asarray(lo).tolist(), np.asarray(hi).tolist()))
    elif x.size == 0:
        return x.copy()
    else:
        lo = np.min(x, axis=reduce).astype(dt)
        hi = np.max(x, axis=reduce).astype(dt)
    if signed_input:
        q_lo = -(1 << (num_bits - 1)) + (1 if narrow_range else 0)
        q_hi = (1 << (num_bits - 1)) - 1
    else:
        q_lo, q_hi = 0, (1 << num_bits) - 1
    big = np.finfo(dt).max
    with np.errstate(divide="ignore", invalid="ignore"):
        from_min = np.where(q_lo * lo > 0, dt(q_lo) / lo, big).astype(dt)
        from_max = np.where(q_hi * hi > 0, dt(q_hi) / hi, big).astype(dt)
        use_min = from_min < from_max
        scale = np.where(use_min, from_min, from_max).astype(dt)
        inverse = np.where(use_min, lo / dt(q_lo), hi / dt(q_hi)).astype(dt)
    new_hi = np.where(use_min, dt(q_hi) * inverse, hi).astype(dt)
    new_lo = np.where(use_min, lo, dt(q_lo) * inverse).astype(dt)
    view = lambda v: _channel_view(v, axis, x.ndim)  # noqa: E731
    # Only a given range clamps (a computed one holds every input already, except below 0
    # for unsigned quantization, where TF keeps the negative levels).
    clamped = np.minimum(np.maximum(x, view(new_lo)), view(new_hi)) if range_given else x
    scaled = (clamped * view(scale)).astype(dt)
    rounded = np.rint(scaled) if round_mode == "HALF_TO_EVEN" else np.floor(scaled + dt(0.5))
    return (rounded.astype(dt) * view(inverse)).astype(dt)


_QDQ_ATTRS = ["signed_input: bool = true", "num_bits: int = 8", "range_given: bool = false",
              "T: %s" % _QDQ_FLOATS,
              "round_mode: {'HALF_TO_EVEN', 'HALF_UP'} = 'HALF_TO_EVEN'",
              "narrow_range: bool = false", "axis: int = -1"]


def _qdq_shape(input, input_min, input_max, axis):
    want = 0 if axis == -1 else 1
    for name, t in (("input_min", input_min), ("input_max", input_max)):
        if t.shape.ndims is not None and t.shape.ndims != want:
            raise ValueError("Shape must be rank %d but is rank %d for '%s'"
                             % (want, t.shape.ndims, name))
    if axis < -1:
        raise ValueError("axis should be at least -1, got %d" % axis)
    return input.shape


@register_op("QuantizeAndDequantizeV2", inputs=["input: T", "input_min: T", "input_max: T"],
             outputs=["output: T"], attrs=_QDQ_ATTRS)
class QuantizeAndDequantizeV2(OpDef):
    def shape(self, input, input_min, input_max, *, axis):
        return _qdq_shape(input, input_min, input_max, axis)

    def kernel(self, input, input_min, input_max, *, signed_input, num_bits, range_given,
               round_mode, narrow_range, axis):
        return _qdq(input, input_min, input_max, signed_input=signed_input, num_bits=num_bits,
                    range_given=range_given, round_mode=round_mode, narrow_range=narrow_range,
                    axis=axis, type_name="QuantizeAndDequantizeV2")

    def grad(self, op, grad):
        return [grad, None, None]  # TF's straight-through gradient


@register_op("QuantizeAndDequantizeV3",
             inputs=["input: T", "input_min: T", "input_max: T", "num_bits: int32"],
             outputs=["output: T"],
             attrs=["signed_input: bool = true", "range_given: bool = true",
                    "T: %s" % _QDQ_FLOATS, "narrow_range: bool = false", "axis: int = -1"])
class QuantizeAndDequantizeV3(OpDef):
    def shape(self, input, input_min, input_max, num_bits, *, axis):
        if num_bits.shape.ndims is not None and num_bits.shape.ndims != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % num_bits.shape.ndims)
        return _qdq_shape(input, input_min, input_max, axis)

    def kernel(self, input, input_min, input_max, num_bits, *, signed_input, range_given,
               narrow_range, axis):
        return _qdq(input, input_min, input_max, signed_input=signed_input,
                    num_bits=int(num_bits), range_given=range_given, round_mode="HALF_TO_EVEN",
                    narrow_range=narrow_range, axis=axis, type_name="QuantizeAndDequantizeV3")

    def grad(self, op, grad):
        return [grad, None, None, None]


@register_op("QuantizeAndDequantizeV4", inputs=["input: T", "input_min: T", "input_max: T"],
             outputs=["output: T"], attrs=_QDQ_ATTRS)
class QuantizeAndDequantizeV4(OpDef):
    def shape(self, input, input_min, input_max, *, axis):
        return _qdq_shape(input, input_min, input_max, axis)

    def kernel(self, input, input_min, input_max, *, signed_input, num_bits, range_given,
               round_mode, narrow_range, axis):
        return _qdq(input, input_min, input_max, signed_input=signed_input, num_bits=num_bits,
                    range_given=range_given, round_mode=round_mode, narrow_range=narrow_range,
                    axis=axis, type_name="QuantizeAndDequantizeV4")

    def grad(self, op, grad):
        out = apply_op("QuantizeAndDequantizeV4Grad", [grad] + list(op.inputs[:3]),
                       {"axis": op.get_attr("axis")})
        return list(out)


@register_op("QuantizeAndDequantizeV4Grad",
             inputs=["gradients: T", "input: T", "input_min: T", "input_max: T"],
             outputs=["input_backprop: T", "input_min_backprop: T", "input_max_backprop: T"],
             attrs=["T: {bfloat16, half, float, double}", "axis: int = -1"])
class QuantizeAndDequantizeV4Grad(OpDef):
    def shape(self, gradients, input, input_min, input_max, *, axis):
        return [gradients.shape.merge_with(input.shape), input_min.shape, input_max.shape]

    def kernel(self, gradients, input, input_min, input_max, *, axis):
        x = np.asarray(input)
        if np.shape(gradients) != x.shape:
            raise _invalid("QuantizeAndDequantizeV4Grad: gradients and input must have the same "
                           "shape: %s vs %s" % (list(np.shape(gradients)), list(x.shape)))
        lo = _channel_view(np.asarray(input_min, x.dtype), axis, x.ndim)
        hi = _channel_view(np.asarray(input_max, x.dtype), axis, x.ndim)
        inside = (x >= lo) & (x <= hi)
        back = np.where(inside, gradients, x.dtype.type(0)).astype(x.dtype)
        return [back, np.zeros(np.shape(input_min), x.dtype), np.zeros(np.shape(input_max), x.dtype)]

    grad = None


def _qdq_v2_like(type_name, input, input_min, input_max, signed_input, num_bits, range_given,
                 round_mode, narrow_range, axis, name):
    attrs = {"signed_input": signed_input, "num_bits": num_bits, "range_given": range_given,
             "round_mode": round_mode, "narrow_range": narrow_range,
             "axis": -1 if axis is None else axis}
    if axis is not None and axis < 0:
        input = _ops.convert_to_tensor(input, name="input")
        if input.shape.ndims is None:
            raise ValueError("input should have known rank to use negative axis.")
        attrs["axis"] = axis + input.shape.ndims
    return apply_op(type_name, [input, input_min, input_max], attrs, name=name)


@tf_export("quantization.quantize_and_dequantize")
def quantize_and_dequantize(input, input_min, input_max, signed_input=True, num_bits=8,
                            range_given=False, round_mode="HALF_TO_EVEN", name=None,
                            narrow_range=False, axis=None):
    """Quantizes then dequantizes `input` (QuantizeAndDequantizeV2, straight-through gradient)."""
    return _qdq_v2_like("QuantizeAndDequantizeV2", input, input_min, input_max, signed_input,
                        num_bits, range_given, round_mode, narrow_range, axis, name)


@tf_export("quantization.quantize_and_dequantize_v2")
def quantize_and_dequantize_v2(input, input_min, input_max, signed_input=True, num_bits=8,
                               range_given=False, round_mode="HALF_TO_EVEN", name=None,
                               narrow_range=False, axis=None):
    """As quantize_and_dequantize (QuantizeAndDequantizeV4), but the gradient is zero for the
    inputs outside [input_min, input_max]."""
    return _qdq_v2_like("QuantizeAndDequantizeV4", input, input_min, input_max, signed_input,
                        num_bits, range_given, round_mode, narrow_range, axis, name)


# ------------------------------------------------------------------------ QuantizedConcat
@register_op("QuantizedConcat",
             inputs=["concat_dim: int32", "values: N * T", "input_mins: N * float",
                     "input_maxes: N * float"],
             outputs=["output: T", "output_min: float", "output_max: float"],
             attrs=["N: int >= 2", "T: type"])
class QuantizedConcat(OpDef):
    def shape(self, concat_dim, values, input_mins, input_maxes):
        from tensorweave.framework import tensor_util

        for t in list(input_mins) + list(input_maxes):
            if t.shape.ndims is not None and t.shape.ndims != 0:
                raise ValueError("Shape must be rank 0 but is rank %d" % t.shape.ndims)
        axis = tensor_util.constant_value(concat_dim)
        known = [v.shape for v in values if v.shape.ndims is not None]
        if axis is None or not known:
            out = unknown_shape(known[0].ndims) if known else unknown_shape()
            return [out, TensorShape([]), TensorShape([])]
        rank = known[0].ndims
        axis = int(axis)
        if not -rank <= axis < rank:
            raise ValueError("Expected concat_dim in [%d, %d), but got %d" % (-rank, rank, axis))
        axis %= rank
        dims = [None] * rank
        total = 0
        for s in known:
            if s.ndims != rank:
                raise ValueError("Shape must be rank %d but is rank %d" % (rank, s.ndims))
            for i, d in enumerate(s.as_list()):
                if i != axis and d is not None:
                    if dims[i] is not None and dims[i] != d:
                        raise ValueError("Dimension %d in both shapes must be equal, but are %d "
                                         "and %d" % (i, dims[i], d))
                    dims[i] = d
            d = s.as_list()[axis]
            total = None if total is None or d is None else total + d
        dims[axis] = total if len(known) == len(values) else None
        return [TensorShape(dims), TensorShape([]), TensorShape([])]

    def kernel(self, concat_dim, *args):
        n = len(args) // 3
        values, input_mins, input_maxes = args[:n], args[n:2 * n], args[2 * n:]
        arrays = [_storage(v) for v in values]
        dtype = np.asarray(values[0]).dtype
        if dtype.names not in (("quint8",), ("qint32",)):
            # TF registers QuantizedConcat kernels for quint8 and qint32 only.
            raise _invalid("No OpKernel was registered to support Op 'QuantizedConcat' with "
                           "T=%s (kernels: quint8, qint32)"
                           % (dtype.names[0] if dtype.names else dtype.name))
        rank = arrays[0].ndim
        axis = int(concat_dim)
        if not -rank <= axis < max(rank, 1):
            raise _invalid("ConcatOp : Expected concat_dim in [%d, %d), but got %d"
                           % (-rank, rank, axis))
        for m in list(input_mins) + list(input_maxes):
            if np.ndim(m) != 0:
                raise _invalid("QuantizedConcat: input_mins and input_maxes must be scalars")
        axis %= max(rank, 1)
        for i, a in enumerate(arrays[1:], 1):
            if a.ndim != rank or any(a.shape[k] != arrays[0].shape[k]
                                     for k in range(rank) if k != axis):
                raise _invalid("ConcatOp : Dimensions of inputs should match: shape[0] = %s vs. "
                               "shape[%d] = %s" % (list(arrays[0].shape), i, list(a.shape)))
        info = np.iinfo(arrays[0].dtype)
        lo_q, hi_q = int(info.min), int(info.max)
        out_min = _F32(min(float(m) for m in input_mins))
        out_max = _F32(max(float(m) for m in input_maxes))
        if lo_q < 0:  # signed types get a range symmetric around zero, as in TF
            out_max = _F32(max(abs(out_min), abs(out_max)))
            out_min = -out_max
        pieces = []
        for a, lo, hi in zip(arrays, input_mins, input_maxes):
            if float(lo) == float(out_min) and float(hi) == float(out_max):
                pieces.append(a.astype(np.int64))
            else:
                as_float = _quantized_to_float_min_first(a, float(lo), float(hi), lo_q, hi_q)
                pieces.append(_float_to_quantized_min_first(as_float, float(out_min),
                                                            float(out_max), lo_q, hi_q))
        out = np.concatenate(pieces, axis=axis).astype(arrays[0].dtype)
        return [np.ascontiguousarray(out).view(dtype), np.asarray(out_min), np.asarray(out_max)]

    grad = None


_QuantizedConcatOut = collections.namedtuple("QuantizedConcat",
                                             ["output", "output_min", "output_max"])


@tf_export("quantization.quantized_concat", "quantized_concat")
def quantized_concat(concat_dim, values, input_mins, input_maxes, name=None):
    """Concatenates quantized tensors, requantizing each into the combined range."""
    return _QuantizedConcatOut(*apply_op("QuantizedConcat",
                    [concat_dim, list(values), list(input_mins), list(input_maxes)], {},
                    name=name))
