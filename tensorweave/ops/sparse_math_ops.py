"""Arithmetic on sparse operands: SparseTensorDenseMatMul, SparseReduceSum/Max (dense and
sparse results), SparseSoftmax, SparseSparseMaximum/Minimum and the sparse-dense elementwise
ops SparseDenseCwise{Mul,Div,Add}. The wrappers are in sparse_api.py."""

import numpy as np

from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.sparse_ops import (
    _NUMBER,
    _REAL,
    _UNKNOWN_VECTOR,
    _check_sparse,
    _dim,
    _dims_text,
    _invalid,
    _merge,
    _no_gradient,
    _row_major_order,
    _same_shapes,
    _take_or_zero,
)


def _int64():
    from tensorweave.framework import dtypes

    return dtypes.int64


def _column(indices, k):
    """indices[:, k] as a graph op."""
    return apply_op(
        "StridedSlice",
        [indices, np.array([0, k], np.int32), np.array([0, k + 1], np.int32), np.array([1, 1], np.int32)],
        {"begin_mask": 1, "end_mask": 1, "shrink_axis_mask": 2},
    )


def _adjoint(t):
    out = apply_op("Transpose", [t, np.array([1, 0], np.int32)], {})
    return apply_op("Conj", [out], {}) if t.dtype.base_dtype.is_complex else out


def _maybe_conj(t):
    return apply_op("Conj", [t], {}) if t.dtype.base_dtype.is_complex else t


# ------------------------------------------------------------ SparseTensorDenseMatMul
@register_op(
    "SparseTensorDenseMatMul",
    inputs=["a_indices: Tindices", "a_values: T", "a_shape: int64", "b: T"],
    outputs=["product: T"],
    attrs=[
        "T: type",
        "Tindices: {int32, int64} = DT_INT64",
        "adjoint_a: bool = false",
        "adjoint_b: bool = false",
    ],
)
class SparseTensorDenseMatMul(OpDef):
    def shape(self, a_indices, a_values, a_shape, b, *, adjoint_a, adjoint_b):
        a_indices.shape.with_rank(2)
        a_values.shape.with_rank(1)
        a_shape.shape.with_rank(1)
        if b.shape.ndims is not None and b.shape.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % b.shape.ndims)
        a_dims = tensor_util.constant_value_as_shape(a_shape)
        if a_dims.ndims is not None and a_dims.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % a_dims.ndims)
        a_dims = a_dims.as_list() if a_dims.ndims == 2 else [None, None]
        b_dims = b.shape.as_list() if b.shape.ndims == 2 else [None, None]
        rows, inner = (a_dims[1], a_dims[0]) if adjoint_a else (a_dims[0], a_dims[1])
        b_inner, cols = (b_dims[1], b_dims[0]) if adjoint_b else (b_dims[0], b_dims[1])
        if inner is not None and b_inner is not None and inner != b_inner:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (inner, b_inner))
        return TensorShape([rows, cols])

    def kernel(self, a_indices, a_values, a_shape, b, *, adjoint_a, adjoint_b):
        if a_shape.ndim != 1:
            raise _invalid("Tensor 'a_shape' is not a vector")
        if a_shape.shape[0] != 2:
            raise _invalid("Tensor 'a_shape' must have 2 elements")
        if a_values.ndim != 1:
            raise _invalid("Tensor 'a_values' is not a vector")
        if b.ndim != 2:
            raise _invalid("Tensor 'b' is not a matrix")
        if a_indices.ndim != 2 or a_indices.shape[1] != 2:
            raise _invalid("Tensor 'a_indices' is not a matrix with 2 columns")
        if a_indices.shape[0] != a_values.shape[0]:
            raise _invalid("Number of rows of a_indices does not match number of entries in a_values")
        rows, inner = (int(a_shape[1]), int(a_shape[0])) if adjoint_a else (int(a_shape[0]), int(a_shape[1]))
        b_eff = np.conj(b.T) if adjoint_b else b
        if b_eff.shape[0] != inner:
            raise _invalid(
                "Cannot multiply A and B because inner dimension does not match: %d vs. %d.  "
                "Did you forget a transpose?  Dimensions of A: [%d, %d).  Dimensions of B: %s"
                % (inner, b_eff.shape[0], a_shape[0], a_shape[1], _dims_text(b.shape))
            )
        m_col, k_col = (1, 0) if adjoint_a else (0, 1)
        m = a_indices[:, m_col].astype(np.int64)
        k = a_indices[:, k_col].astype(np.int64)
        bad_m = (m < 0) | (m >= rows)
        bad_k = (k < 0) | (k >= inner)
        bad = bad_m | bad_k
        if bad.any():
            i = int(np.argmax(bad))
            if bad_m[i]:
                raise _invalid("m (%d) from index[%d,%d] out of bounds (>=%d)" % (m[i], i, m_col, rows))
            raise _invalid("k (%d) from index[%d,%d] out of bounds (>=%d)" % (k[i], i, k_col, inner))
        values = np.conj(a_values) if adjoint_a else a_values
        out = np.zeros((rows, b_eff.shape[1]), b.dtype)
        np.add.at(out, m, values[:, None] * b_eff[k])
        return out

    def grad(self, op, grad):
        a_indices, a_values, a_shape, b = op.inputs
        adjoint_a = op.get_attr("adjoint_a")
        adjoint_b = op.get_attr("adjoint_b")
        b_grad = apply_op(
            "SparseTensorDenseMatMul", [a_indices, a_values, a_shape, grad], {"adjoint_a": not adjoint_a}
        )
        if adjoint_b:
            b_grad = _adjoint(b_grad)
        m_col, k_col = (1, 0) if adjoint_a else (0, 1)
        b_eff = _adjoint(b) if adjoint_b else b
        rows_g = apply_op("GatherV2", [grad, _column(a_indices, m_col), np.int32(0)], {})
        rows_b = apply_op("GatherV2", [b_eff, _column(a_indices, k_col), np.int32(0)], {})
        parts = apply_op("Mul", [rows_g, _maybe_conj(rows_b)], {})
        a_grad = apply_op("Sum", [parts, np.array([1], np.int32)], {})
        if adjoint_a:
            a_grad = _maybe_conj(a_grad)
        return [None, a_grad, None, b_grad]


# -------------------------------------------------------------------- SparseReduce*
def _normalized_axes(axes, rank):
    out = set()
    for a in np.asarray(axes).reshape(-1):
        a = int(a)
        if not -rank <= a < rank:
            raise _invalid("Invalid reduction dimension %d, for input with %d dimensions." % (a, rank))
        out.add(a % rank)
    return out


def _reduced_dense_shape(shape, reduced, keep_dims):
    if keep_dims:
        return [1 if d in reduced else int(shape[d]) for d in range(len(shape))]
    return [int(shape[d]) for d in range(len(shape)) if d not in reduced]


def _reduce_static_shape(input_shape, reduction_axes, keep_dims):
    shape = tensor_util.constant_value(input_shape)
    axes = tensor_util.constant_value(reduction_axes)
    if shape is None or axes is None:
        return TensorShape(None)
    rank = len(shape)
    reduced = set()
    for a in np.asarray(axes).reshape(-1):
        if not -rank <= int(a) < rank:
            return TensorShape(None)  # TF reports a bad axis when the op runs
        reduced.add(int(a) % rank)
    return TensorShape(_reduced_dense_shape(shape, reduced, keep_dims))


def _groups(indices, values, shape, reduction_axes, keep_dims):
    """Groups the entries by their coordinates outside the reduced axes.

    Returns (group of each entry, output coordinates of each group in row-major order,
    output dense shape)."""
    _check_sparse(indices, values, shape)
    rank = shape.shape[0]
    reduced = _normalized_axes(reduction_axes, rank)
    kept = [d for d in range(rank) if d not in reduced]
    out_shape = _reduced_dense_shape(shape, reduced, keep_dims)
    coords = indices[:, kept].astype(np.int64)
    if len(indices) == 0:
        groups, inverse = np.zeros((0, len(kept)), np.int64), np.zeros(0, np.int64)
    elif not kept:
        groups, inverse = np.zeros((1, 0), np.int64), np.zeros(len(indices), np.int64)
    else:
        groups, inverse = np.unique(coords, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
    if keep_dims:
        full = np.zeros((len(groups), rank), np.int64)
        full[:, kept] = groups
        groups = full
    return inverse, groups, out_shape


def _group_reduce(kind, values, inverse, count):
    if kind == "Sum":
        out = np.zeros(count, values.dtype)
        np.add.at(out, inverse, values)
        return out
    if values.dtype.kind == "f":
        out = np.full(count, -np.inf, values.dtype)
    else:
        out = np.full(count, np.iinfo(values.dtype).min, values.dtype)
    np.maximum.at(out, inverse, values)
    return out


def _check_output_coords(type_name, groups, out_shape):
    """A dense reduction writes each group at its kept coordinates; TF reports a kept coordinate
    outside the output (too large or negative) as an internal error, not a bad argument."""
    if not len(groups) or not len(out_shape):
        return
    limits = np.asarray(out_shape, np.int64)
    bad = np.nonzero(((groups < 0) | (groups >= limits)).any(axis=1))[0]
    if len(bad):
        from tensorweave.framework import errors

        raise errors.InternalError(
            None, None, "%s: output coordinates %s are out of bounds of the output shape %s"
            % (type_name, groups[bad[0]].tolist(), _dims_text(out_shape)))


def _register_reduce(kind, types, sparse_output):
    type_name = "SparseReduce%s%s" % (kind, "Sparse" if sparse_output else "")
    outputs = (
        ["output_indices: int64", "output_values: T", "output_shape: int64"]
        if sparse_output
        else ["output: T"]
    )

    class SparseReduce(OpDef):
        def shape(self, input_indices, input_values, input_shape, reduction_axes, *, keep_dims):
            if sparse_output:
                return [TensorShape(None)] * 3
            return _reduce_static_shape(input_shape, reduction_axes, keep_dims)

        def kernel(self, input_indices, input_values, input_shape, reduction_axes, *, keep_dims):
            inverse, groups, out_shape = _groups(
                input_indices, input_values, input_shape, reduction_axes, keep_dims
            )
            reduced = _group_reduce(kind, input_values, inverse, len(groups))
            if sparse_output:
                return [groups, reduced, np.array(out_shape, np.int64)]
            dense = np.zeros(out_shape, input_values.dtype)
            _check_output_coords(type_name, groups, out_shape)
            if len(groups) and dense.ndim == 0:
                dense[()] = reduced[0]
            elif len(groups):
                dense[tuple(groups.T)] = reduced
            return dense

        if kind == "Sum" and not sparse_output:

            def grad(self, op, grad):
                return [None, _reduce_sum_values_grad(op, grad), None, None]
        else:
            grad = staticmethod(_no_gradient)

    SparseReduce.__name__ = type_name
    register_op(
        type_name,
        inputs=["input_indices: int64", "input_values: T", "input_shape: int64", "reduction_axes: int32"],
        outputs=outputs,
        attrs=["keep_dims: bool = false", "T: %s" % types],
    )(SparseReduce)


def _reduce_sum_values_grad(op, grad):
    """Each value's gradient is the output gradient at the position it was summed into."""
    indices, _, shape, axes = op.inputs
    rank = apply_op("Size", [shape], {"out_type": _int64()})
    positions = apply_op("Range", [np.int64(0), rank, np.int64(1)], {"Tidx": _int64()})
    axes64 = apply_op("Cast", [apply_op("Reshape", [axes, np.array([-1], np.int32)], {})], {"DstT": _int64()})
    axes64 = apply_op("FloorMod", [axes64, rank], {})
    hits = apply_op(
        "Equal",
        [
            apply_op("ExpandDims", [positions, np.int32(1)], {}),
            apply_op("ExpandDims", [axes64, np.int32(0)], {}),
        ],
        {},
    )
    is_reduced = apply_op("Any", [hits, np.array([1], np.int32)], {})
    ones = apply_op("OnesLike", [shape], {})
    kept_shape = apply_op("SelectV2", [is_reduced, ones, shape], {})
    grad_kept = apply_op("Reshape", [grad, kept_shape], {})
    scale = apply_op("FloorDiv", [shape, kept_shape], {})
    return apply_op("GatherNd", [grad_kept, apply_op("FloorDiv", [indices, scale], {})], {})


for _kind, _types in (("Sum", _NUMBER), ("Max", _REAL)):
    for _sparse in (False, True):
        _register_reduce(_kind, _types, _sparse)


# ---------------------------------------------------------------------- SparseSoftmax
@register_op(
    "SparseSoftmax",
    inputs=["sp_indices: int64", "sp_values: T", "sp_shape: int64"],
    outputs=["output: T"],
    attrs=["T: {half, float, double}"],
)
class SparseSoftmax(OpDef):
    def shape(self, sp_indices, sp_values, sp_shape):
        return sp_values.shape if sp_values.shape.ndims is not None else _UNKNOWN_VECTOR

    def kernel(self, sp_indices, sp_values, sp_shape):
        if sp_indices.ndim != 2:
            raise _invalid("Input should be a matrix but received shape %s" % _dims_text(sp_indices.shape))
        if sp_values.ndim != 1:
            raise _invalid("Input should be a vector but received shape %s" % _dims_text(sp_values.shape))
        if sp_shape.ndim != 1 or sp_shape.shape[0] < 2:
            raise _invalid(
                "Input should have rank >= 2, but received shape: %s"
                % " ".join(str(int(d)) for d in np.asarray(sp_shape).reshape(-1))
            )
        if sp_indices.shape[0] != sp_values.shape[0]:
            raise _invalid(
                "Number of elements of indices (%d) and values (%d) do not match"
                % (sp_indices.shape[0], sp_values.shape[0])
            )
        if len(sp_values) == 0:
            return sp_values.copy()
        # NOTE: TF computes on a row-major reordered copy and returns the values in that order,
        # whatever the order of the input indices (identical for ordered input).
        order = _row_major_order(sp_indices)
        sp_indices, sp_values = sp_indices[order], sp_values[order]
        _, inverse = np.unique(sp_indices[:, :-1], axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        count = int(inverse.max()) + 1
        peak = np.full(count, -np.inf, sp_values.dtype)
        np.maximum.at(peak, inverse, sp_values)
        e = np.exp(sp_values - peak[inverse])
        total = np.zeros(count, sp_values.dtype)
        np.add.at(total, inverse, e)
        return (e / total[inverse]).astype(sp_values.dtype)

    def grad(self, op, grad):
        indices, _, shape = op.inputs
        out = op.outputs[0]
        product = apply_op("Mul", [grad, out], {})
        sums = apply_op(
            "SparseReduceSum", [indices, product, shape, np.array([-1], np.int32)], {"keep_dims": True}
        )
        shifted = apply_op("SparseDenseCwiseAdd", [indices, grad, shape, apply_op("Neg", [sums], {})], {})
        return [None, apply_op("Mul", [shifted, out], {}), None]


# ------------------------------------------------------- SparseSparseMaximum / Minimum
def _register_sparse_sparse(kind, types, combine):
    type_name = "SparseSparse" + kind

    class SparseSparse(OpDef):
        def shape(self, a_indices, a_values, a_shape, b_indices, b_values, b_shape):
            return [TensorShape([None, None]), _UNKNOWN_VECTOR]

        def kernel(self, a_indices, a_values, a_shape, b_indices, b_values, b_shape):
            _check_sparse(a_indices, a_values, a_shape, "a_")
            _check_sparse(b_indices, b_values, b_shape, "b_")
            _same_shapes(a_shape, b_shape)
            out, a_pos, b_pos = _merge(a_indices, b_indices)
            values = combine(_take_or_zero(a_values, a_pos), _take_or_zero(b_values, b_pos))
            return [out, values.astype(a_values.dtype)]

        def grad(self, op, *grads):
            # TF registers a gradient function that cannot be called (its signature is wrong):
            # tf.gradients through this op raises TypeError there too.
            raise TypeError("Gradient for %s is not implemented." % type_name)

    SparseSparse.__name__ = type_name
    register_op(
        type_name,
        inputs=[
            "a_indices: int64",
            "a_values: T",
            "a_shape: int64",
            "b_indices: int64",
            "b_values: T",
            "b_shape: int64",
        ],
        outputs=["output_indices: int64", "output_values: T"],
        attrs=["T: %s" % types],
    )(SparseSparse)


_register_sparse_sparse("Maximum", _REAL, np.maximum)
_register_sparse_sparse("Minimum", _NUMBER, np.minimum)


# --------------------------------------------------------------- SparseDenseCwise*
def _dense_at_entries(indices, shape, dense):
    """dense, broadcast to the sparse operand's shape, read at each entry's index."""
    rank = shape.shape[0]
    ok = dense.ndim <= rank and all(
        dense.shape[-1 - d] in (1, shape[rank - 1 - d]) for d in range(dense.ndim)
    )
    if not ok:
        raise _invalid(
            "SparseDenseBinaryOpShared broadcasts dense to sparse only; got incompatible "
            "shapes: %s vs. %s" % (_dims_text(shape), _dims_text(dense.shape))
        )
    offset = rank - dense.ndim
    where = tuple(
        np.zeros(len(indices), np.int64) if dense.shape[d] == 1 else indices[:, offset + d]
        for d in range(dense.ndim)
    )
    bad = np.any((indices < 0) | (indices >= shape), axis=1) if len(indices) else np.zeros(0, bool)
    if bad.any():
        raise _invalid("Provided indices are out-of-bounds w.r.t. dense side with broadcasted shape")
    return dense[where] if dense.ndim else np.broadcast_to(dense, (len(indices),))


def _cwise_div(values, dense):
    if values.dtype.kind in "iu":
        if np.any(dense == 0):
            raise _invalid("Integer division by zero")
        q = np.abs(values) // np.abs(dense)
        return (np.sign(values) * np.sign(dense) * q).astype(values.dtype)
    return values / dense


def _cwise_mul_div_grad(op, grad, is_mul):
    x_indices, x_values, x_shape, y = op.inputs
    y_shape = apply_op("Shape", [y], {"out_type": _int64()})
    added = apply_op("Sub", [apply_op("Size", [x_shape], {}), apply_op("Size", [y_shape], {})], {})
    added = apply_op("ExpandDims", [added, np.int32(0)], {})
    ones = apply_op("Fill", [added, np.int64(1)], {})
    full_y_shape = apply_op("ConcatV2", [[ones, y_shape], np.int32(0)], {})
    scaling = apply_op("FloorDiv", [x_shape, full_y_shape], {})
    scaled = apply_op("FloorDiv", [x_indices, scaling], {})
    begin = apply_op("ConcatV2", [[np.array([0], np.int32), added], np.int32(0)], {})
    scaled = apply_op("Slice", [scaled, begin, np.array([-1, -1], np.int32)], {})
    dense_vals = apply_op("GatherNd", [y, scaled], {})
    if is_mul:
        dx = apply_op("Mul", [grad, dense_vals], {})
        dy_val = apply_op("Mul", [grad, x_values], {})
    else:
        dx = apply_op("RealDiv", [grad, dense_vals], {})
        ratio = apply_op(
            "RealDiv", [apply_op("Neg", [x_values], {}), apply_op("Square", [dense_vals], {})], {}
        )
        dy_val = apply_op("Mul", [grad, ratio], {})
    dy = apply_op("SparseTensorDenseAdd", [scaled, dy_val, y_shape, apply_op("ZerosLike", [y], {})], {})
    return [None, dx, None, dy]


def _register_cwise(kind, combine):
    type_name = "SparseDenseCwise" + kind

    class SparseDenseCwise(OpDef):
        def shape(self, sp_indices, sp_values, sp_shape, dense):
            return TensorShape([_dim(sp_indices, 0)])

        def kernel(self, sp_indices, sp_values, sp_shape, dense):
            _check_sparse(sp_indices, sp_values, sp_shape, "sp_")
            picked = _dense_at_entries(sp_indices, sp_shape, dense)
            return np.asarray(combine(sp_values, picked)).astype(sp_values.dtype)

        if kind == "Add":

            def grad(self, op, grad):
                raise NotImplementedError("Gradient for SparseDenseCwiseAdd is not implemented.")
        else:

            def grad(self, op, grad):
                return _cwise_mul_div_grad(op, grad, kind == "Mul")

    SparseDenseCwise.__name__ = type_name
    register_op(
        type_name,
        inputs=["sp_indices: int64", "sp_values: T", "sp_shape: int64", "dense: T"],
        outputs=["output: T"],
        attrs=["T: %s" % _NUMBER],
    )(SparseDenseCwise)


_register_cwise("Mul", np.multiply)
_register_cwise("Div", _cwise_div)
_register_cwise("Add", np.add)
