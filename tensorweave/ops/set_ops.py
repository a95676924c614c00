"""tf.sets: intersection, union, difference and size of sets held in the last dimension of
dense tensors or SparseTensors.

A rank-n input holds one set per index of its first n-1 dimensions (its "group"). The
operations return a SparseTensor whose row for each group holds the result's elements sorted
ascending (strings byte-wise), with dense shape group shape + [largest result set], as TF's
DenseToDenseSetOperation, DenseToSparseSetOperation and SparseToSparseSetOperation do.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.sparse_tensor import SparseTensor, SparseTensorValue, _validate_sorted_in_bounds
from tensorweave.framework.tensor_shape import TensorShape

_T = "T: {int8, int16, int32, int64, uint8, uint16, string}"
_SET_ATTRS = ["set_operation: string", "validate_indices: bool = true", _T]
_OUTPUTS = ["result_indices: int64", "result_values: T", "result_shape: int64"]
_VALID_DTYPES = (_dtypes.int8, _dtypes.int16, _dtypes.int32, _dtypes.int64, _dtypes.uint8,
                 _dtypes.uint16, _dtypes.string)


def _shape_text(shape):
    return "[" + ",".join(str(int(d)) for d in shape) + "]"


# ------------------------------------------------------------------ kernels' helpers
def _dense_groups(values):
    """{group index tuple: set} of a dense input, and its group shape."""
    values = np.asarray(values)
    if values.ndim < 2:
        raise errors.InvalidArgumentError(
            None, None, "Shape %s has rank %d < 2" % (_shape_text(values.shape), values.ndim))
    group_shape = values.shape[:-1]
    rows = values.reshape(-1, values.shape[-1]) if values.size else \
        np.empty((int(np.prod(group_shape)), values.shape[-1]), values.dtype)
    groups = {}
    for flat, row in zip(np.ndindex(*group_shape), rows):
        groups[flat] = set(row.tolist())
    return groups, tuple(group_shape)


def _sparse_groups(indices, values, shape, validate_indices):
    """{group index tuple: set} of a sparse input, and its group shape."""
    indices = np.asarray(indices, dtype=np.int64)
    shape = np.asarray(shape, dtype=np.int64).reshape(-1)
    if shape.size < 2:
        raise errors.InvalidArgumentError(None, None, "Invalid rank %d." % shape.size)
    if validate_indices and len(indices):
        _validate_sorted_in_bounds(indices, shape)
    groups = {}
    for index, value in zip(indices[:, :-1].tolist(), np.asarray(values).tolist()):
        groups.setdefault(tuple(index), set()).add(value)
    return groups, tuple(int(d) for d in shape[:-1])


def _check_groups(shape1, shape2):
    if shape1 != shape2:
        raise errors.InvalidArgumentError(
            None, None, "Mismatched shapes %s vs %s" % (_shape_text(shape1), _shape_text(shape2)))


def _apply(set_operation, groups1, groups2, group_shape, dtype):
    combine = {"a-b": lambda a, b: a - b, "b-a": lambda a, b: b - a,
               "intersection": lambda a, b: a & b, "union": lambda a, b: a | b}.get(set_operation)
    if combine is None:
        raise errors.InvalidArgumentError(
            None, None, "Invalid set_operation %s." % set_operation)
    empty = set()
    indices, values, widest = [], [], 0
    for group in sorted(set(groups1) | set(groups2)):
        result = sorted(combine(groups1.get(group, empty), groups2.get(group, empty)))
        widest = max(widest, len(result))
        for j, v in enumerate(result):
            indices.append(group + (j,))
            values.append(v)
    rank = len(group_shape) + 1
    out_values = np.empty(len(values), dtype=object if dtype is _dtypes.string else dtype.as_numpy_dtype)
    out_values[:] = values
    return [np.array(indices, dtype=np.int64).reshape(-1, rank), out_values,
            np.array(list(group_shape) + [widest], dtype=np.int64)]


def _result_shapes(rank):
    return [TensorShape([None, rank]), TensorShape([None]), TensorShape([rank])]


def _at_least_rank_2(t):
    n = t.shape.ndims
    if n is not None and n < 2:
        raise ValueError("Shape must be at least rank 2 but is rank %d" % n)
    return n


def _sparse_rank(index, indices, shape):
    """The rank of a sparse input from its indices' or dense shape's static shape."""
    rank = None
    if indices.shape.ndims == 2:
        rank = indices.shape.as_list()[1]
    if rank is None and shape.shape.ndims == 1:
        rank = shape.shape.as_list()[0]
    if rank is not None and rank < 2:
        raise ValueError("Input %d, expected rank >= 2, got %d." % (index, rank))
    return rank


# ------------------------------------------------------------------ ops
@register_op("DenseToDenseSetOperation", inputs=["set1: T", "set2: T"], outputs=_OUTPUTS,
             attrs=_SET_ATTRS)
class DenseToDenseSetOperation(OpDef):
    def shape(self, set1, set2):
        r1, r2 = _at_least_rank_2(set1), _at_least_rank_2(set2)
        if r1 is not None and r2 is not None:
            a, b = set1.shape.as_list()[:-1], set2.shape.as_list()[:-1]
            if len(a) != len(b):
                raise ValueError("Shapes must be equal rank, but are %d and %d" % (len(a), len(b)))
            for i, (x, y) in enumerate(zip(a, b)):
                if x is not None and y is not None and x != y:
                    raise ValueError(
                        "Dimension %d in both shapes must be equal, but are %d and %d. Shapes are "
                        "%s and %s." % (i, x, y, _shape_text(a), _shape_text(b)))
        return _result_shapes(r1 if r1 is not None else r2)

    def kernel(self, set1, set2, *, set_operation, T):
        groups1, shape1 = _dense_groups(set1)
        groups2, shape2 = _dense_groups(set2)
        _check_groups(shape1, shape2)
        return _apply(set_operation, groups1, groups2, shape1, T)

    grad = None


@register_op("DenseToSparseSetOperation",
             inputs=["set1: T", "set2_indices: int64", "set2_values: T", "set2_shape: int64"],
             outputs=_OUTPUTS, attrs=_SET_ATTRS)
class DenseToSparseSetOperation(OpDef):
    def shape(self, set1, set2_indices, set2_values, set2_shape):
        rank = _at_least_rank_2(set1)
        if rank is None:
            rank = _sparse_rank(1, set2_indices, set2_shape)
        return _result_shapes(rank)

    def kernel(self, set1, set2_indices, set2_values, set2_shape, *, set_operation,
               validate_indices, T):
        groups1, shape1 = _dense_groups(set1)
        groups2, shape2 = _sparse_groups(set2_indices, set2_values, set2_shape, validate_indices)
        _check_groups(shape1, shape2)
        return _apply(set_operation, groups1, groups2, shape1, T)

    grad = None


@register_op("SparseToSparseSetOperation",
             inputs=["set1_indices: int64", "set1_values: T", "set1_shape: int64",
                     "set2_indices: int64", "set2_values: T", "set2_shape: int64"],
             outputs=_OUTPUTS, attrs=_SET_ATTRS)
class SparseToSparseSetOperation(OpDef):
    def shape(self, set1_indices, set1_values, set1_shape, set2_indices, set2_values, set2_shape):
        rank = _sparse_rank(0, set1_indices, set1_shape)
        other = _sparse_rank(3, set2_indices, set2_shape)
        return _result_shapes(rank if rank is not None else other)

    def kernel(self, set1_indices, set1_values, set1_shape, set2_indices, set2_values, set2_shape,
               *, set_operation, validate_indices, T):
        groups1, shape1 = _sparse_groups(set1_indices, set1_values, set1_shape, validate_indices)
        groups2, shape2 = _sparse_groups(set2_indices, set2_values, set2_shape, validate_indices)
        _check_groups(shape1, shape2)
        return _apply(set_operation, groups1, groups2, shape1, T)

    grad = None


@register_op("SetSize", inputs=["set_indices: int64", "set_values: T", "set_shape: int64"],
             outputs=["size: int32"], attrs=["validate_indices: bool = true", _T])
class SetSize(OpDef):
    def shape(self, set_indices, set_values, set_shape):
        return TensorShape(None)

    def kernel(self, set_indices, set_values, set_shape, *, validate_indices):
        groups, group_shape = _sparse_groups(set_indices, set_values, set_shape, validate_indices)
        out = np.zeros(group_shape, dtype=np.int32)
        for group, members in groups.items():
            out[group] = len(members)
        return out

    grad = None


# ------------------------------------------------------------------ Python API
def _to_tensor_or_sparse(value, name):
    if isinstance(value, SparseTensor):
        return value
    if isinstance(value, SparseTensorValue):
        return SparseTensor.from_value(value)
    return _ops.convert_to_tensor(value, name=name)


def _valid_dtypes_text():
    return "frozenset({%s})" % ", ".join("tf.%s" % d.name for d in _VALID_DTYPES)


def _convert_pair(a, b):
    a = _to_tensor_or_sparse(a, "a")
    if a.dtype.base_dtype not in _VALID_DTYPES:
        raise TypeError("'a' has invalid dtype `%s` not in supported dtypes: `%s`."
                        % (a.dtype, _valid_dtypes_text()))
    b = _to_tensor_or_sparse(b, "b")
    if b.dtype.base_dtype != a.dtype.base_dtype:
        raise TypeError("Types don't match, %s vs %s." % (a.dtype, b.dtype))
    if isinstance(a, SparseTensor) and not isinstance(b, SparseTensor):
        return b, a, True
    return a, b, False


def _set_operation(a, b, set_operation, validate_indices):
    attrs = {"set_operation": set_operation, "validate_indices": bool(validate_indices)}
    if isinstance(a, SparseTensor):
        if not isinstance(b, SparseTensor):
            raise ValueError("Sparse,Dense is not supported, but Dense,Sparse is. "  # noqa: TRY004 (TF's)
                             "Please flip the order of your inputs.")
        out = apply_op("SparseToSparseSetOperation", [a.indices, a.values, a.dense_shape,
                                                      b.indices, b.values, b.dense_shape], attrs)
    elif isinstance(b, SparseTensor):
        out = apply_op("DenseToSparseSetOperation", [a, b.indices, b.values, b.dense_shape], attrs)
    else:
        out = apply_op("DenseToDenseSetOperation", [a, b], attrs)
    return SparseTensor(*out)


@tf_export("sets.size", "sets.set_size")
def set_size(a, validate_indices=True):
    """The number of unique elements of each set in the last dimension of SparseTensor `a`."""
    a = _to_tensor_or_sparse(a, "a")
    if not isinstance(a, SparseTensor):
        raise TypeError("Expected `SparseTensor`, got %s." % a)
    if a.values.dtype.base_dtype not in _VALID_DTYPES:
        raise TypeError("Invalid dtype `%s` not in supported dtypes: `%s`."
                        % (a.values.dtype, _valid_dtypes_text()))
    return apply_op("SetSize", [a.indices, a.values, a.dense_shape],
                    {"validate_indices": bool(validate_indices)})


@tf_export("sets.intersection", "sets.set_intersection")
def set_intersection(a, b, validate_indices=True):
    """The sets of elements in both `a` and `b`, per group, as a SparseTensor."""
    a, b, _ = _convert_pair(a, b)
    return _set_operation(a, b, "intersection", validate_indices)


@tf_export("sets.difference", "sets.set_difference")
def set_difference(a, b, aminusb=True, validate_indices=True):
    """The sets of elements of `a` not in `b` (of `b` not in `a` with aminusb=False)."""
    a, b, flipped = _convert_pair(a, b)
    if flipped:
        aminusb = not aminusb
    return _set_operation(a, b, "a-b" if aminusb else "b-a", validate_indices)


@tf_export("sets.union", "sets.set_union")
def set_union(a, b, validate_indices=True):
    """The sets of elements in `a` or `b`, per group, as a SparseTensor."""
    a, b, _ = _convert_pair(a, b)
    return _set_operation(a, b, "union", validate_indices)
