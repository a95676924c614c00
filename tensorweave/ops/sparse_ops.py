"""Kernels of the sparse ops: SparseAdd, SparseTensorDenseAdd, SparseConcat, SparseReshape,
SparseReorder, SparseSlice, SparseSplit, SparseFillEmptyRows, SparseTensorDenseMatMul,
SparseSoftmax, SparseSparseMaximum/Minimum, SparseDenseCwise{Mul,Div,Add} and their gradient
ops. The tf.sparse.* wrappers that build them are in sparse_api.py.

A sparse operand is three inputs: int64 `indices` [N, rank], `values` [N] and int64
`shape` [rank]. Most kernels expect indices in row-major order, as TF's do; where TF's result
depends on the order of unsorted input (merges), the same merge is done here.
"""

import numpy as np

from tensorweave.framework import errors, tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_NUMBER = (
    "{float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, "
    "bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64}"
)
_REAL = "{float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64}"
_UNKNOWN_VECTOR = TensorShape([None])


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _dims_text(dims):
    return "[" + ",".join(str(int(d)) for d in dims) + "]"


def _no_gradient(op, *grads):
    """TF registers no gradient for this op: LookupError, as tf.gradients raises there."""
    from tensorweave.training.gradients import _no_gradient_error

    raise _no_gradient_error(op)


def _dim(t, i):
    """Static size of dimension i of tensor t, or None."""
    s = t.shape
    if s.ndims is None or s.ndims <= i:
        return None
    return s.as_list()[i]


def _check_sparse(indices, values, shape, prefix=""):
    """TF's checks that (indices, values, shape) form a sparse tensor."""
    if indices.ndim != 2:
        raise _invalid(
            "Input %sindices should be a matrix but received shape %s" % (prefix, _dims_text(indices.shape))
        )
    if values.ndim != 1:
        raise _invalid(
            "Input %svalues should be a vector but received shape %s" % (prefix, _dims_text(values.shape))
        )
    if shape.ndim != 1:
        raise _invalid(
            "Input %sshape should be a vector but received shape %s" % (prefix, _dims_text(shape.shape))
        )
    if indices.shape[0] != values.shape[0]:
        raise _invalid(
            "Number of elements of %sindices (%d) and %svalues (%d) do not match"
            % (prefix, indices.shape[0], prefix, values.shape[0])
        )
    if indices.shape[1] != shape.shape[0]:
        raise _invalid(
            "Number of dimensions of %sindices (%d) and %sshape (%d) do not match"
            % (prefix, indices.shape[1], prefix, shape.shape[0])
        )


def _is_sorted(idx):
    """Whether the rows of idx are in (non-strict) row-major order."""
    if len(idx) < 2 or idx.shape[1] == 0:
        return True
    diff = idx[1:] - idx[:-1]
    nonzero = diff != 0
    first = np.argmax(nonzero, axis=1)
    lead = diff[np.arange(len(diff)), first]
    return not np.any(lead < 0)


def _compare_rows(a, b):
    for x, y in zip(a, b):
        if x != y:
            return -1 if x < y else 1
    return 0


def _merge(a_idx, b_idx):
    """Merges two index lists the way TF's two-pointer merge does.

    Returns (out_indices, a_pos, b_pos): for each output entry the position of the a entry and
    of the b entry it comes from (-1 where that side has none)."""
    if _is_sorted(a_idx) and _is_sorted(b_idx):
        both = np.concatenate([a_idx, b_idx])
        side = np.concatenate([np.zeros(len(a_idx), np.int64), np.ones(len(b_idx), np.int64)])
        pos = np.concatenate([np.arange(len(a_idx)), np.arange(len(b_idx))])
        order = np.lexsort((side,) + tuple(both[:, k] for k in range(both.shape[1] - 1, -1, -1)))
        both, side, pos = both[order], side[order], pos[order]
        same_as_next = np.zeros(len(both), bool)
        if len(both) > 1:
            same_as_next[:-1] = np.all(both[1:] == both[:-1], axis=1) & (side[:-1] == 0) & (side[1:] == 1)
        paired_second = np.zeros(len(both), bool)
        paired_second[1:] = same_as_next[:-1]
        keep = ~paired_second
        out = both[keep]
        a_pos = np.where(side == 0, pos, -1)[keep]
        b_pos = np.where(side == 1, pos, -1)
        b_pos = np.where(same_as_next, np.roll(b_pos, -1), b_pos)[keep]
        return out, a_pos, b_pos
    rows, a_pos, b_pos = [], [], []
    i = j = 0
    while i < len(a_idx) and j < len(b_idx):
        c = _compare_rows(a_idx[i], b_idx[j])
        if c < 0:
            rows.append(a_idx[i]), a_pos.append(i), b_pos.append(-1)
            i += 1
        elif c > 0:
            rows.append(b_idx[j]), a_pos.append(-1), b_pos.append(j)
            j += 1
        else:
            rows.append(a_idx[i]), a_pos.append(i), b_pos.append(j)
            i += 1
            j += 1
    for k in range(i, len(a_idx)):
        rows.append(a_idx[k]), a_pos.append(k), b_pos.append(-1)
    for k in range(j, len(b_idx)):
        rows.append(b_idx[k]), a_pos.append(-1), b_pos.append(k)
    width = a_idx.shape[1]
    out = np.array(rows, np.int64).reshape(-1, width)
    return out, np.array(a_pos, np.int64), np.array(b_pos, np.int64)


def _row_positions(table, queries):
    """For each row of `queries`, the position of an equal row in `table` (-1 when none)."""
    if len(table) == 0 or len(queries) == 0:
        return np.full(len(queries), -1, np.int64)
    both = np.concatenate([table, queries]).reshape(len(table) + len(queries), -1)
    if both.shape[1] == 0:
        return np.zeros(len(queries), np.int64)
    _, ids = np.unique(both, axis=0, return_inverse=True)
    ids = ids.reshape(-1)
    lookup = np.full(ids.max() + 1, -1, np.int64)
    lookup[ids[: len(table)][::-1]] = np.arange(len(table))[::-1]
    return lookup[ids[len(table) :]]


def _take_or_zero(values, pos):
    """values[pos] where pos >= 0, zero elsewhere."""
    out = np.zeros(len(pos), values.dtype)
    found = pos >= 0
    out[found] = values[pos[found]]
    return out


def _same_shapes(a_shape, b_shape):
    if a_shape.shape[0] != b_shape.shape[0]:
        raise _invalid(
            "Operands do not have the same ranks; got shapes: %s and %s"
            % (_dims_text(a_shape), _dims_text(b_shape))
        )
    for d, (x, y) in enumerate(zip(a_shape, b_shape)):
        if x != y:
            raise _invalid("Operands' shapes do not match: got %d and %d for dimension %d" % (x, y, d))


# ------------------------------------------------------------------------ SparseAdd
@register_op(
    "SparseAdd",
    inputs=[
        "a_indices: int64",
        "a_values: T",
        "a_shape: int64",
        "b_indices: int64",
        "b_values: T",
        "b_shape: int64",
        "thresh: Treal",
    ],
    outputs=["sum_indices: int64", "sum_values: T", "sum_shape: int64"],
    attrs=["T: %s" % _NUMBER, "Treal: %s" % _REAL],
)
class SparseAdd(OpDef):
    def shape(self, a_indices, a_values, a_shape, b_indices, b_values, b_shape, thresh):
        shape_shape = a_shape.shape if a_shape.shape.ndims is not None else _UNKNOWN_VECTOR
        return [TensorShape([None, _dim(a_shape, 0)]), _UNKNOWN_VECTOR, shape_shape]

    def kernel(self, a_indices, a_values, a_shape, b_indices, b_values, b_shape, thresh):
        _check_sparse(a_indices, a_values, a_shape, "a_")
        _check_sparse(b_indices, b_values, b_shape, "b_")
        if a_indices.shape[1] != b_indices.shape[1]:
            raise _invalid(
                "Input indices must have the same dimension, got %d and %d"
                % (a_indices.shape[1], b_indices.shape[1])
            )
        _same_shapes(a_shape, b_shape)
        if np.ndim(thresh) != 0:
            raise _invalid(
                "The magnitude threshold must be a scalar: got shape %s" % _dims_text(np.shape(thresh))
            )
        out, a_pos, b_pos = _merge(a_indices, b_indices)
        values = _take_or_zero(a_values, a_pos) + _take_or_zero(b_values, b_pos)
        both = (a_pos >= 0) & (b_pos >= 0)
        keep = ~both | (np.abs(values) >= thresh)
        return [out[keep], values[keep], np.array(a_shape, np.int64)]

    def grad(self, op, grad_indices, grad_values, grad_shape):
        a_indices, _, _, b_indices = op.inputs[:4]
        a_grad, b_grad = apply_op("SparseAddGrad", [grad_values, a_indices, b_indices, op.outputs[0]], {})
        return [None, a_grad, None, None, b_grad, None, None]


@register_op(
    "SparseAddGrad",
    inputs=["backprop_val_grad: T", "a_indices: int64", "b_indices: int64", "sum_indices: int64"],
    outputs=["a_val_grad: T", "b_val_grad: T"],
    attrs=["T: %s" % _NUMBER],
)
class SparseAddGrad(OpDef):
    def shape(self, backprop_val_grad, a_indices, b_indices, sum_indices):
        return [TensorShape([_dim(a_indices, 0)]), TensorShape([_dim(b_indices, 0)])]

    def kernel(self, backprop_val_grad, a_indices, b_indices, sum_indices):
        return [
            _take_or_zero(backprop_val_grad, _row_positions(sum_indices, idx))
            for idx in (a_indices, b_indices)
        ]

    grad = None


@register_op(
    "SparseTensorDenseAdd",
    inputs=["a_indices: Tindices", "a_values: T", "a_shape: Tindices", "b: T"],
    outputs=["output: T"],
    attrs=["T: %s" % _NUMBER, "Tindices: {int32, int64}"],
)
class SparseTensorDenseAdd(OpDef):
    def shape(self, a_indices, a_values, a_shape, b):
        return b.shape

    def kernel(self, a_indices, a_values, a_shape, b):
        _check_sparse(a_indices, a_values, a_shape, "a_")
        if a_shape.shape[0] != b.ndim:
            raise _invalid(
                "Two operands have different ranks; received: %d and %d" % (a_shape.shape[0], b.ndim)
            )
        for d in range(b.ndim):
            if a_shape[d] != b.shape[d]:
                raise _invalid(
                    "Dimension %d does not equal (no broadcasting is supported): sparse "
                    "side %d vs dense side %d" % (d, a_shape[d], b.shape[d])
                )
        bad = (a_indices < 0) | (a_indices >= np.asarray(b.shape, np.int64))
        if bad.any():
            i, d = np.argwhere(bad)[0]
            raise _invalid(
                "Sparse tensor has an invalid index on dimension %d: a_indices(%d,%d) = %d, "
                "dense tensor shape: %s" % (d, i, d, a_indices[i, d], " ".join(str(s) for s in b.shape))
            )
        out = np.array(b, copy=True)
        np.add.at(out, tuple(a_indices.T), a_values)
        return out

    def grad(self, op, grad):
        return [None, apply_op("GatherNd", [grad, op.inputs[0]], {}), None, grad]


# ---------------------------------------------------------------------- SparseConcat
@register_op(
    "SparseConcat",
    inputs=["indices: N * int64", "values: N * T", "shapes: N * int64"],
    outputs=["output_indices: int64", "output_values: T", "output_shape: int64"],
    attrs=["concat_dim: int", "N: int >= 2", "T: type"],
)
class SparseConcat(OpDef):
    def shape(self, indices, values, shapes):
        rows, rank = 0, None
        for t in indices:
            n = _dim(t, 0)
            rows = None if rows is None or n is None else rows + n
            r = _dim(t, 1)
            if r is not None:
                if rank is not None and rank != r:
                    raise ValueError("Dimensions must be equal, but are %d and %d" % (rank, r))
                rank = r
        for t in shapes:
            r = _dim(t, 0)
            if r is not None:
                if rank is not None and rank != r:
                    raise ValueError("Dimensions must be equal, but are %d and %d" % (rank, r))
                rank = r
        return [TensorShape([rows, rank]), TensorShape([rows]), TensorShape([rank])]

    def kernel(self, *args, concat_dim):
        n = len(args) // 3
        indices, values, shapes = args[:n], args[n : 2 * n], args[2 * n :]
        for k in range(len(indices)):
            _check_sparse(indices[k], values[k], shapes[k])
        rank = shapes[0].shape[0]
        if not -rank <= concat_dim < rank:
            raise _invalid("Concat dimension must be in range [%d, %d), got %d" % (-rank, rank, concat_dim))
        dim = concat_dim % rank
        for k in range(1, len(shapes)):
            if shapes[k].shape[0] != rank:
                raise _invalid(
                    "Ranks of all input tensors must match: expected %d but got %d at "
                    "position %d" % (rank, shapes[k].shape[0], k)
                )
            for d in range(rank):
                if d != dim and shapes[k][d] != shapes[0][d]:
                    raise _invalid(
                        "Input shapes must match: expected %d for dimension %d but got %d at "
                        "position %d" % (shapes[0][d], d, shapes[k][d], k)
                    )
        parts, offset = [], 0
        for idx, shp in zip(indices, shapes):
            moved = np.array(idx, np.int64, copy=True)
            moved[:, dim] += offset
            parts.append(moved)
            offset += int(shp[dim])
        out_idx = np.concatenate(parts).reshape(-1, rank)
        out_val = np.concatenate(values)
        if dim != 0 and len(out_idx):
            order = np.lexsort(tuple(out_idx[:, k] for k in range(rank - 1, -1, -1)))
            out_idx, out_val = out_idx[order], out_val[order]
        out_shape = np.array(shapes[0], np.int64, copy=True)
        out_shape[dim] = offset
        return [out_idx, out_val, out_shape]

    grad = None


# --------------------------------------------------------------------- SparseReshape
def _resolve_new_shape(in_shape, new_shape):
    """The output dense shape of a reshape of `in_shape` to `new_shape` (one -1 allowed)."""
    dense = int(np.prod(in_shape)) if len(in_shape) else 1
    out = np.array(new_shape, np.int64, copy=True)
    unknown = -1
    product = 1
    for d, size in enumerate(out):
        if size == -1:
            if unknown != -1:
                raise _invalid("only one output dimension may be -1, not both %d and %d" % (unknown, d))
            unknown = d
        else:
            if size < 0:
                raise _invalid("size %d must be non-negative, not %d" % (d, size))
            product *= int(size)
    if unknown != -1:
        missing = dense // product if product > 0 else 0
        out[unknown] = missing
        if product == 0 or dense % product:
            raise _invalid(
                "Input to reshape is a SparseTensor with %d dense values, but the requested "
                "shape requires a multiple of %d. input_shape=%s output_shape=%s"
                % (dense, product, _dims_text(in_shape), _dims_text(out))
            )
    elif product != dense:
        raise _invalid(
            "Input to reshape is a tensor with %d dense values, but the requested shape has "
            "%d. input_shape=%s output_shape=%s" % (dense, product, _dims_text(in_shape), _dims_text(out))
        )
    return out


def _linear(idx, shape):
    strides = np.ones(len(shape), np.int64)
    for d in range(len(shape) - 2, -1, -1):
        strides[d] = strides[d + 1] * shape[d + 1]
    return idx @ strides if len(shape) else np.zeros(len(idx), np.int64)


def _unravel(linear, shape):
    out = np.zeros((len(linear), len(shape)), np.int64)
    rest = linear.copy()
    for d in range(len(shape) - 1, -1, -1):
        if shape[d] > 0:
            out[:, d] = rest % shape[d]
            rest = rest // shape[d]
    return out


@register_op(
    "SparseReshape",
    inputs=["input_indices: int64", "input_shape: int64", "new_shape: int64"],
    outputs=["output_indices: int64", "output_shape: int64"],
)
class SparseReshape(OpDef):
    def shape(self, input_indices, input_shape, new_shape):
        rank = _dim(new_shape, 0)
        return [TensorShape([_dim(input_indices, 0), rank]), TensorShape([rank])]

    def kernel(self, input_indices, input_shape, new_shape):
        if input_indices.ndim != 2:
            raise _invalid(
                "Input indices should be a matrix but received shape %s" % _dims_text(input_indices.shape)
            )
        if input_shape.ndim != 1:
            raise _invalid(
                "Input shape should be a vector but received shape %s" % _dims_text(input_shape.shape)
            )
        if new_shape.ndim != 1:
            raise _invalid(
                "Target shape should be a vector but received shape %s" % _dims_text(new_shape.shape)
            )
        out_shape = _resolve_new_shape(input_shape, new_shape)
        if input_indices.shape[1] != input_shape.shape[0]:
            raise _invalid(
                "Input tensor rank %d and input indices rank %d do not match"
                % (input_shape.shape[0], input_indices.shape[1])
            )
        linear = _linear(input_indices.astype(np.int64), input_shape)
        return [_unravel(linear, out_shape), out_shape]

    def constant_value(self, op, tensor, evaluate):
        # TF's shape inference evaluates the output shape when both shapes are constant.
        if tensor is not op.outputs[1]:
            return None
        in_shape, new_shape = evaluate(op.inputs[1]), evaluate(op.inputs[2])
        if in_shape is None or new_shape is None:
            return None
        try:
            return _resolve_new_shape(np.asarray(in_shape, np.int64), np.asarray(new_shape, np.int64))
        except errors.InvalidArgumentError:
            return None

    grad = staticmethod(_no_gradient)


# ---------------------------------------------------------------------- SparseReorder
def _row_major_order(idx):
    if len(idx) < 2 or idx.shape[1] == 0:
        return np.arange(len(idx))
    return np.lexsort(tuple(idx[:, k] for k in range(idx.shape[1] - 1, -1, -1)))


@register_op(
    "SparseReorder",
    inputs=["input_indices: int64", "input_values: T", "input_shape: int64"],
    outputs=["output_indices: int64", "output_values: T"],
    attrs=["T: type"],
)
class SparseReorder(OpDef):
    def shape(self, input_indices, input_values, input_shape):
        return [input_indices.shape, input_values.shape]

    def kernel(self, input_indices, input_values, input_shape):
        _check_sparse(input_indices, input_values, input_shape)
        order = _row_major_order(input_indices)
        return [input_indices[order], input_values[order]]

    def grad(self, op, grad_indices, grad_values):
        indices, _, shape = op.inputs
        n = apply_op("Shape", [indices], {"out_type": _int64()})
        count = apply_op("StridedSlice", [n, _i32([0]), _i32([1]), _i32([1])], {"shrink_axis_mask": 1})
        positions = apply_op("Range", [np.int64(0), count, np.int64(1)], {"Tidx": _int64()})
        _, moved = apply_op("SparseReorder", [indices, positions, shape], {})
        inverse = apply_op("InvertPermutation", [moved], {})
        return [None, apply_op("GatherV2", [grad_values, inverse, np.int32(0)], {}), None]


def _int64():
    from tensorweave.framework import dtypes

    return dtypes.int64


def _i32(values):
    return np.array(values, np.int32)


# ------------------------------------------------------------------------ SparseSlice
@register_op(
    "SparseSlice",
    inputs=["indices: int64", "values: T", "shape: int64", "start: int64", "size: int64"],
    outputs=["output_indices: int64", "output_values: T", "output_shape: int64"],
    attrs=["T: type"],
)
class SparseSlice(OpDef):
    def shape(self, indices, values, shape, start, size):
        rank = _dim(shape, 0)
        return [TensorShape([None, rank]), _UNKNOWN_VECTOR, TensorShape([rank])]

    def kernel(self, indices, values, shape, start, size):
        _check_sparse(indices, values, shape)
        if start.ndim != 1 or size.ndim != 1:
            raise _invalid(
                "Input start and size should be vectors but received shapes %s and %s"
                % (_dims_text(start.shape), _dims_text(size.shape))
            )
        rank = shape.shape[0]
        if start.shape[0] != rank or size.shape[0] != rank:
            raise _invalid(
                "Expected start and size to have %d elements, got %d and %d"
                % (rank, start.shape[0], size.shape[0])
            )
        if np.any(size < 0):
            raise _invalid("SparseSlice: expected a non-negative size, got %d" % int(size[np.argmax(size < 0)]))
        end = np.minimum(start + size, shape)
        out_shape = np.maximum(end - start, 0).astype(np.int64)
        inside = np.all((indices >= start) & (indices < end), axis=1)
        return [(indices[inside] - start).astype(np.int64), values[inside], out_shape]

    def constant_value(self, op, tensor, evaluate):
        # TF's shape inference evaluates the output shape when shape, start and size are known.
        if tensor is not op.outputs[2]:
            return None
        shape, start, size = (evaluate(t) for t in op.inputs[2:])
        if shape is None or start is None or size is None:
            return None
        shape, start, size = (np.asarray(v, np.int64) for v in (shape, start, size))
        if not (shape.ndim == start.ndim == size.ndim == 1) or np.any(size < 0) or \
                not len(shape) == len(start) == len(size):
            return None
        return np.maximum(np.minimum(start + size, shape) - start, 0).astype(np.int64)

    def grad(self, op, grad_indices, grad_values, grad_shape):
        indices, _, _, start, _ = op.inputs
        val_grad = apply_op("SparseSliceGrad", [grad_values, indices, start, op.outputs[0]], {})
        return [None, val_grad, None, None, None]


@register_op(
    "SparseSliceGrad",
    inputs=["backprop_val_grad: T", "input_indices: int64", "input_start: int64", "output_indices: int64"],
    outputs=["val_grad: T"],
    attrs=["T: %s" % _NUMBER],
)
class SparseSliceGrad(OpDef):
    def shape(self, backprop_val_grad, input_indices, input_start, output_indices):
        return TensorShape([_dim(input_indices, 0)])

    def kernel(self, backprop_val_grad, input_indices, input_start, output_indices):
        return _take_or_zero(backprop_val_grad, _row_positions(output_indices + input_start, input_indices))

    grad = staticmethod(_no_gradient)


# ------------------------------------------------------------------------ SparseSplit
@register_op(
    "SparseSplit",
    inputs=["split_dim: int64", "indices: int64", "values: T", "shape: int64"],
    outputs=[
        "output_indices: num_split * int64",
        "output_values: num_split * T",
        "output_shape: num_split * int64",
    ],
    attrs=["num_split: int >= 1", "T: type"],
)
class SparseSplit(OpDef):
    def shape(self, split_dim, indices, values, shape, *, num_split):
        rank = _dim(shape, 0)
        if rank is None:
            rank = _dim(indices, 1)
        return (
            [TensorShape([None, rank])] * num_split
            + [_UNKNOWN_VECTOR] * num_split
            + [TensorShape([rank])] * num_split
        )

    def kernel(self, split_dim, indices, values, shape, *, num_split):
        _check_sparse(indices, values, shape)
        rank = shape.shape[0]
        axis = int(split_dim)
        if not -rank <= axis < rank:
            raise _invalid("Input split_dim should be between %d and %d, got %d" % (-rank, rank, axis))
        axis %= rank
        bad = np.any((indices < 0) | (indices >= shape), axis=1)
        if bad.any():
            i = int(np.argmax(bad))
            raise _invalid(
                "Sparse index tuple indices[%d, :] = [%s] is out of bounds"
                % (i, ", ".join(str(int(v)) for v in indices[i]))
            )
        size = int(shape[axis])
        if not 1 <= num_split <= size:
            raise _invalid(
                "Input num_split should be between 1 and the splitting dimension size (%d), "
                "got %d" % (size, num_split)
            )
        base, extra = divmod(size, num_split)
        bounds = [0]
        for k in range(num_split):
            bounds.append(bounds[-1] + base + (1 if k < extra else 0))
        out_idx, out_val, out_shape = [], [], []
        for k in range(num_split):
            inside = (indices[:, axis] >= bounds[k]) & (indices[:, axis] < bounds[k + 1])
            piece = np.array(indices[inside], np.int64, copy=True)
            piece[:, axis] -= bounds[k]
            out_idx.append(piece)
            out_val.append(values[inside])
            shp = np.array(shape, np.int64, copy=True)
            shp[axis] = bounds[k + 1] - bounds[k]
            out_shape.append(shp)
        return out_idx + out_val + out_shape

    grad = staticmethod(_no_gradient)


# --------------------------------------------------------------- SparseFillEmptyRows
@register_op(
    "SparseFillEmptyRows",
    inputs=["indices: int64", "values: T", "dense_shape: int64", "default_value: T"],
    outputs=[
        "output_indices: int64",
        "output_values: T",
        "empty_row_indicator: bool",
        "reverse_index_map: int64",
    ],
    attrs=["T: type"],
)
class SparseFillEmptyRows(OpDef):
    def shape(self, indices, values, dense_shape, default_value):
        rows = None
        known = tensor_util.constant_value(dense_shape)
        if known is not None and np.ndim(known) == 1 and len(known):
            rows = int(known[0])
        return [
            TensorShape([None, _dim(indices, 1)]),
            _UNKNOWN_VECTOR,
            TensorShape([rows]),
            TensorShape([_dim(indices, 0)]),
        ]

    def kernel(self, indices, values, dense_shape, default_value):
        if dense_shape.ndim != 1:
            raise _invalid("dense_shape must be a vector, saw: %s" % _dims_text(dense_shape.shape))
        if indices.ndim != 2:
            raise _invalid("indices must be a matrix, saw: %s" % _dims_text(indices.shape))
        if values.ndim != 1:
            raise _invalid("values must be a vector, saw: %s" % _dims_text(values.shape))
        if np.ndim(default_value) != 0:
            raise _invalid("default_value must be a scalar, saw: %s" % _dims_text(np.shape(default_value)))
        if indices.shape[0] != values.shape[0]:
            raise _invalid(
                "The length of `values` (%d) must match the first dimension of `indices` (%d)."
                % (values.shape[0], indices.shape[0])
            )
        if dense_shape.shape[0] == 0:
            raise _invalid("Dense shape cannot be empty.")
        rows = int(dense_shape[0])
        n = len(indices)
        row_of = indices[:, 0] if n and indices.shape[1] else np.zeros(n, np.int64)
        bad = (row_of < 0) | (row_of >= rows)
        if bad.any():
            i = int(np.argmax(bad))
            if row_of[i] < 0:
                raise _invalid("indices(%d, 0) is invalid: %d < 0" % (i, row_of[i]))
            raise _invalid("indices(%d, 0) is invalid: %d >= %d" % (i, row_of[i], rows))
        counts = np.bincount(row_of, minlength=rows) if n else np.zeros(rows, np.int64)
        empty = counts == 0
        per_row = np.maximum(counts, 1)
        starts = (
            np.concatenate([[0], np.cumsum(per_row)[:-1]]).astype(np.int64) if rows else np.zeros(0, np.int64)
        )
        total = int(per_row.sum())
        out_idx = np.zeros((total, indices.shape[1]), np.int64)
        out_val = np.full(total, default_value, dtype=values.dtype)
        empty_rows = np.flatnonzero(empty)
        out_idx[starts[empty_rows], 0] = empty_rows
        order = np.argsort(row_of, kind="stable")
        within = np.arange(n) - np.concatenate([[0], np.cumsum(counts)])[row_of[order]] if n else order
        reverse = np.zeros(n, np.int64)
        reverse[order] = starts[row_of[order]] + within
        out_idx[reverse] = indices
        out_val[reverse] = values
        return [out_idx, out_val, empty, reverse]

    def grad(self, op, grad_indices, grad_values, grad_empty, grad_reverse):
        d_values, d_default = apply_op("SparseFillEmptyRowsGrad", [op.outputs[3], grad_values], {})
        return [None, d_values, None, d_default]


@register_op(
    "SparseFillEmptyRowsGrad",
    inputs=["reverse_index_map: int64", "grad_values: T"],
    outputs=["d_values: T", "d_default_value: T"],
    attrs=["T: type"],
)
class SparseFillEmptyRowsGrad(OpDef):
    def shape(self, reverse_index_map, grad_values):
        return [TensorShape([_dim(reverse_index_map, 0)]), TensorShape([])]

    def kernel(self, reverse_index_map, grad_values):
        if reverse_index_map.ndim != 1:
            raise _invalid(
                "reverse_index_map must be a vector, saw: %s" % _dims_text(reverse_index_map.shape)
            )
        if grad_values.ndim != 1:
            raise _invalid("grad_values must be a vector, saw: %s" % _dims_text(grad_values.shape))
        bad = (reverse_index_map < 0) | (reverse_index_map >= len(grad_values))
        if bad.any():
            i = int(np.argmax(bad))
            raise _invalid(
                "Elements in reverse index must be in [0, %d) but got %d"
                % (len(grad_values), reverse_index_map[i])
            )
        d_values = grad_values[reverse_index_map]
        unused = np.ones(len(grad_values), bool)
        unused[reverse_index_map] = False
        return [d_values, np.asarray(grad_values[unused].sum(), grad_values.dtype)]

    grad = staticmethod(_no_gradient)
