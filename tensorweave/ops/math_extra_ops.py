"""Less common math: sort/argsort (on TopKV2), bincount, confusion_matrix, variance/std,
EuclideanNorm, CumulativeLogsumexp, Xlog1py, Cross, SparseMatMul and small composites
(log_sigmoid, reciprocal_no_nan, polyval, is_non_decreasing, matvec, adjoint, ...)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import linalg_matrix_ops as _lm
from tensorweave.ops import linalg_ops as _l
from tensorweave.ops import math_ops as _m
from tensorweave.ops import reduction_ops as _r

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor
_NUMBER = ("float, double, int32, uint8, int16, int8, complex64, int64, bfloat16, uint16, complex128, "
           "half, uint32, uint64")


# ------------------------------------------------------------------ declarations
@register_op("EuclideanNorm", inputs=["input: T", "reduction_indices: Tidx"], outputs=["output: T"],
             attrs=["keep_dims: bool = false", "T: {%s}" % _NUMBER, "Tidx: {int32, int64} = DT_INT32"])
class EuclideanNorm(_r._Reduction):
    def kernel(self, input, reduction_indices, *, keep_dims):
        axes = _r._norm_axes(reduction_indices, input.ndim)
        acc = np.float64 if input.dtype.kind in "iu" else _r._accum_dtype(input.dtype)
        sq = np.abs(input).astype(acc, copy=False) ** 2 if input.dtype.kind == "c" else \
            np.square(input.astype(acc, copy=False))
        out = np.sqrt(np.sum(sq, axis=axes, keepdims=keep_dims))
        return np.asarray(out).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        x, y = op.inputs[0], op.outputs[0]
        y_b = _r._broadcast_back(op, y)
        return [_m.multiply(_m.div_no_nan(x, y_b), _r._broadcast_back(op, grad)), None]


@register_op("CumulativeLogsumexp", inputs=["x: T", "axis: Tidx"], outputs=["out: T"],
             attrs=["exclusive: bool = false", "reverse: bool = false",
                    "T: {bfloat16, half, float, double}",
                    "Tidx: {int32, int64} = DT_INT32"])
class CumulativeLogsumexp(_r._Scan):
    def kernel(self, x, axis, *, exclusive, reverse):
        return self._scan(_logaddexp_accumulate, -np.inf, x, axis, exclusive, reverse)

    def grad(self, op, grad):
        x, axis = op.inputs
        out = op.outputs[0]
        ex, rev = op._attrs["exclusive"], op._attrs["reverse"]
        lowest = _convert(grad.dtype.min, dtype=grad.dtype.base_dtype)
        zero = _m._zeros_like(grad)
        safe_pos = _m.select_v2(_m.greater(grad, zero), grad, apply_op("OnesLike", [grad], {}))
        safe_neg = _m.select_v2(_m.less(grad, zero), _m.negative(grad), apply_op("OnesLike", [grad], {}))
        log_pos = _m.select_v2(_m.greater(grad, zero), apply_op("Log", [safe_pos], {}), lowest)
        log_neg = _m.select_v2(_m.less(grad, zero), apply_op("Log", [safe_neg], {}), lowest)

        def part(log_g):
            s = cumulative_logsumexp(_m.subtract(log_g, out), axis, exclusive=ex, reverse=not rev)
            return apply_op("Exp", [_m.add(s, x)], {})

        return [_m.subtract(part(log_pos), part(log_neg)), None]


def _logaddexp_accumulate(x, axis, dtype=None):
    return np.logaddexp.accumulate(x, axis=axis, dtype=dtype)


@register_op("Xlog1py", inputs=["x: T", "y: T"], outputs=["z: T"],
             attrs=["T: {half, bfloat16, float, double, complex64, complex128}"])
class Xlog1py(_m._Binary):
    def kernel(self, x, y):
        return np.where(x == 0, np.zeros((), x.dtype), x * np.log1p(y))

    def grad(self, op, grad):
        x, y = op.inputs
        not_zero = _m.cast(_m.not_equal(x, 0), grad.dtype)
        gx = _m.multiply(xlog1py(not_zero, y), grad)
        gy = _m.multiply(_m.xdivy(x, _m.add(_convert(1, dtype=y.dtype.base_dtype), y)), grad)
        from tensorweave.ops.math_binary_ops import reduce_to_inputs

        return reduce_to_inputs(op, gx, gy)


@register_op("Cross", inputs=["a: T", "b: T"], outputs=["product: T"],
             attrs=["T: {float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, "
                    "uint64}"])
class Cross(OpDef):
    def shape(self, a, b):
        if not a.shape.is_compatible_with(b.shape):
            raise ValueError("Shapes %s and %s are incompatible" % (a.shape, b.shape))
        s = a.shape.merge_with(b.shape)
        if s.ndims is not None:
            if s.ndims < 1:
                raise ValueError("Shape must be at least rank 1 but is rank 0")
            if s.as_list()[-1] not in (None, 3):
                raise ValueError("Dimension must be 3 but is %d" % s.as_list()[-1])
        return s

    def kernel(self, a, b):
        return np.cross(a, b).astype(a.dtype, copy=False)

    def grad(self, op, grad):
        u, v = op.inputs
        return [apply_op("Cross", [v, grad], {}), apply_op("Cross", [grad, u], {})]


@register_op("SparseMatMul", inputs=["a: Ta", "b: Tb"], outputs=["product: float"],
             attrs=["transpose_a: bool = false", "transpose_b: bool = false", "a_is_sparse: bool = false",
                    "b_is_sparse: bool = false", "Ta: {float, bfloat16} = DT_FLOAT",
                    "Tb: {float, bfloat16} = DT_FLOAT"])
class SparseMatMul(OpDef):
    def shape(self, a, b, *, transpose_a, transpose_b):
        return _l.MatMul.shape(self, a, b, transpose_a=transpose_a, transpose_b=transpose_b)

    def kernel(self, a, b, *, transpose_a, transpose_b):
        return _l.MatMul.kernel(self, a.astype(np.float32), b.astype(np.float32), transpose_a=transpose_a,
                                transpose_b=transpose_b)

    def grad(self, op, grad):
        return _l.MatMul.grad(self, op, grad)


@register_op("DenseBincount", inputs=["input: Tidx", "size: Tidx", "weights: T"], outputs=["output: T"],
             attrs=["Tidx: {int32, int64}", "T: {int32, int64, float, double}", "binary_output: bool = false"])
class DenseBincount(OpDef):
    def shape(self, input, size, weights):
        from tensorweave.framework import tensor_util

        n = tensor_util.constant_value(size)
        n = None if n is None else int(n)
        s = input.shape
        if s.ndims is None:
            return TensorShape(None)  # rank 1 gives [size], rank 2 [rows, size]
        if s.ndims == 2:
            return TensorShape([s.as_list()[0], n])
        return TensorShape([n])

    def kernel(self, input, size, weights, *, binary_output):
        size = int(size)
        if size < 0:
            raise errors.InvalidArgumentError(None, None, "size (%d) must be non-negative" % size)
        if input.size and input.min() < 0:
            raise errors.InvalidArgumentError(None, None, "Input arr must be non-negative!")
        rows = input.reshape(-1, input.shape[-1]) if input.ndim == 2 else input.reshape(1, -1)
        w = None if weights.size == 0 else weights.reshape(rows.shape)
        out = np.zeros((rows.shape[0], size), weights.dtype)
        for r in range(rows.shape[0]):
            keep = rows[r] < size
            vals = rows[r][keep]
            if binary_output:
                out[r, np.unique(vals)] = 1
            else:
                np.add.at(out[r], vals, 1 if w is None else w[r][keep])
        return out if input.ndim == 2 else out[0]

    grad = None


# ============================================================== public functions
@tf_export("math.xlog1py")
def xlog1py(x, y, name=None):
    with name_scope(name, "xlog1py", [x]):
        return apply_op("Xlog1py", [x, y], {})


@tf_export("linalg.cross", "cross")
def cross(a, b, name=None):
    return apply_op("Cross", [a, b], {}, name=name)


@tf_export("sparse_matmul")
def sparse_matmul(a, b, transpose_a=False, transpose_b=False, a_is_sparse=False, b_is_sparse=False,
                  name=None):
    return apply_op("SparseMatMul", [a, b], {"transpose_a": transpose_a, "transpose_b": transpose_b,
                                             "a_is_sparse": a_is_sparse, "b_is_sparse": b_is_sparse}, name=name)


@tf_export("arg_max")
def arg_max(input, dimension, output_type=_dtypes.int64, name=None):
    return apply_op("ArgMax", [input, dimension], {"output_type": _dtypes.as_dtype(output_type)}, name=name)


@tf_export("arg_min")
def arg_min(input, dimension, output_type=_dtypes.int64, name=None):
    return apply_op("ArgMin", [input, dimension], {"output_type": _dtypes.as_dtype(output_type)}, name=name)


@tf_export("math.reduce_euclidean_norm")
def reduce_euclidean_norm(input_tensor, axis=None, keepdims=False, name=None):
    return _r._reduce("EuclideanNorm", input_tensor, axis, keepdims, name, None, None)


def _lookup_reduce_args(axis, keepdims, reduction_indices, keep_dims):
    axis = _r._lookup("axis", axis, "reduction_indices", reduction_indices)
    return axis, bool(_r._lookup("keepdims", keepdims, "keep_dims", keep_dims))


@tf_export("math.reduce_variance")
def reduce_variance(input_tensor, axis=None, keepdims=False, name=None):
    with name_scope(name or "reduce_variance"):
        x = _convert(input_tensor)
        if not (x.dtype.is_floating or x.dtype.is_complex):
            raise TypeError("Input must be either real or complex. Received integer type %s." % x.dtype)
        means = _r.reduce_mean(x, axis, keepdims=True)
        dev = _m.square(apply_op("Abs", [_m.subtract(x, means)], {}) if not x.dtype.is_complex else
                        apply_op("ComplexAbs", [_m.subtract(x, means)], {"Tout": x.dtype.real_dtype}))
        return _r.reduce_mean(dev, axis, keepdims=keepdims)


@tf_export("math.reduce_std")
def reduce_std(input_tensor, axis=None, keepdims=False, name=None):
    with name_scope(name or "reduce_std"):
        return apply_op("Sqrt", [reduce_variance(input_tensor, axis, keepdims)], {})


@tf_export("math.cumulative_logsumexp")
def cumulative_logsumexp(x, axis=0, exclusive=False, reverse=False, name=None):
    return apply_op("CumulativeLogsumexp", [x, axis], {"exclusive": exclusive, "reverse": reverse},
                    name=name)


@tf_export("math.log_sigmoid", "log_sigmoid")
def log_sigmoid(x, name=None):
    """-softplus(-x): log(sigmoid(x)) without overflow."""
    with name_scope(name, "LogSigmoid", [x]) as name:
        x = _convert(x, name="x")
        return _m.negative(apply_op("Softplus", [_m.negative(x)], {}), name=name)


@tf_export("math.reciprocal_no_nan")
def reciprocal_no_nan(x, name=None):
    with name_scope(name, "reciprocal_no_nan", [x]) as scope:
        x = _convert(x, name="x")
        one = _convert(1, dtype=x.dtype.base_dtype, name="one")
        return apply_op("DivNoNan", [one, x], {}, name=scope)


def _flat_neighbours(x):
    flat = _m._reshape(x, np.array([-1], np.int32))
    one = np.array([1], np.int32)
    later = apply_op("StridedSlice", [flat, one, np.array([0], np.int32), one], {"end_mask": 1})
    earlier = apply_op("StridedSlice", [flat, np.array([0], np.int32), np.array([-1], np.int32), one], {})
    return earlier, later


@tf_export("math.is_non_decreasing", "is_non_decreasing")
def is_non_decreasing(x, name=None):
    with name_scope(name, "is_non_decreasing", [x]):
        earlier, later = _flat_neighbours(_convert(x, name="x"))
        return _r.reduce_all(_m.less_equal(earlier, later))


@tf_export("math.is_strictly_increasing", "is_strictly_increasing")
def is_strictly_increasing(x, name=None):
    with name_scope(name, "is_strictly_increasing", [x]):
        earlier, later = _flat_neighbours(_convert(x, name="x"))
        return _r.reduce_all(_m.less(earlier, later))


@tf_export("math.polyval")
def polyval(coeffs, x, name=None):
    """coeffs[0] * x**(n-1) + ... + coeffs[n-1], by Horner's rule."""
    if not isinstance(coeffs, (list, tuple)):
        raise ValueError("Argument coeffs must be list type found %s." % type(coeffs))
    with name_scope(name, "polyval", list(coeffs) + [x]):
        x = _convert(x, name="x")
        if not coeffs:
            return _m._zeros_like(x)
        coeffs = [_convert(c, dtype=x.dtype.base_dtype, name="coeff_%d" % i) for i, c in enumerate(coeffs)]
        p = coeffs[0]
        for c in coeffs[1:]:
            p = _m.add(c, _m.multiply(p, x))
        return p


@tf_export("math.unsorted_segment_sqrt_n", "unsorted_segment_sqrt_n")
def unsorted_segment_sqrt_n(data, segment_ids, num_segments, name=None):
    with name_scope(name, "UnsortedSegmentSqrtN"):
        data = _convert(data)
        segment_ids = _convert(segment_ids)
        total = apply_op("UnsortedSegmentSum", [data, segment_ids, num_segments], {})
        ones = _m.cast(apply_op("OnesLike", [segment_ids], {}), data.dtype)
        counts = apply_op("UnsortedSegmentSum", [ones, segment_ids, num_segments], {})
        extra = data.shape.ndims - segment_ids.shape.ndims if data.shape.ndims is not None else 0
        counts = _m._reshape(_m.maximum(counts, _convert(1, dtype=data.dtype.base_dtype)),
                             np.array([-1] + [1] * extra, np.int32))
        return _m.truediv(total, apply_op("Sqrt", [counts], {}))


def _sort_or_argsort(values, axis, direction, return_argsort):
    # Built like TF's sort_ops: top_k of (transformed) values along the last axis, so graphs
    # have TF's node names (Neg/sub, Shape, strided_slice, Rank, transposition, transpose).
    if direction not in ("ASCENDING", "DESCENDING"):
        raise ValueError("Argument `direction` should be one of ASCENDING, DESCENDING. "
                         "Received: direction=%s" % (direction,))
    axis_t = _ops.convert_to_tensor(axis, name="axis")
    axis_static = tensor_util.constant_value(axis_t)
    if axis_t.shape.ndims not in (None, 0) or axis_static is None:
        raise ValueError("Argument `axis` must be a constant scalar. Received: axis=%s." % (axis,))
    axis = int(axis_static)
    values = _convert(values, name="values")
    if direction == "DESCENDING":
        return _descending_sort(values, axis, return_argsort)
    dtype = values.dtype.base_dtype
    if dtype.is_unsigned:
        offset = dtype.max
        out = _descending_sort(offset - values, axis, return_argsort)
        return out if return_argsort else offset - out
    if dtype.is_integer:
        # -x - 1 maps min to max without overflow and keeps ties in order.
        out = _descending_sort(-values - 1, axis, return_argsort)
        return out if return_argsort else -out - 1
    out = _descending_sort(-values, axis, return_argsort)
    return out if return_argsort else -out


def _descending_sort(values, axis, return_argsort):
    from tensorweave.ops import array_ops as _a

    n = values.shape.ndims
    if n is None:
        raise ValueError("sort needs an input of known rank")
    if not -n <= axis < n:
        raise ValueError("slice index %d of dimension 0 out of bounds." % axis)
    k = _a.shape(values)[axis]
    _a.rank(values)
    perm = None
    if not (axis == -1 or axis + 1 == n):
        axis %= n
        order = list(range(n))
        order[axis], order[n - 1] = n - 1, axis
        perm = _a.constant(np.array(order, np.int64), name="transposition")
        values = _a.transpose(values, perm)
    top, idx = apply_op("TopKV2", [values, k], {})
    out = idx if return_argsort else top
    if perm is not None:
        out = _a.transpose(out, perm)
    return out


@tf_export("sort")
def sort(values, axis=-1, direction="ASCENDING", name=None):
    with name_scope(name, "sort"):
        return _sort_or_argsort(values, axis, direction, return_argsort=False)


@tf_export("argsort")
def argsort(values, axis=-1, direction="ASCENDING", stable=False, name=None):
    with name_scope(name, "argsort"):
        return _sort_or_argsort(values, axis, direction, return_argsort=True)


@tf_export("math.bincount", "bincount")
def bincount(arr, weights=None, minlength=None, maxlength=None, dtype=_dtypes.int32, name=None,
             axis=None, binary_output=False):
    """Counts of each value in a non-negative int32 array (weighted when `weights` is given)."""
    with name_scope(name, "bincount", [arr, weights, minlength, maxlength]):
        arr = _convert(arr, name="arr")
        if not arr.dtype.is_integer:
            arr = _m.cast(arr, _dtypes.int32)
        index_dtype = arr.dtype.base_dtype
        if weights is not None:
            weights = _convert(weights, name="weights")
            out_dtype = weights.dtype.base_dtype
        else:
            out_dtype = _dtypes.as_dtype(dtype)
            weights = _convert(np.zeros((0,), out_dtype.as_numpy_dtype))
        flat_max = _r.reduce_max(arr) if arr.shape.num_elements() != 0 else _convert(-1, dtype=index_dtype)
        size = _m.add(_m.maximum(flat_max, -1), 1)
        if arr.shape.num_elements() is None:
            size = _m.select_v2(_m.greater(apply_op("Size", [arr], {}), 0), size, 0)
        if minlength is not None:
            size = _m.maximum(size, _convert(minlength, dtype=index_dtype))
        if maxlength is not None:
            size = _m.minimum(size, _convert(maxlength, dtype=index_dtype))
        flat = _m._reshape(arr, np.array([-1], np.int32)) if axis is None else arr
        if weights.shape.num_elements() != 0 and axis is None:
            weights = _m._reshape(weights, np.array([-1], np.int32))
        return apply_op("DenseBincount", [flat, size, weights], {"binary_output": binary_output})


@tf_export("math.confusion_matrix", "confusion_matrix")
def confusion_matrix(labels, predictions, num_classes=None, weights=None, dtype=_dtypes.int32, name=None):
    with name_scope(name, "confusion_matrix", [labels, predictions, num_classes, weights]) as name:
        labels = _m.cast(_convert(labels, name="labels"), _dtypes.int64)
        predictions = _m.cast(_convert(predictions, name="predictions"), _dtypes.int64)
        if num_classes is None:
            num_classes = _m.add(_m.maximum(_r.reduce_max(predictions), _r.reduce_max(labels)), 1)
        else:
            num_classes = _m.cast(_convert(num_classes), _dtypes.int64)
        shape = apply_op("Pack", [[num_classes, num_classes]], {"axis": 0})
        indices = apply_op("Pack", [[labels, predictions]], {"axis": 1})
        if weights is None:
            values = _m.cast(apply_op("OnesLike", [predictions], {}), dtype)
        else:
            values = _m.cast(_convert(weights), dtype)
        # NOTE: TF names the result "<scope>/ScatterNd", not the scope itself.
        return apply_op("ScatterNd", [indices, values, shape], {})


@tf_export("linalg.adjoint")
def adjoint(matrix, name=None):
    with name_scope(name, "adjoint", [matrix]):
        return _lm.matrix_transpose(_convert(matrix, name="matrix"), conjugate=True)


@tf_export("linalg.matvec")
def matvec(a, b, transpose_a=False, adjoint_a=False, a_is_sparse=False, b_is_sparse=False, name=None):
    with name_scope(name, "MatVec", [a, b]):
        out = _l.matmul(a, apply_op("ExpandDims", [_convert(b), -1], {}), transpose_a=transpose_a,
                        adjoint_a=adjoint_a)
        return apply_op("Squeeze", [out], {"squeeze_dims": [-1]})


@tf_export("linalg.normalize")
def normalize(tensor, ord="euclidean", axis=None, name=None):
    with name_scope(name, "normalize", [tensor]):
        tensor = _convert(tensor)
        norm = _lm.norm(tensor, ord, axis, keepdims=True)
        norm = _m.cast(norm, tensor.dtype)
        return _m.truediv(tensor, norm), norm

