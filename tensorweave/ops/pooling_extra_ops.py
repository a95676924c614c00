"""MaxPoolWithArgmax (and MaxPoolGradWithArgmax), and the generic tf.nn.pool wrapper."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.ops import pooling_ops as _p
from tensorweave.ops.nn_util import op, to_tensor

_ARGMAX_ATTRS = ["ksize: list(int) >= 4", "strides: list(int) >= 4", "Targmax: {int32, int64} = DT_INT64",
                 "padding: {'SAME', 'VALID'}", "include_batch_in_index: bool = false",
                 "T: {half, bfloat16, float, double, int32, int64, uint8, int16, int8, uint16}"]


def _flat_positions(shape, g, include_batch):
    """Flat input index (row-major NHWC, batch included or not) of every padded position."""
    n, h, w, c = shape
    pos = np.arange(n * h * w * c, dtype=np.int64).reshape(n, h, w, c)
    if not include_batch:
        pos = pos - (np.arange(n, dtype=np.int64) * (h * w * c)).reshape(n, 1, 1, 1)
    return g.padded(pos, -1)


@register_op("MaxPoolWithArgmax", inputs=["input: T"], outputs=["output: T", "argmax: Targmax"],
             attrs=_ARGMAX_ATTRS)
class MaxPoolWithArgmax(OpDef):
    def shape(self, input, *, ksize, strides, padding):
        out = _p._pool_shape(input, ksize, strides, padding, [], "NHWC", 4)
        return [out, out]

    def kernel(self, input, *, ksize, strides, padding, include_batch_in_index, Targmax):
        g = _p._Pool(input.shape, ksize, strides, padding, [], "NHWC")
        xp = g.padded(input, _p._lowest(input.dtype))
        positions = _flat_positions(input.shape, g, include_batch_in_index)
        best = best_at = None
        for tap in g.taps():  # window order; a later tap wins only when strictly greater
            values, where = xp[tap], positions[tap]
            if best is None:
                best, best_at = values.copy(), where.copy()
            else:
                better = values > best
                best = np.where(better, values, best)
                best_at = np.where(better, where, best_at)
        return [best, best_at.astype(Targmax.as_numpy_dtype)]

    def grad(self, op_, grad, *_argmax_grad):
        attrs = {k: op_._attrs[k] for k in ("ksize", "strides", "padding", "include_batch_in_index")}
        return [op("MaxPoolGradWithArgmax", [op_.inputs[0], grad, op_.outputs[1]], attrs)]


@register_op("MaxPoolGradWithArgmax", inputs=["input: T", "grad: T", "argmax: Targmax"],
             outputs=["output: T"], attrs=_ARGMAX_ATTRS)
class MaxPoolGradWithArgmax(OpDef):
    """Adds each output gradient to the input element its argmax names."""

    def shape(self, input, grad, argmax):
        return input.shape

    def kernel(self, input, grad, argmax, *, include_batch_in_index):
        n = input.shape[0]
        per_image = input.size // n if n else 0
        flat = argmax.reshape(n, -1).astype(np.int64)
        if not include_batch_in_index:
            flat = flat + (np.arange(n, dtype=np.int64) * per_image)[:, None]
        out = np.zeros(input.size, input.dtype)
        np.add.at(out, flat.reshape(-1), grad.reshape(-1))
        return out.reshape(input.shape)

    grad = None


@tf_export("nn.max_pool_with_argmax")
def max_pool_with_argmax(input, ksize, strides, padding, data_format="NHWC", Targmax=None, name=None,
                         output_dtype=None, include_batch_in_index=False):
    """Max pooling that also returns each maximum's flat index ((y * W + x) * C + c, plus the
    batch's offset when include_batch_in_index)."""
    if data_format != "NHWC":
        raise ValueError("Data formats other than 'NHWC' are not yet supported")
    for arg, value in (("ksize", ksize), ("strides", strides)):
        if not isinstance(value, (list, tuple)):
            raise TypeError("Expected list for '%s' argument to 'max_pool_with_argmax' Op, not %s."
                            % (arg, value))
    targmax = dtypes.as_dtype(output_dtype or Targmax or dtypes.int64)
    return op("MaxPoolWithArgmax", [input], {
        "ksize": [int(k) for k in ksize], "strides": [int(s) for s in strides], "padding": padding,
        "Targmax": targmax, "include_batch_in_index": bool(include_batch_in_index)}, name=name)


@tf_export("nn.pool")
def pool(input, window_shape, pooling_type, padding, dilation_rate=None, strides=None, name=None,
         data_format=None, dilations=None):
    """N-d max or average pooling (N = len(window_shape), 1 to 3), named "max_pool"/"avg_pool"."""
    dilation_rate = dilations if dilation_rate is None else dilation_rate
    n = len(window_shape)
    if n not in (1, 2, 3):
        raise ValueError("`len(window_shape)` must be 1, 2, or 3. Received: window_shape=%s"
                         % (window_shape,))
    if pooling_type not in ("MAX", "AVG"):
        raise ValueError("%d-D %s pooling is not supported." % (n, pooling_type))
    strides = [1] * n if strides is None else list(strides)
    dilation_rate = [1] * n if dilation_rate is None else list(dilation_rate)
    if len(strides) != n or len(dilation_rate) != n:
        raise ValueError("`strides` and `dilation_rate` must have length %d" % n)
    if any(s > 1 for s in strides) and any(d > 1 for d in dilation_rate):
        raise ValueError("`strides > window_shape` not supported due to inconsistency between CPU "
                         "and GPU implementations. Received: strides=%s and dilation_rate=%s"
                         % (strides, dilation_rate))
    if any(d > 1 for d in dilation_rate):
        if padding == "SAME":
            raise ValueError("pooling with 'SAME' padding is not implemented for `dilation_rate` > 1. "
                             "Received: padding=%s and dilation_rate=%s" % (padding, dilation_rate))
        return _dilated_valid_pool(input, window_shape, pooling_type, dilation_rate, name, data_format)
    with name_scope(name, "%s_pool" % pooling_type.lower(), [input]) as scope:
        input = to_tensor(input, name="input")
        fns = {("MAX", 1): _p.max_pool1d, ("AVG", 1): _p.avg_pool1d, ("MAX", 2): _p.max_pool,
               ("AVG", 2): _p.avg_pool, ("MAX", 3): _p.max_pool3d, ("AVG", 3): _p.avg_pool3d}
        channels_first = data_format is not None and data_format.startswith("NC")
        full = [1] + list(window_shape) + [1] if not channels_first else [1, 1] + list(window_shape)
        full_strides = [1] + strides + [1] if not channels_first else [1, 1] + strides
        if n == 1:
            return fns[pooling_type, 1](input, window_shape, strides, padding,
                                        data_format=data_format or "NWC", name=scope)
        default_format = "NHWC" if n == 2 else "NDHWC"
        return fns[pooling_type, n](input, full, full_strides, padding,
                                    data_format=data_format or default_format, name=scope)


def _dilated_valid_pool(input, window_shape, pooling_type, dilation_rate, name, data_format):
    """VALID pooling over a dilated window with unit strides: the combination of the input's
    shifted slices, one per window tap (needs static spatial sizes)."""
    import itertools

    if data_format is not None and data_format.startswith("NC"):
        raise ValueError("dilated pooling supports channels-last data formats only")
    with name_scope(name, "%s_pool" % pooling_type.lower(), [input]) as scope:
        input = to_tensor(input, name="input")
        dims = input.shape.as_list() if input.shape.ndims is not None else None
        if dims is None or any(d is None for d in dims[1:-1]):
            raise ValueError("dilated pooling needs inputs of static spatial size")
        spans = [(k - 1) * d + 1 for k, d in zip(window_shape, dilation_rate)]
        out = [size - span + 1 for size, span in zip(dims[1:-1], spans)]
        if any(o <= 0 for o in out):
            raise ValueError("Negative dimension size caused by the dilated window %s" % (spans,))
        taps = []
        for offset in itertools.product(*[range(k) for k in window_shape]):
            begin = [0] + [o * d for o, d in zip(offset, dilation_rate)] + [0]
            sizes = np.array([-1] + out + [-1], np.int32)
            taps.append(op("Slice", [input, np.array(begin, np.int32), sizes]))
        combined = taps[0]
        for t in taps[1:]:
            combined = op("Maximum" if pooling_type == "MAX" else "AddV2", [combined, t])
        if pooling_type == "AVG":
            count = np.array(len(taps), input.dtype.base_dtype.as_numpy_dtype)
            return op("RealDiv", [combined, count], name=scope)
        return op("Identity", [combined], name=scope)

