"""TopKV2, segment reductions and the norm/clipping composites (clip_by_norm,
global_norm, clip_by_global_norm, l2_normalize)."""

import collections

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import colocate_with, name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops as _m
from tensorweave.ops import reduction_ops as _r

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor
_REAL = "float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"
_NUMBER = _REAL + ", complex64, complex128"


# --------------------------------------------------------------------- TopKV2
@register_op("TopKV2", inputs=["input: T", "k: Tk"], outputs=["values: T", "indices: index_type"],
             attrs=["sorted: bool = true", "T: {%s}" % _REAL, "Tk: {int16, int32, int64} = DT_INT32",
                    "index_type: {int16, int32, int64} = DT_INT32"])
class TopKV2(OpDef):
    def shape(self, input, k):
        s = input.shape
        if s.ndims == 0:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        kv = tensor_util.constant_value(k)
        if kv is not None and np.ndim(kv) != 0:
            raise ValueError("Input must be scalar but has rank %d for 'TopKV2'" % np.ndim(kv))
        kd = None if kv is None else int(kv)
        if kd is not None and kd < 0:  # MakeDimForScalarInput's error ("Need k >= 0" is TopK's)
            raise ValueError("Dimension size, given by scalar input 1, must be non-negative but "
                             "is %d" % kd)
        if s.ndims is None:
            return [TensorShape(None)] * 2
        dims = s.as_list()
        if kd is not None and dims[-1] is not None and dims[-1] < kd:
            raise ValueError("input must have last dimension >= k = %d but is %d" % (kd, dims[-1]))
        out = TensorShape(dims[:-1] + [kd])
        return [out, out]

    def kernel(self, input, k, *, index_type):
        if np.ndim(k) != 0:
            raise errors.InvalidArgumentError(None, None, "k must be scalar, got shape %s" % list(np.shape(k)))
        k = int(k)
        n = input.shape[-1]
        if k < 0:
            raise errors.InvalidArgumentError(None, None, "Need k >= 0, got %d" % k)
        if n < k:
            raise errors.InvalidArgumentError(
                None, None, "input must have at least k columns. Had %d, needed %d" % (n, k))
        # Descending and stable (ties keep the lower index first): sort the reversed row ascending.
        keys = input
        if input.dtype.kind == "f":
            keys = np.where(np.isnan(input), -np.inf, input)  # NaN sorts last, as in TF
        order = np.argsort(keys[..., ::-1], axis=-1, kind="stable")[..., ::-1][..., :k]
        indices = (n - 1) - order
        values = np.take_along_axis(input, indices, axis=-1)
        return [values, indices.astype(index_type.as_numpy_dtype)]

    def grad(self, op, grad_values, grad_indices=None):
        x, indices = op.inputs[0], op.outputs[1]
        n = x.shape.as_list()[-1] if x.shape.ndims is not None else None
        in_shape = _m._shape_op(x)
        if n is None:
            n = apply_op("GatherV2", [in_shape, _m.subtract(apply_op("Size", [in_shape], {}), 1), 0], {})
        idx = _m.cast(indices, _dtypes.int32)
        k_last = _m._shape_op(idx)
        idx2d = _m._reshape(idx, apply_op("Pack", [[-1, apply_op(
            "GatherV2", [k_last, _m.subtract(apply_op("Size", [k_last], {}), 1), 0], {})]], {"axis": 0}))
        rows = apply_op("GatherV2", [_m._shape_op(idx2d), 0, 0], {})
        offsets = apply_op("Range", [0, _m.multiply(rows, n), n], {})
        flat = _m._reshape(_m.add(idx2d, apply_op("ExpandDims", [offsets, -1], {})), np.array([-1], np.int32))
        total = apply_op("Prod", [in_shape, 0], {"keep_dims": False})
        scattered = apply_op("ScatterNd", [apply_op("ExpandDims", [flat, -1], {}),
                                           _m._reshape(grad_values, np.array([-1], np.int32)),
                                           apply_op("Pack", [[total]], {"axis": 0})], {})
        return [_m._reshape(scattered, in_shape), None]


TopKV2 = collections.namedtuple("TopKV2", ["values", "indices"])


@tf_export("math.top_k", "nn.top_k")
def top_k(input, k=1, sorted=True, index_type=_dtypes.int32, name=None):
    """(values, indices) of the k largest entries of the last axis, as TF's TopKV2 namedtuple."""
    return TopKV2(*apply_op("TopKV2", [input, k],
                            {"sorted": sorted, "index_type": _dtypes.as_dtype(index_type)}, name=name))


# ------------------------------------------------------------ segment reductions
def _segment_out_shape(data, segment_ids, num_segments):
    ds, ids = data.shape, segment_ids.shape
    if ds.ndims is None or ids.ndims is None:
        return TensorShape(None)
    if ids.ndims > ds.ndims:
        raise ValueError("Shape must be at least rank %d but is rank %d" % (ids.ndims, ds.ndims))
    for a, b in zip(ds.as_list(), ids.as_list()):  # MergePrefix(data, segment_ids)
        if a is not None and b is not None and a != b:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (a, b))
    return TensorShape([num_segments]).concatenate(TensorShape(ds.as_list()[ids.ndims:]))


def _segment_reduce(ufunc, init, data, ids, num, empty_value=None):
    inner = data.shape[ids.ndim:]
    flat = data.reshape((-1,) + inner)
    ids = ids.reshape(-1)
    keep = ids >= 0
    if not keep.all():
        flat, ids = flat[keep], ids[keep]
    if ids.size and ids.max() >= num:
        bad = int(ids[ids >= num][0])
        raise errors.InvalidArgumentError(None, None, "segment_ids[%d] = %d is out of range [0, %d)"
                                          % (int(np.argmax(ids >= num)), bad, num))
    out = np.full((num,) + inner, init, dtype=data.dtype)
    ufunc.at(out, ids, flat)
    if empty_value is not None:
        counts = np.bincount(ids, minlength=num)[:num]
        if not counts.all():
            out[counts == 0] = empty_value
    return out


def _sorted_check(ids, data=None):
    if data is not None and (data.ndim == 0 or ids.shape != data.shape[:1]):
        raise errors.InvalidArgumentError(
            None, None, "segment_ids should be the same size as dimension 0 of input.")
    flat = ids.reshape(-1)
    if not flat.size:
        return 0
    rows = int(flat[-1]) + 1
    if rows < 0:
        raise errors.InvalidArgumentError(None, None, "segment ids must be >= 0")
    # As TF's kernel, segment by segment: an id below the previous one is "not increasing",
    # a (negative) id outside [0, rows) is out of range.
    starts = np.flatnonzero(np.diff(flat)) + 1
    seg_ids = flat[np.concatenate([[0], starts])]
    for k, sid in enumerate(seg_ids.tolist()):
        if k + 1 < len(seg_ids) and sid > seg_ids[k + 1]:
            raise errors.InvalidArgumentError(None, None, "segment ids are not increasing")
        if not 0 <= sid < rows:
            raise errors.InvalidArgumentError(
                None, None, "Segment id %d out of range [0, %d), possibly because 'segment_ids' "
                "input is not sorted." % (sid, rows))
    return rows


def _gather_drop_negatives(params, ids, extra_rank):
    """gather(params, ids) with rows of negative ids zeroed (unsorted segment gradients)."""
    gathered = apply_op("GatherV2", [params, _m.maximum(ids, 0), 0], {})
    keep = _m.greater_equal(ids, 0)
    for _ in range(extra_rank):
        keep = apply_op("ExpandDims", [keep, -1], {})
    return _m.select_v2(keep, gathered, _m._zeros_like(gathered))


def _extra_rank(op):
    data, ids = op.inputs[0], op.inputs[1]
    if data.shape.ndims is None or ids.shape.ndims is None:
        raise LookupError("segment gradient needs inputs of known rank")
    return data.shape.ndims - ids.shape.ndims


def _segment_sum_grad(op, grad):
    return _gather_drop_negatives(grad, op.inputs[1], _extra_rank(op))


def _sorted_segment_sum_grad(op, grad):
    # Sorted segment ids are never negative: TF's gradient is a plain gather (`GatherV2`).
    return apply_op("GatherV2", [grad, op.inputs[1], 0], {"batch_dims": 0})


def _segment_minmax_grad(op, grad, unsorted):
    data, ids = op.inputs[0], op.inputs[1]
    k = _extra_rank(op)
    gathered_out = _gather_drop_negatives(op.outputs[0], ids, k)
    selected = _m.logical_and(_m.equal(data, gathered_out), _expand(_m.greater_equal(ids, 0), k))
    sel = _m.cast(selected, grad.dtype)
    if unsorted:
        num_sel = apply_op("UnsortedSegmentSum", [sel, ids, op.inputs[2]], {})
    else:
        num_sel = apply_op("SegmentSum", [sel, ids], {})
    weighted = _m.div_no_nan(grad, num_sel)
    return _m.select_v2(selected, _gather_drop_negatives(weighted, ids, k), _m._zeros_like(data))


def _segment_prod_grad(op, grad, unsorted):
    """As TF: each element's partial is the product of the others in its segment, computed
    without dividing by zero (a segment with two or more zeros has a zero gradient)."""
    data, ids = op.inputs[0], op.inputs[1]
    extra = (op.inputs[2],) if unsorted else ()
    seg_sum = "UnsortedSegmentSum" if unsorted else "SegmentSum"
    seg_prod = "UnsortedSegmentProd" if unsorted else "SegmentProd"
    is_zero = _m.equal(data, _m._zeros_like(data))
    num_zeros = apply_op(seg_sum, [_m.cast(is_zero, _dtypes.int32), ids, *extra], {})
    grad = _m.select_v2(_m.greater(num_zeros, 1), _m._zeros_like(grad), grad)
    non_zero_data = _m.select_v2(is_zero, apply_op("OnesLike", [data], {}), data)
    non_zero_prod = apply_op(seg_prod, [non_zero_data, ids, *extra], {})
    k = _extra_rank(op)
    gathered_prod = _gather_drop_negatives(op.outputs[0], ids, k)
    gathered_non_zero_prod = _gather_drop_negatives(non_zero_prod, ids, k)
    partial = _m.select_v2(is_zero, gathered_non_zero_prod, _m.divide(gathered_prod, data))
    return _m.multiply(_gather_drop_negatives(grad, ids, k), partial)


def _expand(t, k):
    for _ in range(k):
        t = apply_op("ExpandDims", [t, -1], {})
    return t


class _Segment(OpDef):
    def shape(self, data, segment_ids):
        # NOTE: unlike the unsorted ops, TF checks the ids' length against data only when run.
        ds, ids = data.shape, segment_ids.shape
        if ids.ndims is not None and ids.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % ids.ndims)
        if ds.ndims is None:
            return TensorShape(None)
        if ds.ndims == 0:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        return TensorShape([None] + ds.as_list()[1:])


def _sorted_segment(type_name, ufunc, init, grad, types=_REAL, empty=0):
    @register_op(type_name, inputs=["data: T", "segment_ids: Tindices"], outputs=["output: T"],
                 attrs=["T: {%s}" % types, "Tindices: {int32, int64}"])
    class Segment(_Segment):
        def kernel(self, data, segment_ids):
            num = _sorted_check(segment_ids, data)
            # NOTE: sorted segment ops give 0 for empty segments, even max/min (prod gives 1).
            return _segment_reduce(ufunc, init(data.dtype), data, segment_ids, num, empty)

    Segment.grad = _m.grad_method(grad)
    Segment.__name__ = Segment.__qualname__ = type_name
    return Segment


def _finite_lowest(dt):
    return np.finfo(dt).min if dt.kind == "f" else np.iinfo(dt).min


def _finite_highest(dt):
    return np.finfo(dt).max if dt.kind == "f" else np.iinfo(dt).max


def _zero(dt):
    return 0


def _one(dt):
    return 1


SegmentSum = _sorted_segment("SegmentSum", np.add, _zero,
                             lambda op, g: [_sorted_segment_sum_grad(op, g), None],
                             _NUMBER)
SegmentProd = _sorted_segment(
    "SegmentProd", np.multiply, _one,
    lambda op, g: [_segment_prod_grad(op, g, False), None], _NUMBER, empty=None)
SegmentMax = _sorted_segment("SegmentMax", np.maximum, lambda dt: _finite_lowest(np.dtype(dt)),
                             lambda op, g: [_segment_minmax_grad(op, g, False), None])
SegmentMin = _sorted_segment("SegmentMin", np.minimum, lambda dt: _finite_highest(np.dtype(dt)),
                             lambda op, g: [_segment_minmax_grad(op, g, False), None])


@register_op("SegmentMean", inputs=["data: T", "segment_ids: Tindices"], outputs=["output: T"],
             attrs=["T: {%s}" % _NUMBER, "Tindices: {int32, int64}"])
class SegmentMean(_Segment):
    def kernel(self, data, segment_ids):
        num = _sorted_check(segment_ids, data)
        total = _segment_reduce(np.add, 0, data, segment_ids, num)
        counts = np.bincount(segment_ids.reshape(-1), minlength=num)[:num]
        counts = np.maximum(counts, 1).reshape((num,) + (1,) * (data.ndim - segment_ids.ndim))
        if data.dtype.kind in "iu":
            return _m._trunc_div(total, counts.astype(data.dtype))
        return (total / counts).astype(data.dtype, copy=False)

    def grad(self, op, grad):
        ids = op.inputs[1]
        ones = _m.cast(apply_op("OnesLike", [ids], {}), grad.dtype)
        counts = apply_op("SegmentSum", [ones, ids], {})
        counts = _m._reshape(counts, np.array([-1] + [1] * _extra_rank(op), np.int32))
        return [_sorted_segment_sum_grad(op, _m.realdiv(grad, counts)), None]


class _Unsorted(OpDef):
    def shape(self, data, segment_ids, num_segments):
        if num_segments.shape.ndims not in (None, 0):
            raise ValueError("Shape must be rank 0 but is rank %d" % num_segments.shape.ndims)
        value = tensor_util.constant_value(num_segments)
        return _segment_out_shape(data, segment_ids, None if value is None else int(value))


def _unsorted_segment(type_name, ufunc, init, grad, types=_REAL):
    @register_op(type_name, inputs=["data: T", "segment_ids: Tindices", "num_segments: Tnumsegments"],
                 outputs=["output: T"], attrs=["T: {%s}" % types, "Tindices: {int32, int64}",
                                               "Tnumsegments: {int32, int64} = DT_INT32"])
    class Unsorted(_Unsorted):
        def kernel(self, data, segment_ids, num_segments):
            return _segment_reduce(ufunc, init(data.dtype), data, segment_ids, int(num_segments))

    Unsorted.grad = _m.grad_method(grad)
    Unsorted.__name__ = Unsorted.__qualname__ = type_name
    return Unsorted


UnsortedSegmentSum = _unsorted_segment(
    "UnsortedSegmentSum", np.add, _zero, lambda op, g: [_segment_sum_grad(op, g), None, None], _NUMBER)
UnsortedSegmentProd = _unsorted_segment(
    "UnsortedSegmentProd", np.multiply, _one,
    lambda op, g: [_segment_prod_grad(op, g, True), None, None], _NUMBER)
UnsortedSegmentMax = _unsorted_segment(
    "UnsortedSegmentMax", np.maximum, lambda dt: _finite_lowest(np.dtype(dt)),
    lambda op, g: [_segment_minmax_grad(op, g, True), None, None])
UnsortedSegmentMin = _unsorted_segment(
    "UnsortedSegmentMin", np.minimum, lambda dt: _finite_highest(np.dtype(dt)),
    lambda op, g: [_segment_minmax_grad(op, g, True), None, None])


def _segment_fn(type_name, *exports):
    def fn(data, segment_ids, name=None):
        return apply_op(type_name, [data, segment_ids], {}, name=name)

    fn.__name__ = exports[0].rpartition(".")[2]
    return tf_export(*exports)(fn)


def _unsorted_fn(type_name, *exports):
    def fn(data, segment_ids, num_segments, name=None):
        return apply_op(type_name, [data, segment_ids, num_segments], {}, name=name)

    fn.__name__ = exports[0].rpartition(".")[2]
    return tf_export(*exports)(fn)


segment_sum = _segment_fn("SegmentSum", "math.segment_sum", "segment_sum")
segment_mean = _segment_fn("SegmentMean", "math.segment_mean", "segment_mean")
segment_max = _segment_fn("SegmentMax", "math.segment_max", "segment_max")
segment_min = _segment_fn("SegmentMin", "math.segment_min", "segment_min")
segment_prod = _segment_fn("SegmentProd", "math.segment_prod", "segment_prod")
unsorted_segment_sum = _unsorted_fn("UnsortedSegmentSum", "math.unsorted_segment_sum", "unsorted_segment_sum")
unsorted_segment_max = _unsorted_fn("UnsortedSegmentMax", "math.unsorted_segment_max", "unsorted_segment_max")
unsorted_segment_min = _unsorted_fn("UnsortedSegmentMin", "math.unsorted_segment_min", "unsorted_segment_min")
unsorted_segment_prod = _unsorted_fn("UnsortedSegmentProd", "math.unsorted_segment_prod",
                                     "unsorted_segment_prod")


@tf_export("math.unsorted_segment_mean", "unsorted_segment_mean")
def unsorted_segment_mean(data, segment_ids, num_segments, name=None):
    """Mean per segment (0 for empty segments), from two UnsortedSegmentSums."""
    with name_scope(name, "UnsortedSegmentMean"):
        data = _convert(data)
        segment_ids = _convert(segment_ids)
        total = apply_op("UnsortedSegmentSum", [data, segment_ids, num_segments], {})
        ones = _m.cast(apply_op("OnesLike", [segment_ids], {}), data.dtype)
        counts = apply_op("UnsortedSegmentSum", [ones, segment_ids, num_segments], {})
        extra = data.shape.ndims - segment_ids.shape.ndims if data.shape.ndims is not None else 0
        counts = _m._reshape(_m.maximum(counts, _convert(1, dtype=data.dtype.base_dtype)),
                             np.array([-1] + [1] * extra, np.int32))
        return _m.truediv(total, counts)  # as TF: integer data gives a float mean


# ------------------------------------------------------------ norms and clipping
def _is_slices(t):
    return hasattr(t, "indices") and hasattr(t, "dense_shape")


def _values_of(t):
    return t.values if _is_slices(t) else t


@tf_export("math.l2_normalize", "linalg.l2_normalize", "nn.l2_normalize")
def l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    """x / sqrt(max(sum(x**2, axis), epsilon))."""
    axis = _r._lookup("axis", axis, "dim", dim)
    with name_scope(name, "l2_normalize", [x]) as name:
        x = _convert(x, name="x")
        if x.dtype.is_complex:  # as TF: real and imaginary parts scaled apart, rejoined by Complex
            parts = [apply_op(part, [x], {"Tout": x.dtype.real_dtype}) for part in ("Real", "Imag")]
            square_sum = _r.reduce_sum(_m.add(_m.square(parts[0]), _m.square(parts[1])), axis, keepdims=True)
            inv = apply_op("Rsqrt", [_m.maximum(square_sum, epsilon)], {})
            real, imag = (_m.multiply(p, inv) for p in parts)
            return apply_op("Complex", [real, imag], {"Tout": x.dtype.base_dtype}, name=name)
        square_sum = _r.reduce_sum(_m.square(x), axis, keepdims=True)
        inv = apply_op("Rsqrt", [_m.maximum(square_sum, epsilon)], {})  # epsilon: "Maximum/y"
        return _m.multiply(x, inv, name=name)


@tf_export("clip_by_norm")
def clip_by_norm(t, clip_norm, axes=None, name=None):
    """Scales `t` so that its L2 norm over `axes` is at most `clip_norm`."""
    with name_scope(name, "clip_by_norm", [t, clip_norm]) as name:
        from tensorweave.ops.array_creation_ops import ones_like

        # (Written with Python operators, as TF's: ops "mul", "Greater/y", ...)
        values = _convert(_values_of(t), name="t")
        l2sum = _r.reduce_sum(values * values, axes, keepdims=True)
        pred = l2sum > 0
        l2sum_safe = _m.select(pred, l2sum, ones_like(l2sum))
        l2norm = _m.select(pred, apply_op("Sqrt", [l2sum_safe], {}), l2sum)
        intermediate = values * clip_norm
        clipped = apply_op("Identity", [_m.truediv(intermediate, _m.maximum(l2norm, clip_norm))], {}, name=name)
        if _is_slices(t):
            return type(t)(clipped, t.indices, t.dense_shape)
        return clipped


@tf_export("clip_by_average_norm")
def clip_by_average_norm(t, clip_norm, name=None):
    """Scales `t` so that its L2 norm divided by its number of elements is at most `clip_norm`."""
    with name_scope(name, "clip_by_average_norm", [t, clip_norm]) as name:
        t = _convert(t, name="t")
        n = _m.cast(apply_op("Size", [t], {}), t.dtype.base_dtype)
        l2norm_inv = apply_op("Rsqrt", [_r.reduce_sum(_m.multiply(t, t), apply_op("Range", [0, apply_op(
            "Rank", [t], {}), 1], {}))], {})
        scale = _m.minimum(_m.multiply(l2norm_inv, n), _m.truediv(_convert(1.0, dtype=t.dtype.base_dtype),
                                                                  clip_norm))
        return apply_op("Identity", [_m.multiply(_m.multiply(t, clip_norm), scale)], {}, name=name)


@tf_export("linalg.global_norm", "global_norm")
def global_norm(t_list, name=None):
    """sqrt(sum of squared L2 norms) over a list of tensors (None entries ignored)."""
    if not isinstance(t_list, (list, tuple)) or isinstance(t_list, str):
        raise TypeError("`t_list` should be a sequence of tensors. Received %s." % type(t_list))
    t_list = list(t_list)
    with name_scope(name, "global_norm", [t for t in t_list if t is not None]) as name:
        values = [_convert(_values_of(t), name="t_%d" % i) if t is not None else None
                  for i, t in enumerate(t_list)]
        halves = []
        for v in values:
            if v is not None:
                with colocate_with(v.op):
                    halves.append(apply_op("L2Loss", [v], {}))
        half = _r.reduce_sum(apply_op("Pack", [halves], {"axis": 0}, name="stack"))
        two = _convert(2.0, dtype=half.dtype.base_dtype)
        return apply_op("Sqrt", [_m.multiply(half, two, name="mul")], {}, name="global_norm")


@tf_export("clip_by_global_norm")
def clip_by_global_norm(t_list, clip_norm, use_norm=None, name=None):
    """Scales every tensor by clip_norm / max(global_norm, clip_norm); returns (list, norm)."""
    if not isinstance(t_list, (list, tuple)) or isinstance(t_list, str):
        raise TypeError("`t_list` should be a sequence of tensors. Received %s." % type(t_list))
    t_list = list(t_list)
    if use_norm is None:
        use_norm = global_norm(t_list, name)
    with name_scope(name, "clip_by_global_norm", [t for t in t_list if t is not None] + [clip_norm]) as name:
        inv_norm = _m.truediv(1.0, use_norm)  # as TF's `1.0 / use_norm` ("truediv/x")
        one = _convert(1.0, dtype=use_norm.dtype.base_dtype)
        # (TF writes these with Python operators: ops named "mul", "sub", "add".)
        scale_finite = _m.multiply(clip_norm, _m.minimum(inv_norm, _m.truediv(one, clip_norm)),
                                   name="mul")
        # NaN when the norm is infinite, so that every clipped value becomes NaN as in TF.
        scale = _m.add(scale_finite, _m.subtract(use_norm, use_norm, name="sub"), name="add")
        clipped = []
        for i, t in enumerate(t_list):
            if t is None:
                clipped.append(None)
                continue
            v = _convert(_values_of(t), name="t_%d" % i)
            with colocate_with(v.op):
                c = apply_op("Identity", [_m.multiply(v, _m.cast(scale, v.dtype), name="mul")], {},
                             name="%s_%d" % (name, i))
            clipped.append(type(t)(c, t.indices, t.dense_shape) if _is_slices(t) else c)
    return clipped, use_norm
