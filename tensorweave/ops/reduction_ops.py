"""Reductions (Sum, Mean, Max, Min, Prod, Any, All), ArgMax/ArgMin, Cumsum/Cumprod and their
Python wrappers (reduce_*, argmax, cumsum, count_nonzero, reduce_logsumexp)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import reduced_shape
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops as _m

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor
_CONST_FOLD_LIMIT = 1000


# ------------------------------------------------------------------ helpers
def _norm_axes(indices, ndim):
    """Reduction axes as a sorted tuple of non-negative ints; InvalidArgument when out of range."""
    flat = np.reshape(indices, [-1]).tolist()
    lim = ndim  # a scalar has no axis to reduce: any index is out of range, as in TF
    out = set()
    for a in flat:
        if not -lim <= a < lim:
            raise errors.InvalidArgumentError(
                None, None, "Invalid reduction dimension (%d for input with %d dimension(s)" % (a, ndim))
        if a % lim in out:
            raise errors.InvalidArgumentError(
                None, None, "Invalid reduction arguments: Axes contains duplicate dimension: %d" % (a % lim))
        out.add(a % lim)
    if ndim == 0:
        return ()
    return tuple(sorted(out))


def _static_axes(reduction_indices):
    value = tensor_util.constant_value(reduction_indices)
    if value is None:
        return None
    return np.reshape(value, [-1]).tolist()


def _reduction_dims(x, axis):
    """The reduction_indices input: `axis`, or every axis of `x` (a Const or a Range)."""
    if axis is not None:
        return axis
    rank = x.shape.ndims
    if rank:
        return _convert(np.arange(rank, dtype=np.int32))
    from tensorweave.ops import array_ops

    return apply_op("Range", [0, array_ops.rank(x), 1], {}, name="range")


def _lookup(new_name, new_value, old_name, old_value):
    if old_value is not None:
        if new_value is not None:
            # (TF's deprecated_argument_lookup wording: the old name first)
            raise ValueError("Cannot specify both '%s' and '%s'." % (old_name, new_name))
        return old_value
    return new_value


def _transpose(x, perm):
    return apply_op("Transpose", [x, np.array(perm, np.int32)], {})


def _kept_shape_tensor(x, axes_tensor):
    """int32 shape of `x` with 1 at the reduced axes (dynamic shape arithmetic)."""
    input_shape = _m._shape_op(x)
    rank = apply_op("Size", [input_shape], {"out_type": _dtypes.int32})
    axes = _m.floormod(_m.add(_m.cast(axes_tensor, _dtypes.int32), rank), rank)
    axes = _m._reshape(axes, np.array([1, -1], np.int32))
    positions = _m._reshape(apply_op("Range", [0, rank, 1], {}), np.array([-1, 1], np.int32))
    reduced = apply_op("Any", [_m.equal(positions, axes), 1], {"keep_dims": False})
    return _m.select_v2(reduced, apply_op("OnesLike", [input_shape], {}), input_shape), input_shape


def _broadcast_back(op, grad):
    """Reshapes a reduction's output-shaped `grad` to keep dims and broadcasts to the input."""
    x, axes_t = op.inputs[0], op.inputs[1]
    keep_dims = op._attrs["keep_dims"]
    shape = x.shape
    axes = _static_axes(axes_t)
    if shape.is_fully_defined() and axes is not None:
        dims = shape.as_list()
        norm = {a % max(len(dims), 1) for a in axes} if dims else set()
        kept = [1 if i in norm else d for i, d in enumerate(dims)]
        if not keep_dims:
            grad = _m._reshape(grad, np.array(kept, np.int32))
        if kept != dims:
            grad = apply_op("BroadcastTo", [grad, np.array(dims, np.int32)], {})
        return grad
    if shape.ndims is not None and axes is not None:
        # Known rank and axes: the kept-dims shape is static when every kept dim is known.
        dims = shape.as_list()
        norm = {a % max(len(dims), 1) for a in axes} if dims else set()
        kept = [1 if i in norm else d for i, d in enumerate(dims)]
        if None not in kept:
            if not keep_dims:
                grad = _m._reshape(grad, np.array(kept, np.int32))
            return apply_op("BroadcastTo", [grad, _m._shape_op(x)], {})
    kept, input_shape = _kept_shape_tensor(x, axes_t)
    if not keep_dims:
        grad = _m._reshape(grad, kept)
    return apply_op("BroadcastTo", [grad, input_shape], {})


# ------------------------------------------------------- TF-shaped gradients
# Sum, Mean, Max and Min build their gradients as TF does (Reshape + Tile when shapes are
# static, DynamicStitch for the kept-dims shape otherwise), so that the gradient ops carry
# TF's names (`Sum_grad/Tile`, `Mean_grad/truediv`, `Max_grad/mul`).
def _array_fns():
    from tensorweave.ops import array_creation_ops, array_ops, slicing_ops

    return array_ops, array_creation_ops, slicing_ops


def _reduced_shape(input_shape, axes):
    """The shape with the reduced axes set to 1: a NumPy array when both are constants, else
    a DynamicStitch of range(rank) and the axes over [input_shape, ones]."""
    arrays, creation, _ = _array_fns()
    shape_value = tensor_util.constant_value(input_shape)
    axes_value = tensor_util.constant_value(axes)
    if shape_value is not None and axes_value is not None:
        kept = np.array(shape_value, np.int32)
        kept[np.array(axes_value, np.int32)] = 1
        return kept
    input_shape = _convert(input_shape)
    rank = arrays.size(input_shape)
    axes = (_convert(axes) + rank) % rank
    axes_shape = arrays.shape(axes)
    positions = apply_op("Range", [0, rank, 1], {}, name="range")
    ones = creation.ones(axes_shape, dtype=_dtypes.int32)
    return apply_op("DynamicStitch", [[positions, axes], [input_shape, ones]], {})


def _static_reduced_shapes(graph, dims, axes):
    """(kept-dims shape, tile multiples) of a static reduction, built once per graph.

    NOTE: the first time, TF leaves the (constant-evaluated) Maximum and floordiv ops of its
    shape division in the graph; they are made here too so that names line up."""
    cache = graph.__dict__.setdefault("_tw_reduced_shape_cache", {})
    key = (tuple(dims), tuple(np.reshape(axes, [-1]).tolist()))
    if key not in cache:
        kept = np.array(dims, np.int32)
        kept[np.array(axes, np.int32)] = 1
        safe = _m.maximum(kept, 1)
        _m.floordiv(np.array(dims, np.int32), safe)
        cache[key] = (kept, np.array(dims, np.int32) // np.maximum(kept, 1))
    return cache[key]


def _sum_grad(op, grad):
    arrays, creation, _ = _array_fns()
    x = op.inputs[0]
    shape = x.shape
    if shape.ndims is not None:
        axes = tensor_util.constant_value(op.inputs[1])
        if axes is not None:
            rank = shape.ndims
            dims = shape.as_list()
            if np.array_equal(axes, np.arange(rank)):  # a full reduction
                grad = arrays.reshape(grad, [1] * rank)
                if None not in dims:
                    multiples = _convert(np.array(dims, np.int32))
                else:
                    multiples = arrays.shape(x)
                return creation.tile(grad, multiples)
            if None not in dims:
                kept, multiples = _static_reduced_shapes(x.graph, dims, axes)
                return creation.tile(arrays.reshape(grad, kept), multiples)
    input_shape = arrays.shape(x)
    if not op._attrs["keep_dims"]:
        grad = arrays.reshape(grad, _reduced_shape(input_shape, op.inputs[1]))
    return creation.broadcast_to(grad, input_shape)


def _mean_grad(op, grad):
    arrays, _, slicing = _array_fns()
    sum_grad = _sum_grad(op, grad)
    sx, sy = op.inputs[0].shape, op.outputs[0].shape
    dtype = sum_grad.dtype.base_dtype
    if sx.is_fully_defined() and sy.is_fully_defined():
        factor = sx.num_elements() // max(sy.num_elements(), 1)
        factor = _convert(np.array(factor, dtype.as_numpy_dtype), dtype=dtype)
    else:
        input_shape = arrays.shape(op.inputs[0])
        rank = arrays.size(input_shape)
        axes = (op.inputs[1] + rank) % rank
        factor = reduce_prod(slicing.gather(input_shape, axes))
    return _m.truediv(sum_grad, _m.cast(factor, dtype))


def _min_or_max_grad(op, grad):
    arrays, _, _ = _array_fns()
    x, y = op.inputs[0], op.outputs[0]
    input_shape = arrays.shape(x)
    if not op._attrs["keep_dims"]:
        kept = _reduced_shape(input_shape, op.inputs[1])
        y = arrays.reshape(y, kept)
        grad = arrays.reshape(grad, kept)
    else:
        kept = arrays.shape(y)
    # Ties share the gradient equally.
    indicators = _m.cast(_m.equal(y, x), grad.dtype.base_dtype)
    num_selected = arrays.reshape(reduce_sum(indicators, op.inputs[1]), kept)
    return _m.divide(indicators, num_selected) * grad


# -------------------------------------------------------------- declarations
def _check_axes_rank(reduction_indices):
    rank = reduction_indices.shape.ndims
    if rank is not None and rank > 1:
        raise ValueError("Shape must be at most rank 1 but is rank %d" % rank)


class _Reduction(OpDef):
    def shape(self, input, reduction_indices, *, keep_dims):
        _check_axes_rank(reduction_indices)
        return reduced_shape(input.shape, _static_axes(reduction_indices), keep_dims)

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        if x is None or np.size(x) > _CONST_FOLD_LIMIT:
            return None
        axes = evaluate(op.inputs[1])
        if axes is None:
            return None
        return self.kernel(np.asarray(x), np.asarray(axes), keep_dims=op._attrs["keep_dims"])


def _reduction(type_name, types):
    def decorate(cls):
        return register_op(type_name, inputs=["input: T", "reduction_indices: Tidx"], outputs=["output: T"],
                           attrs=["keep_dims: bool = false", "T: {%s}" % types,
                                  "Tidx: {int32, int64} = DT_INT32"])(cls)

    return decorate


_NUMBER = "numbertype"
_REAL = "float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"


def _accum_dtype(dt):
    return np.float32 if dt == np.float16 else dt


@_reduction("Sum", _NUMBER)
class Sum(_Reduction):
    def kernel(self, input, reduction_indices, *, keep_dims):
        axes = _norm_axes(reduction_indices, input.ndim)
        out = np.sum(input, axis=axes, keepdims=keep_dims, dtype=_accum_dtype(input.dtype))
        return np.asarray(out).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        return [_sum_grad(op, grad), None]


@_reduction("Prod", _NUMBER)
class Prod(_Reduction):
    def kernel(self, input, reduction_indices, *, keep_dims):
        axes = _norm_axes(reduction_indices, input.ndim)
        out = np.prod(input, axis=axes, keepdims=keep_dims, dtype=_accum_dtype(input.dtype))
        return np.asarray(out).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        # d prod / d x_i = product of the others: exclusive cumprods from both sides (zero-safe).
        x = op.inputs[0]
        axes = _static_axes(op.inputs[1])
        rank = x.shape.ndims
        if axes is None or rank is None:
            return [_prod_grad_dynamic(op, grad), None]
        grad = _broadcast_back(op, grad)
        reduced = sorted({a % rank for a in axes}) if rank else []
        other = [i for i in range(rank) if i not in reduced]
        perm = reduced + other
        shape = _m._shape_op(x)
        permuted = _transpose(x, perm)
        permuted_shape = _m._shape_op(permuted)
        n_red = apply_op("Prod", [apply_op("GatherV2", [shape, np.array(reduced, np.int32), 0], {}), 0],
                         {"keep_dims": False}) if reduced else _convert(1)
        flat = _m._reshape(permuted, apply_op("Pack", [[n_red, -1]], {"axis": 0}))
        left = cumprod(flat, axis=0, exclusive=True)
        right = cumprod(flat, axis=0, exclusive=True, reverse=True)
        y = _m._reshape(_m.multiply(_m._conj(left), _m._conj(right)), permuted_shape)
        out = _m.multiply(grad, _transpose(y, np.argsort(perm).tolist()))
        return [_m._reshape(out, shape), None]


def _prod_grad_dynamic(op, grad):
    """Prod's gradient when the axes or the input rank are known only when run: the same
    exclusive cumprods, with the permutation to [reduced..., others...] computed in the graph."""
    x = op.inputs[0]
    shape = _m._shape_op(x)
    grad = _broadcast_back(op, grad)
    rank = apply_op("Rank", [x], {})
    reduced = _m.cast(_m._reshape(op.inputs[1], np.array([-1], np.int32)), _dtypes.int32)
    reduced = apply_op("FloorMod", [apply_op("AddV2", [reduced, rank], {}), rank], {})
    other = apply_op("ListDiff", [apply_op("Range", [np.int32(0), rank, np.int32(1)], {}), reduced],
                     {"out_idx": _dtypes.int32})[0]
    perm = apply_op("ConcatV2", [[reduced, other], np.int32(0)], {})

    def count(axes):
        return apply_op("Prod", [apply_op("GatherV2", [shape, axes, np.int32(0)], {}), np.int32(0)],
                        {"keep_dims": False})

    permuted = apply_op("Transpose", [x, perm], {})
    permuted_shape = _m._shape_op(permuted)
    flat = _m._reshape(permuted, apply_op("Pack", [[count(reduced), count(other)]], {"axis": 0}))
    left = cumprod(flat, axis=0, exclusive=True)
    right = cumprod(flat, axis=0, exclusive=True, reverse=True)
    y = _m._reshape(_m.multiply(_m._conj(left), _m._conj(right)), permuted_shape)
    back = apply_op("Transpose", [y, apply_op("InvertPermutation", [perm], {})], {})
    return _m._reshape(_m.multiply(grad, back), shape)


@_reduction("Mean", _NUMBER)
class Mean(_Reduction):
    def kernel(self, input, reduction_indices, *, keep_dims):
        axes = _norm_axes(reduction_indices, input.ndim)
        if input.dtype.kind in "iu":
            # NOTE: TF sums integer means in a 64-bit type, so only the quotient wraps.
            wide = np.uint64 if input.dtype.kind == "u" else np.int64
            total = np.sum(input, axis=axes, keepdims=keep_dims, dtype=wide)
            count = int(np.prod([input.shape[a] for a in axes], dtype=np.int64)) if axes else 1
            if count == 0:
                return np.asarray(total).astype(input.dtype)
            q = _m._trunc_div(np.asarray(total), np.asarray(count, wide))
            return np.asarray(q).astype(input.dtype, copy=False)
        # NOTE: half sums accumulate in float32 but, as in TF, the sum is rounded back to half (and
        # may overflow to inf) before the division by the count.
        total = np.sum(input, axis=axes, keepdims=keep_dims, dtype=_accum_dtype(input.dtype))
        total = np.asarray(total).astype(input.dtype, copy=False)
        count = int(np.prod([input.shape[a] for a in axes], dtype=np.int64)) if axes else 1
        with np.errstate(all="ignore"):
            out = np.true_divide(total, np.asarray(count, input.dtype))
        return np.asarray(out).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        return [_mean_grad(op, grad), None]


def _extreme_kernel(fn, lowest):
    def kernel(self, input, reduction_indices, *, keep_dims):
        axes = _norm_axes(reduction_indices, input.ndim)
        if input.size == 0:
            return np.asarray(fn(input, axis=axes, keepdims=keep_dims, initial=lowest(input.dtype)))
        return np.asarray(fn(input, axis=axes, keepdims=keep_dims))

    return kernel


def _lowest(dt):
    return -np.inf if dt.kind == "f" else np.iinfo(dt).min


def _highest(dt):
    return np.inf if dt.kind == "f" else np.iinfo(dt).max


@_reduction("Max", _REAL + ", qint8, quint8, qint32, qint16, quint16")
class Max(_Reduction):
    kernel = _extreme_kernel(np.max, _lowest)

    def grad(self, op, grad):
        return [_min_or_max_grad(op, grad), None]


@_reduction("Min", _REAL + ", qint8, quint8, qint32, qint16, quint16")
class Min(_Reduction):
    kernel = _extreme_kernel(np.min, _highest)

    def grad(self, op, grad):
        return [_min_or_max_grad(op, grad), None]


def _bool_reduction(type_name, fn):
    @register_op(type_name, inputs=["input: bool", "reduction_indices: Tidx"], outputs=["output: bool"],
                 attrs=["keep_dims: bool = false", "Tidx: {int32, int64} = DT_INT32"])
    class BoolReduction(_Reduction):
        def kernel(self, input, reduction_indices, *, keep_dims):
            return np.asarray(fn(input, axis=_norm_axes(reduction_indices, input.ndim), keepdims=keep_dims))

        grad = None

    BoolReduction.__name__ = BoolReduction.__qualname__ = type_name
    return BoolReduction


Any = _bool_reduction("Any", np.any)
All = _bool_reduction("All", np.all)


class _ArgExtreme(OpDef):
    def shape(self, input, dimension):
        s = input.shape
        if dimension.shape.ndims not in (None, 0):
            raise ValueError("Shape must be rank 0 but is rank %d" % dimension.shape.ndims)
        value = tensor_util.constant_value(dimension)
        if s.ndims is None:
            return TensorShape(None)
        if value is None:
            return TensorShape([None] * max(s.ndims - 1, 0))
        axis = int(np.reshape(value, [-1])[0])
        n = s.ndims
        if n == 0:  # TF accepts a scalar here and fails when run
            return TensorShape([])
        if not -max(n, 1) <= axis < max(n, 1):
            raise ValueError("Dimension (%d) must be in the range [%d, %d), where %d is the number of "
                             "dimensions in the input." % (axis, -n, n, n))
        dims = s.as_list()
        del dims[axis % n]
        return TensorShape(dims)

    def _arg(self, fn, input, dimension, output_type):
        axis = int(np.reshape(dimension, [-1])[0])
        n = input.ndim
        if not -n <= axis < n:
            raise errors.InvalidArgumentError(
                None, None, "Expected dimension in the range [%d, %d), but got %d" % (-n, n, axis))
        if input.shape[axis] == 0:
            raise errors.InvalidArgumentError(
                None, None, "Reduction axis %d is empty in shape %s" % (axis, list(input.shape)))
        if input.dtype.kind == "f":
            nans = np.isnan(input)
            if nans.any():
                # NOTE: TF's comparisons skip NaNs (an all-NaN row gives index 0).
                fill = -np.inf if fn is np.argmax else np.inf
                return np.asarray(fn(np.where(nans, fill, input), axis=axis)).astype(
                    output_type.as_numpy_dtype)
        return np.asarray(fn(input, axis=axis)).astype(output_type.as_numpy_dtype)

    def grad(self, op, grad):
        return [None, None]


_ARG_ATTRS = ["T: {%s, bool}" % _REAL, "Tidx: {int16, int32, int64} = DT_INT32",
              "output_type: {int16, uint16, int32, int64} = DT_INT64"]


@register_op("ArgMax", inputs=["input: T", "dimension: Tidx"], outputs=["output: output_type"], attrs=_ARG_ATTRS)
class ArgMax(_ArgExtreme):
    def kernel(self, input, dimension, *, output_type):
        return self._arg(np.argmax, input, dimension, output_type)


# NOTE: ArgMin is narrower than ArgMax in TF: no int16 axis, no 16-bit output types.
@register_op("ArgMin", inputs=["input: T", "dimension: Tidx"], outputs=["output: output_type"],
             attrs=[_ARG_ATTRS[0], "Tidx: {int32, int64} = DT_INT32", "output_type: {int32, int64} = DT_INT64"])
class ArgMin(_ArgExtreme):
    def kernel(self, input, dimension, *, output_type):
        return self._arg(np.argmin, input, dimension, output_type)


class _Scan(OpDef):
    def shape(self, x, axis):
        # NOTE: as TF, the axis is not checked here: a non-scalar axis fails only when run.
        return x.shape

    def _scan(self, fn, identity, x, axis, exclusive, reverse):
        if np.ndim(axis) != 0:
            raise errors.InvalidArgumentError(
                None, None, "ScanOp: axis must be a scalar, not [%s]" % ",".join(map(str, np.shape(axis))))
        axis = int(axis)
        n = x.ndim
        if not -n <= axis < n:
            raise errors.InvalidArgumentError(
                None, None, "ScanOp: Expected scan axis in the range [%d, %d), but got %d" % (-n, n, axis))
        if reverse:
            x = np.flip(x, axis)
        out = fn(x, axis=axis, dtype=_accum_dtype(x.dtype))
        if exclusive:
            pad = [(0, 0)] * n
            pad[axis % n] = (1, 0)
            out = np.pad(out, pad, constant_values=identity)
            out = np.delete(out, -1, axis=axis) if out.shape[axis] else out
        if reverse:
            out = np.flip(out, axis)
        return out.astype(x.dtype, copy=False)


_SCAN_ATTRS = ["exclusive: bool = false", "reverse: bool = false", "T: {%s}" % _NUMBER,
               "Tidx: {int32, int64} = DT_INT32"]


@register_op("Cumsum", inputs=["x: T", "axis: Tidx"], outputs=["out: T"], attrs=_SCAN_ATTRS)
class Cumsum(_Scan):
    def kernel(self, x, axis, *, exclusive, reverse):
        return self._scan(np.cumsum, 0, x, axis, exclusive, reverse)

    def grad(self, op, grad):
        return [cumsum(grad, op.inputs[1], exclusive=op._attrs["exclusive"],
                       reverse=not op._attrs["reverse"]), None]


@register_op("Cumprod", inputs=["x: T", "axis: Tidx"], outputs=["out: T"], attrs=_SCAN_ATTRS)
class Cumprod(_Scan):
    def kernel(self, x, axis, *, exclusive, reverse):
        return self._scan(np.cumprod, 1, x, axis, exclusive, reverse)

    def grad(self, op, grad):
        x, axis = op.inputs
        ex, rev = op._attrs["exclusive"], op._attrs["reverse"]
        prod = cumprod(x, axis, exclusive=ex, reverse=rev)
        out = cumsum(prod * grad, axis, exclusive=ex, reverse=not rev)
        # As TF: div_no_nan, so a zero in x gives 0 rather than inf/nan.
        return [_m.div_no_nan(out, x), None]


# ============================================================ public functions
def _reduce(type_name, input_tensor, axis, keepdims, name, reduction_indices, keep_dims):
    axis = _lookup("axis", axis, "reduction_indices", reduction_indices)
    keepdims = _lookup("keepdims", keepdims, "keep_dims", keep_dims)
    keepdims = bool(keepdims) if keepdims is not None else False
    if isinstance(input_tensor, Tensor) or getattr(input_tensor, "_is_resource", False):
        # As in TF, a resource variable is read by the reduction op itself (inside its name
        # scope, "<name>/ReadVariableOp"), after the reduction indices are made from its shape.
        x = input_tensor
    else:
        x = _convert(input_tensor, name="input_tensor")
    out = apply_op(type_name, [x, _reduction_dims(x, axis)], {"keep_dims": keepdims}, name=name)
    if not keepdims and axis is None and out.shape.ndims is None:
        out.set_shape([])
    return out


def _reducer(type_name, *exports):
    def fn(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None, keep_dims=None):
        return _reduce(type_name, input_tensor, axis, keepdims, name, reduction_indices, keep_dims)

    fn.__name__ = exports[0].rpartition(".")[2]
    return tf_export(*exports)(fn)


reduce_sum = _reducer("Sum", "math.reduce_sum", "reduce_sum")
reduce_mean = _reducer("Mean", "math.reduce_mean", "reduce_mean")
reduce_max = _reducer("Max", "math.reduce_max", "reduce_max")
reduce_min = _reducer("Min", "math.reduce_min", "reduce_min")
reduce_prod = _reducer("Prod", "math.reduce_prod", "reduce_prod")
reduce_any = _reducer("Any", "math.reduce_any", "reduce_any")
reduce_all = _reducer("All", "math.reduce_all", "reduce_all")


@tf_export("math.reduce_logsumexp", "reduce_logsumexp")
def reduce_logsumexp(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None,
                     keep_dims=None):
    """log(sum(exp(x))) computed stably by subtracting the (finite) maximum."""
    axis = _lookup("axis", axis, "reduction_indices", reduction_indices)
    keepdims = bool(_lookup("keepdims", keepdims, "keep_dims", keep_dims))
    with name_scope(name, "ReduceLogSumExp", [input_tensor]) as name:
        x = _convert(input_tensor)
        raw_max = reduce_max(x, axis=axis, keepdims=True)
        finite = apply_op("IsFinite", [raw_max], {})
        # As TF: select_v2(is_finite(max), max, 0), the 0 becoming the op's "SelectV2/e".
        my_max = apply_op("StopGradient", [apply_op("SelectV2", [finite, raw_max, 0], {})], {})
        result = apply_op("Log", [reduce_sum(apply_op("Exp", [_m.subtract(x, my_max)], {}),
                                             axis=axis, keepdims=keepdims)], {})
        if not keepdims:
            my_max = _m._reshape(my_max, _m._shape_op(result))
        result = _m.add(result, my_max, name=name)
        if not keepdims and axis is None and result.shape.ndims is None:
            result.set_shape([])
        return result


def _arg(type_name, input, axis, name, dimension, output_type):
    axis = _lookup("axis", axis, "dimension", dimension)
    if axis is None:
        axis = 0
    if not isinstance(axis, (int, np.integer)):
        if not hasattr(axis, "dtype"):  # not a Tensor, Variable or ndarray
            raise TypeError("%s: axis must be an int or an integer Tensor, got %r." % (type_name, axis))
        if not _dtypes.as_dtype(axis.dtype).is_integer:
            raise TypeError("%s: axis tensor dtype %s is not supported." % (type_name, axis.dtype))
    return apply_op(type_name, [input, axis], {"output_type": _dtypes.as_dtype(output_type)}, name=name)


@tf_export("math.argmax", "argmax")
def argmax(input, axis=None, name=None, dimension=None, output_type=_dtypes.int64):
    return _arg("ArgMax", input, axis, name, dimension, output_type)


@tf_export("math.argmin", "argmin")
def argmin(input, axis=None, name=None, dimension=None, output_type=_dtypes.int64):
    return _arg("ArgMin", input, axis, name, dimension, output_type)


@tf_export("math.cumsum", "cumsum")
def cumsum(x, axis=0, exclusive=False, reverse=False, name=None):
    with name_scope(name, "Cumsum", [x]) as name:
        x = _convert(x, name="x")
        return apply_op("Cumsum", [x, axis], {"exclusive": exclusive, "reverse": reverse}, name=name)


@tf_export("math.cumprod", "cumprod")
def cumprod(x, axis=0, exclusive=False, reverse=False, name=None):
    with name_scope(name, "Cumprod", [x]) as name:
        x = _convert(x, name="x")
        return apply_op("Cumprod", [x, axis], {"exclusive": exclusive, "reverse": reverse}, name=name)


@tf_export("math.count_nonzero", "count_nonzero")
def count_nonzero(input_tensor=None, axis=None, keepdims=None, dtype=_dtypes.int64, name=None,
                  reduction_indices=None, keep_dims=None, input=None):
    input_tensor = _lookup("input", input, "input_tensor", input_tensor)
    axis = _lookup("axis", axis, "reduction_indices", reduction_indices)
    keepdims = bool(_lookup("keepdims", keepdims, "keep_dims", keep_dims))
    with name_scope(name, "count_nonzero", [input_tensor]):
        x = _convert(input_tensor, name="input")
        if x.dtype.base_dtype is _dtypes.string:
            zero = _convert(b"", name="zeros")
        else:
            zero = _convert(np.zeros((), x.dtype.as_numpy_dtype), name="zeros")
        nonzero = _m.cast(_m.not_equal(x, zero), _dtypes.int64)
        return _m.cast(reduce_sum(nonzero, axis=axis, keepdims=keepdims), dtype=dtype)


# The rest of the reduction-like family.
from tensorweave.ops import reduction_extra_ops  # noqa: E402,F401
