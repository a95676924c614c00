"""SparseTensor: a tensor stored as (indices, values, dense_shape), and the ops that make and
densify one (sparse_placeholder, SparseToDense).

`SparseTensor(indices, values, dense_shape)` stands for the dense tensor `d` of shape
`dense_shape` with `d[indices[i]] = values[i]` and zeros elsewhere. It is a Python triple of
tensors, not a Tensor: ops do not accept it (converting one raises TypeError, as in TF). Fetching
one from a Session returns a `SparseTensorValue`; feeding one takes a `SparseTensorValue` or an
`(indices, values, dense_shape)` triple (see client/fetch.py).
"""

import collections

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


@tf_export("SparseTensorValue")
class SparseTensorValue(collections.namedtuple("SparseTensorValue", ["indices", "values", "dense_shape"])):
    """What Session.run returns for a fetched SparseTensor: three NumPy arrays."""

    __slots__ = ()


@tf_export("SparseTensor", "sparse.SparseTensor")
class SparseTensor:
    """A sparse tensor: int64 `indices` [N, rank], `values` [N] and int64 `dense_shape` [rank]."""

    __slots__ = ("_dense_shape", "_dense_shape_default", "_indices", "_values")

    def __init__(self, indices, values, dense_shape):
        with name_scope(None, "SparseTensor", [indices, values, dense_shape]):
            indices = _convert_named(indices, "indices", _dtypes.int64)
            values = _convert_named(values, "values", None)
            dense_shape = _convert_named(dense_shape, "dense_shape", _dtypes.int64)
        indices_shape = indices.shape.with_rank(2)
        values_shape = values.shape.with_rank(1)
        dense_shape_shape = dense_shape.shape.with_rank(1)
        # One row of indices per value, one column per dimension of dense_shape.
        indices_shape.dims[0].assert_is_compatible_with(values_shape.dims[0])
        indices_shape.dims[1].assert_is_compatible_with(dense_shape_shape.dims[0])
        self._indices = indices
        self._values = values
        self._dense_shape = dense_shape
        self._dense_shape_default = tensor_util.constant_value_as_shape(dense_shape)

    @classmethod
    def from_value(cls, sparse_tensor_value):
        """A SparseTensor of constants from a SparseTensorValue (or a new one from a SparseTensor)."""
        if not is_sparse(sparse_tensor_value):
            raise TypeError("Neither a SparseTensor nor SparseTensorValue: %s." % (sparse_tensor_value,))
        return cls(sparse_tensor_value.indices, sparse_tensor_value.values,
                   sparse_tensor_value.dense_shape)

    @property
    def indices(self):
        return self._indices

    @property
    def values(self):
        return self._values

    @property
    def dense_shape(self):
        return self._dense_shape

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def op(self):
        return self._values.op

    @property
    def graph(self):
        return self._indices.graph

    @property
    def shape(self):
        """The static shape of the dense tensor this stands for."""
        return self._dense_shape_default

    def get_shape(self):
        return self._dense_shape_default

    def consumers(self):
        seen = []
        for t in (self._indices, self._values, self._dense_shape):
            for op in t.consumers():
                if op not in seen:
                    seen.append(op)
        return seen

    def eval(self, feed_dict=None, session=None):
        """Runs this SparseTensor in `session` (default: the default session)."""
        return _ops._run_using_default_session(self, feed_dict, self.graph, session)

    def __str__(self):
        return "SparseTensor(indices=%s, values=%s, dense_shape=%s)" % (
            self._indices, self._values, self._dense_shape)

    __repr__ = __str__


def _convert_named(value, name, dtype):
    try:
        return _ops.convert_to_tensor(value, dtype=dtype, name=name)
    except ValueError as err:
        if str(err).startswith(name + ": "):  # convert_to_tensor named it already
            raise
        raise ValueError("%s: %s" % (name, err)) from None


def is_sparse(x):
    """Whether `x` is a SparseTensor or a SparseTensorValue."""
    return isinstance(x, (SparseTensor, SparseTensorValue))


def _sparse_to_tensor(value, dtype=None, name=None, as_ref=False):
    raise TypeError("Failed to convert elements of %s to Tensor. Consider casting elements to a "
                    "supported type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for "
                    "supported TF dtypes." % (value,))


_ops.register_tensor_conversion_function(SparseTensor, _sparse_to_tensor, 100)


# ------------------------------------------------------------ sparse_placeholder
@tf_export("sparse_placeholder", "sparse.placeholder")
def sparse_placeholder(dtype, shape=None, name=None) -> SparseTensor:
    """A SparseTensor of three placeholders; feed it a SparseTensorValue.

    With a static `shape`, `dense_shape` is a PlaceholderWithDefault holding `shape` (unknown
    dims as -1), so it need not be fed."""

    def sub(suffix):
        return None if name is None else name + "/" + suffix

    if isinstance(shape, _ops.Tensor):
        # A shape tensor is the default of the dense_shape placeholder; its constant value (when
        # known) gives the static shape.
        rank = shape.shape.with_rank(1).dims[0].value
        static = tensor_util.constant_value_as_shape(shape)
        dense_shape = apply_op("PlaceholderWithDefault", [shape], {"shape": shape.shape}, name=sub("shape"))
    elif shape is None or TensorShape(_minus_one_as_none(shape)).ndims is None:
        dense_shape = apply_op("Placeholder", [], {"dtype": _dtypes.int64, "shape": TensorShape([None])},
                               name=sub("shape"))
        rank = None
        static = TensorShape(None)
    else:
        static = TensorShape(_minus_one_as_none(shape))
        rank = static.ndims
        default = np.array([-1 if d is None else d for d in static.as_list()], dtype=np.int64)
        default_t = _ops.convert_to_tensor(default, name=sub("shape_default") or "Const")
        dense_shape = apply_op("PlaceholderWithDefault", [default_t], {"shape": TensorShape([rank])},
                               name=sub("shape"))
    values = apply_op("Placeholder", [], {"dtype": _dtypes.as_dtype(dtype), "shape": TensorShape([None])},
                      name=sub("values"))
    indices = apply_op("Placeholder", [], {"dtype": _dtypes.int64, "shape": TensorShape([None, rank])},
                       name=sub("indices"))
    result = SparseTensor(indices, values, dense_shape)
    result._dense_shape_default = static
    return result


def _minus_one_as_none(shape):
    if isinstance(shape, (list, tuple)):
        return [None if (isinstance(d, (int, np.integer)) and d == -1) else d for d in shape]
    return shape


# ------------------------------------------------------------------ SparseToDense
def _index_text(row):
    return "[" + ",".join(str(int(v)) for v in row) + "]"


def _validate_sorted_in_bounds(idx, shape):
    """Raises InvalidArgumentError at the first index that is out of bounds, out of order or a
    repeat of the one before (TF's checks when validate_indices is set)."""
    out_of_bounds = np.any((idx < 0) | (idx >= shape), axis=1)
    order = np.zeros(len(idx), dtype=np.int8)  # 1: out of order, 2: repeated
    if len(idx) > 1:
        diff = idx[1:] - idx[:-1]
        nonzero = diff != 0
        first = np.argmax(nonzero, axis=1)
        lead = diff[np.arange(len(diff)), first]
        order[1:] = np.where(~nonzero.any(axis=1), 2, np.where(lead < 0, 1, 0))
    bad = np.flatnonzero(out_of_bounds | (order > 0))
    if not bad.size:
        return
    i = int(bad[0])
    where = "indices[%d] = %s" % (i, _index_text(idx[i]))
    if out_of_bounds[i]:
        msg = "%s is out of bounds: need 0 <= index < %s" % (where, _index_text(shape))
    elif order[i] == 1:
        msg = ("%s is out of order. Many sparse ops require sorted indices.\n"
               "    Use `tf.sparse.reorder` to create a correctly ordered copy.\n\n" % where)
    else:
        msg = "%s is repeated" % where
    raise errors.InvalidArgumentError(None, None, msg)


@register_op("SparseToDense",
             inputs=["sparse_indices: Tindices", "output_shape: Tindices", "sparse_values: T",
                     "default_value: T"],
             outputs=["dense: T"],
             attrs=["validate_indices: bool = true", "T: type", "Tindices: {int32, int64}"])
class SparseToDense(OpDef):
    def shape(self, sparse_indices, output_shape, sparse_values, default_value):
        output_shape.shape.with_rank_at_most(1)
        return tensor_util.constant_value_as_shape(output_shape) if output_shape.shape.ndims == 1 \
            else TensorShape(None)

    def kernel(self, sparse_indices, output_shape, sparse_values, default_value, *, validate_indices):
        indices = np.asarray(sparse_indices, dtype=np.int64)
        shape = np.asarray(output_shape, dtype=np.int64).reshape(-1)
        values = np.asarray(sparse_values)
        default = np.asarray(default_value)
        if indices.ndim > 2:
            raise errors.InvalidArgumentError(
                None, None, "sparse_indices should be a scalar, vector, or matrix, got shape %s"
                % (list(indices.shape),))
        if np.ndim(output_shape) > 1:
            raise errors.InvalidArgumentError(
                None, None, "output_shape should be a scalar or vector, got shape %s"
                % (list(np.shape(output_shape)),))
        num = indices.shape[0] if indices.ndim > 0 else 1
        dims = indices.shape[1] if indices.ndim > 1 else 1
        if values.ndim > 1 or (values.ndim == 1 and values.shape[0] != num):
            raise errors.InvalidArgumentError(
                None, None, "sparse_values has incorrect shape %s, should be [] or [%d]"
                % (_index_text(values.shape), num))
        if shape.size != dims:
            raise errors.InvalidArgumentError(
                None, None, "output_shape has incorrect number of elements: %d should be: %d"
                % (shape.size, dims))
        if default.ndim != 0:
            raise errors.InvalidArgumentError(None, None, "default_value should be a scalar.")
        if np.any(shape < 0):
            raise errors.InvalidArgumentError(
                None, None, "Dimension %d must be >= 0" % int(shape[np.argmax(shape < 0)]))
        idx = indices.reshape(num, dims)
        if validate_indices:
            _validate_sorted_in_bounds(idx, shape)
        elif num:
            bad = np.flatnonzero(np.any((idx < 0) | (idx >= shape), axis=1))
            if bad.size:
                i = int(bad[0])
                raise errors.InvalidArgumentError(
                    None, None, "indices[%d] = %s is out of bounds: need 0 <= index < %s"
                    % (i, _index_text(idx[i]), _index_text(shape)))
        out_dtype = default.dtype if default.dtype != object else object
        dense = np.full(tuple(shape.tolist()), default[()], dtype=out_dtype)
        if num:
            dense[tuple(idx.T)] = values
        return dense

    def grad(self, op, grad):
        indices, _, values, _ = op.inputs
        if indices.shape.ndims is not None and indices.shape.ndims < 2:
            indices = apply_op("Reshape", [indices, np.array([-1, 1], np.int32)], {})
        values_grad = apply_op("GatherNd", [grad, indices], {})
        if values.shape.ndims == 0:
            values_grad = apply_op("Sum", [values_grad, np.array([0], np.int32)], {})
        all_axes = apply_op("Range", [np.int32(0), apply_op("Rank", [grad], {}), np.int32(1)], {})
        total = apply_op("Sum", [grad, all_axes], {})
        taken = apply_op("Sum", [values_grad, apply_op("Range", [np.int32(0), apply_op(
            "Rank", [values_grad], {}), np.int32(1)], {})], {})
        return [None, None, values_grad, apply_op("Sub", [total, taken], {})]


@tf_export("sparse.to_dense", "sparse_tensor_to_dense")
def sparse_tensor_to_dense(sp_input, default_value=None, validate_indices=True, name=None):
    """The dense tensor a SparseTensor stands for, `default_value` (zero) where no value is set.

    With `validate_indices` (the default) indices must be sorted in row-major order and unique."""
    if isinstance(sp_input, SparseTensorValue):
        sp_input = SparseTensor.from_value(sp_input)
    if not isinstance(sp_input, SparseTensor):
        raise TypeError("Input must be a SparseTensor.")
    if default_value is None:
        dt = sp_input.dtype.base_dtype
        zero = np.array(b"", dtype=object) if dt is _dtypes.string else np.zeros((), dt.as_numpy_dtype)
        default_value = _ops.convert_to_tensor(zero, dtype=dt, name="zeros")
    return apply_op("SparseToDense",
                    [sp_input.indices, sp_input.dense_shape, sp_input.values, default_value],
                    {"validate_indices": validate_indices}, name=name)
