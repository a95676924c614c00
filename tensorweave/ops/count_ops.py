"""tf.sparse.bincount: DenseCountSparseOutput and SparseCountSparseOutput, which count (or sum
weights of) non-negative integer values, over everything (axis=0) or row by row (axis=-1, for
rank-2 input), and return the counts as a SparseTensor sorted by (row, value)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import control_dependencies, name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape

_ATTRS = ["T: {int32, int64}", "minlength: int >= -1 = -1", "maxlength: int >= -1 = -1",
          "binary_output: bool", "output_type: {int32, int64, float, double}"]


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _count(rows, values, weights, num_rows, minlength, maxlength, binary_output, out_dtype,
           batched):
    """Sparse counts of `values` (with their row ids) as (indices, values, dense_shape)."""
    values = np.asarray(values, np.int64)
    if values.size and values.min() < 0:
        raise _invalid("Input values must all be non-negative")
    # TF sizes the output from the largest value of all (0 without values), then caps it at
    # maxlength and raises it to minlength; values at or past maxlength are not counted.
    size = (int(values.max()) if values.size else 0) + 1
    if maxlength >= 0:
        size = min(size, maxlength)
    if minlength >= 0:
        size = max(size, minlength)
    keep = values < maxlength if maxlength >= 0 else np.ones(values.shape, bool)
    rows, values = rows[keep], values[keep]
    w = None if weights is None else np.asarray(weights)[keep]
    keys = rows * max(size, 1) + values
    uniq, inverse = np.unique(keys, return_inverse=True)
    if binary_output:
        out = np.ones(uniq.size, out_dtype)
    elif w is not None:
        out = np.zeros(uniq.size, np.float64 if out_dtype.kind == "f" else np.int64)
        np.add.at(out, inverse, w)
        out = out.astype(out_dtype)
    else:
        out = np.bincount(inverse, minlength=uniq.size).astype(out_dtype)
    if batched:
        idx = np.stack([uniq // max(size, 1), uniq % max(size, 1)], axis=1)
        shape = np.array([num_rows, size], np.int64)
    else:
        idx = uniq.reshape(-1, 1)
        shape = np.array([size], np.int64)
    return [idx.astype(np.int64).reshape(-1, 2 if batched else 1), out, shape]


def _weights_or_none(weights, like_shape, what):
    weights = np.asarray(weights)
    if weights.size == 0:
        return None
    if weights.shape != tuple(like_shape):
        raise _invalid("Weights and %s must have the same shape. Weight shape: %s; %s shape: %s"
                       % (what, list(weights.shape), what, list(like_shape)))
    return weights.reshape(-1)


def _out_shapes(batched_rank):
    rank = batched_rank
    return [TensorShape([None, rank]), TensorShape([None]), TensorShape([rank])]


@register_op("DenseCountSparseOutput", inputs=["values: T", "weights: output_type"],
             outputs=["output_indices: int64", "output_values: output_type",
                      "output_dense_shape: int64"], attrs=_ATTRS)
class DenseCountSparseOutput(OpDef):
    def shape(self, values, weights):
        nd = values.shape.ndims
        if nd is not None and nd not in (1, 2):
            raise ValueError("Shape must be at most rank 2 but is rank %d" % nd)
        return _out_shapes(nd if nd is not None else None)

    def kernel(self, values, weights, *, minlength, maxlength, binary_output, output_type):
        values = np.asarray(values)
        if values.ndim not in (1, 2):
            raise _invalid("Input must be a 1 or 2-dimensional tensor. Got: %d" % values.ndim)
        w = _weights_or_none(weights, values.shape, "values")
        batched = values.ndim == 2
        rows = (np.repeat(np.arange(values.shape[0]), values.shape[1]) if batched
                else np.zeros(values.size, np.int64))
        return _count(rows, values.reshape(-1), w, values.shape[0] if batched else 1, minlength,
                      maxlength, binary_output, np.dtype(output_type.as_numpy_dtype), batched)

    grad = None


@register_op("SparseCountSparseOutput",
             inputs=["indices: int64", "values: T", "dense_shape: int64", "weights: output_type"],
             outputs=["output_indices: int64", "output_values: output_type",
                      "output_dense_shape: int64"], attrs=_ATTRS)
class SparseCountSparseOutput(OpDef):
    def shape(self, indices, values, dense_shape, weights):
        rank = dense_shape.shape[0] if dense_shape.shape.ndims == 1 else None
        return _out_shapes(rank)

    def kernel(self, indices, values, dense_shape, weights, *, minlength, maxlength,
               binary_output, output_type):
        indices = np.asarray(indices).reshape(-1, np.size(dense_shape))
        shape = np.asarray(dense_shape).reshape(-1)
        if shape.size not in (1, 2):
            raise _invalid("Input must be a 1 or 2-dimensional tensor. Got: %d" % shape.size)
        if indices.shape[0] != np.size(values):
            raise _invalid("Number of values must match first dimension of indices. Got %d "
                           "values, indices shape: %s" % (np.size(values), list(indices.shape)))
        w = _weights_or_none(weights, np.shape(values), "values")
        batched = shape.size == 2
        rows = indices[:, 0] if batched else np.zeros(np.size(values), np.int64)
        return _count(rows.astype(np.int64), np.reshape(values, -1), w,
                      int(shape[0]) if batched else 1, minlength, maxlength, binary_output,
                      np.dtype(output_type.as_numpy_dtype), batched)

    grad = None


def _sparse_weights(values, weights):
    if weights is None:
        return _ops.convert_to_tensor(np.zeros([0], values.values.dtype.as_numpy_dtype))
    if not isinstance(weights, SparseTensor):
        raise ValueError("Argument `weights` must be a SparseTensor if `values` is a "
                         "SparseTensor. Received weights=%s of type: %s"
                         % (weights, type(weights).__name__))
    checks = []
    if weights.dense_shape is not values.dense_shape:
        checks.append(_tf("debugging.assert_equal")(
            weights.dense_shape, values.dense_shape,
            message="'weights' and 'values' must have the same dense shape."))
    if weights.indices is not values.indices:
        checks.append(_tf("debugging.assert_equal")(
            weights.indices, values.indices,
            message="'weights' and 'values' must have the same indices."))
    if checks:
        with control_dependencies(checks):
            return apply_op("Identity", [weights.values], {})
    return weights.values


def _tf(name):
    from tensorweave import _api

    return _api.EXPORTS[name]


@tf_export("sparse.bincount")
def sparse_bincount(values, weights=None, axis=0, minlength=None, maxlength=None,
                    binary_output=False, name=None):
    """Counts (or sums `weights` of) the integer `values`: over everything (axis=0) or per row
    of a rank-2 input (axis=-1). Returns a SparseTensor of the non-zero counts."""
    with name_scope(name, "count", [values, weights]):
        if not isinstance(values, SparseTensor):
            values = _ops.convert_to_tensor(values, name="values")
        if weights is not None and not isinstance(weights, SparseTensor):
            weights = _ops.convert_to_tensor(weights, name="weights")
        if weights is not None and binary_output:
            raise ValueError("Arguments `binary_output` and `weights` are mutually exclusive. "
                             "Please specify only one.")
        if axis is None:
            axis = 0
        if axis not in (0, -1):
            raise ValueError("Unsupported value for argument axis=%s. Only 0 and -1 are "
                             "currently supported." % axis)
        attrs = {"minlength": -1 if minlength is None else minlength,
                 "maxlength": -1 if maxlength is None else maxlength,
                 "binary_output": binary_output}
        if axis == 0:
            if isinstance(values, SparseTensor):
                if weights is not None:
                    weights = _sparse_weights(values, weights)
                values = values.values
            else:
                if weights is not None:
                    weights = apply_op("Reshape", [weights, np.array([-1], np.int32)], {})
                values = apply_op("Reshape", [values, np.array([-1], np.int32)], {})
        if isinstance(values, SparseTensor):
            weights = _sparse_weights(values, weights)
            out = apply_op("SparseCountSparseOutput",
                           [values.indices, values.values, values.dense_shape, weights], attrs)
        else:
            if weights is None:
                weights = _ops.convert_to_tensor(np.zeros([0], values.dtype.as_numpy_dtype))
            elif not isinstance(weights, _ops.Tensor):
                raise ValueError("Argument `weights` must be a tf.Tensor if `values` is a "
                                 "tf.Tensor. Received weights=%s of type: %s"
                                 % (weights, type(weights).__name__))
            out = apply_op("DenseCountSparseOutput", [values, weights], attrs)
        return SparseTensor(*out)
