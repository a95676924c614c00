"""IndexedSlices: a sparse representation of a dense tensor by rows (e.g. the gradient of a gather).

`IndexedSlices(values, indices, dense_shape)` stands for the dense tensor `d` with
`d[indices[i]] = values[i]` (rows at repeated indices add up) and zeros elsewhere. Converting it
to a Tensor (any op input accepts one) emits an `UnsortedSegmentSum`.
"""

import warnings

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util

_LARGE_SPARSE_NUM_ELEMENTS = 100000000


@tf_export("IndexedSlices")
class IndexedSlices:
    """A sparse slice of a tensor along its first dimension."""

    __slots__ = ("_dense_shape", "_indices", "_values")

    def __init__(self, values, indices, dense_shape=None):
        self._values = values
        self._indices = indices
        self._dense_shape = dense_shape

    @property
    def values(self):
        return self._values

    @property
    def indices(self):
        return self._indices

    @property
    def dense_shape(self):
        return self._dense_shape

    @property
    def name(self):
        return self._values.name

    @property
    def device(self):
        return self._values.device

    @property
    def op(self):
        return self._values.op

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def graph(self):
        return self._values.graph

    @property
    def shape(self):
        """The static shape of the dense tensor this represents."""
        from tensorweave.framework.tensor_shape import TensorShape

        if self._dense_shape is None:
            return TensorShape(None)
        # As in TF, only what is known of `dense_shape` (not the values' shape).
        return tensor_util.constant_value_as_shape(self._dense_shape)

    def get_shape(self):
        return self.shape

    def consumers(self):
        return self._values.consumers()

    def __neg__(self):
        from tensorweave.framework.op_def import apply_op

        return IndexedSlices(apply_op("Neg", [self._values], {}), self._indices, self._dense_shape)

    def __str__(self):
        return "IndexedSlices(indices=%s, values=%s%s)" % (
            self._indices, self._values,
            (", dense_shape=%s" % (self._dense_shape,)) if self._dense_shape is not None else "")

    __repr__ = __str__


@tf_export("IndexedSlicesValue")
class IndexedSlicesValue:
    """What Session.run returns for a fetched IndexedSlices."""

    __slots__ = ("dense_shape", "indices", "values")

    def __init__(self, values, indices, dense_shape):
        self.values = values
        self.indices = indices
        self.dense_shape = dense_shape

    def __iter__(self):
        return iter((self.values, self.indices, self.dense_shape))

    def __repr__(self):
        return "IndexedSlicesValue(values=%r, indices=%r, dense_shape=%r)" % (
            self.values, self.indices, self.dense_shape)


def _indexed_slices_to_tensor(value, dtype=None, name=None, as_ref=False):
    from tensorweave.framework.op_def import apply_op

    if dtype is not None and not dtype.is_compatible_with(value.dtype):
        raise ValueError("Tensor conversion requested dtype %s for IndexedSlices with dtype %s"
                         % (dtype.name, value.dtype.name))
    if value.dense_shape is None:
        raise ValueError("Tensor conversion requested for IndexedSlices for argument `value` "
                         "without dense_shape: %s" % value)
    shape = tensor_util.constant_value(value.dense_shape)
    if shape is not None and int(np.prod(shape, dtype=np.int64)) >= _LARGE_SPARSE_NUM_ELEMENTS:
        warnings.warn("Converting sparse IndexedSlices to a dense Tensor with %d elements. This may "
                      "consume a large amount of memory." % int(np.prod(shape, dtype=np.int64)),
                      stacklevel=3)
    num_rows = _first_dim(value.dense_shape)
    return apply_op("UnsortedSegmentSum", [value.values, value.indices, num_rows], {}, name=name)


def _first_dim(dense_shape):
    """dense_shape[0] as a scalar tensor (a Const when the shape is static)."""
    from tensorweave.framework.op_def import apply_op

    static = tensor_util.constant_value(dense_shape)
    if static is not None:
        arr = np.asarray(static[0], dtype=dense_shape.dtype.as_numpy_dtype)
        return _ops.convert_to_tensor(arr)
    return apply_op("StridedSlice", [dense_shape, [0], [1], [1]],
                    {"shrink_axis_mask": 1, "begin_mask": 0, "end_mask": 0,
                     "ellipsis_mask": 0, "new_axis_mask": 0}, name="strided_slice")


def is_indexed_slices(value):
    return isinstance(value, IndexedSlices)


_ops.register_tensor_conversion_function(IndexedSlices, _indexed_slices_to_tensor, 100)
