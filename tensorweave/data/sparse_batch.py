"""Sparse elements in tf.data: `Dataset.sparse_batch` / `tf.data.experimental.dense_to_sparse_batch`.

`DenseToSparseBatchDataset` batches dense elements of varying shape into one SparseTensor per
batch: every entry of every element becomes a value (zeros included), indexed by its position
in the batch and in the element; the dense shape is [batch, *row_shape], an unknown row
dimension taking the largest size in the batch.

A sparse component travels between dataset ops as one `variant` tensor of shape [3] (indices,
values, dense shape), as in TF; the iterator turns it back into a SparseTensor with a
`DeserializeSparse` op. The Python side keeps the value dtype in `output_types`, the dense shape
in `output_shapes` and `SparseTensor` in `output_classes`.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.data import runtime as _rt
from tensorweave.data import structure as _structure
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _shape_text(dims):
    return "[" + ",".join(str(int(d)) for d in dims) + "]"


def sparse_value(indices, values, dense_shape):
    """A sparse component's run-time value: a [3] object array, as a variant tensor holds it."""
    out = np.empty(3, dtype=object)
    out[0], out[1], out[2] = indices, values, dense_shape
    return out


class DenseToSparseBatch(_rt.RuntimeDataset):
    def __init__(self, input_dataset, batch_size, row_shape):
        self.input = input_dataset
        self.n = _rt._check_batch_size(batch_size)
        self.row_shape = [int(d) for d in np.asarray(row_shape).reshape(-1)]

    def _check(self, element):
        if element.ndim != len(self.row_shape):
            raise _invalid("Input element had shape (%s) that is incompatible with the row shape "
                           "(%s)." % (_shape_text(element.shape), _shape_text(self.row_shape)))
        for have, want in zip(element.shape, self.row_shape):
            if want >= 0 and have > want:
                raise errors.DataLossError(
                    None, None, "Input element had shape (%s) that is larger than the row shape "
                    "(%s)." % (_shape_text(element.shape), _shape_text(self.row_shape)))

    def _sparse(self, rows):
        for row in rows:
            self._check(row)
        rank = len(self.row_shape)
        dims = [want if want >= 0 else max([r.shape[d] for r in rows] + [0])
                for d, want in enumerate(self.row_shape)]
        indices, values = [], []
        for k, row in enumerate(rows):
            positions = np.indices(row.shape).reshape(rank, -1).T if rank else np.zeros((1, 0))
            indices.append(np.concatenate([np.full((len(positions), 1), k), positions], axis=1))
            values.append(row.reshape(-1))
        out_indices = np.concatenate(indices).astype(np.int64).reshape(-1, rank + 1)
        out_values = np.concatenate(values)
        dense_shape = np.array([len(rows)] + dims, dtype=np.int64)
        return sparse_value(out_indices, out_values, dense_shape)

    def iterate(self):
        for batch in _rt._chunks(self.input.iterate(), self.n, False):
            yield (self._sparse([np.asarray(e[0]) for e in batch]),)

    def cardinality(self):
        from tensorweave.data.runtime_extra import INFINITE, UNKNOWN, cardinality

        inner = cardinality(self.input)
        if inner in (INFINITE, UNKNOWN):
            return inner
        return -(-inner // self.n)


@register_op("DenseToSparseBatchDataset",
             inputs=["input_dataset: variant", "batch_size: int64", "row_shape: int64"],
             outputs=["handle: variant"],
             attrs=["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1"])
class DenseToSparseBatchDataset(OpDef):
    def shape(self, input_dataset, batch_size, row_shape):
        return TensorShape([])

    def kernel(self, input_dataset, batch_size, row_shape):
        return DenseToSparseBatch(input_dataset, batch_size, row_shape)

    grad = None


@register_op("DeserializeSparse", inputs=["serialized_sparse: Tserialized"],
             outputs=["sparse_indices: int64", "sparse_values: dtype", "sparse_shape: int64"],
             attrs=["dtype: type", "Tserialized: {string, variant} = DT_STRING"])
class DeserializeSparse(OpDef):
    def shape(self, serialized_sparse):
        s = serialized_sparse.shape
        if s.ndims is not None and (s.ndims == 0 or s.as_list()[-1] not in (None, 3)):
            raise ValueError("Shape must be at least rank 1 with last dimension 3, but is %s" % s)
        return [TensorShape([None, None]), TensorShape([None]), TensorShape([None])]

    def kernel(self, serialized_sparse, *, dtype, Tserialized):
        s = np.asarray(serialized_sparse, dtype=object)
        if s.ndim < 1 or s.shape[-1] != 3:
            raise _invalid("Serialized sparse should have 3 as the last dimension %s"
                           % _shape_text(s.shape))
        rows = [self._one(row, dtype, Tserialized) for row in s.reshape(-1, 3)]
        if s.ndim == 1:
            return list(rows[0])
        lead = s.shape[:-1]
        ranks = {len(r[2]) for r in rows}
        if len(ranks) > 1:
            raise _invalid("Inconsistent rank across SparseTensors: %s" % sorted(ranks))
        rank = ranks.pop() if ranks else 0
        indices = []
        for prefix, (ind, _, _) in zip(np.ndindex(*lead), rows):
            head = np.tile(np.asarray(prefix, np.int64), (len(ind), 1))
            indices.append(np.concatenate([head, ind.reshape(len(ind), rank)], axis=1))
        inner = np.max(np.stack([r[2] for r in rows]), axis=0) if rows else np.zeros(rank)
        shape = np.concatenate([np.asarray(lead), inner]).astype(np.int64)
        out_indices = np.concatenate(indices).reshape(-1, len(shape)).astype(np.int64)
        return [out_indices, np.concatenate([r[1] for r in rows]), shape]

    @staticmethod
    def _one(row, dtype, serialized_type):
        if serialized_type == _dtypes.variant:
            indices, values, shape = row
        else:
            from tensorweave.ops.serialize_ops import _parse

            indices = _parse(row[0], _dtypes.int64)
            values = _parse(row[1], dtype)
            shape = _parse(row[2], _dtypes.int64)
        values = np.asarray(values)
        if dtype != _dtypes.string:
            values = values.astype(dtype.as_numpy_dtype, copy=False)
        return (np.asarray(indices, np.int64).reshape(len(values), -1) if len(values)
                else np.zeros((0, len(shape)), np.int64), values, np.asarray(shape, np.int64))

    grad = None


# ------------------------------------------------------------------ Python API
def is_sparse_class(cls):
    return isinstance(cls, type) and issubclass(cls, SparseTensor)


def flat_attrs(types, shapes, classes):
    """output_types / output_shapes attrs, a sparse component as one variant of unknown shape."""
    flat_classes = _structure.flatten(classes) if classes is not None else None
    out_types, out_shapes = [], []
    for i, (t, s) in enumerate(zip(_structure.flatten(types), _structure.flatten(shapes))):
        if flat_classes is not None and is_sparse_class(flat_classes[i]):
            out_types.append(_dtypes.variant)
            out_shapes.append(TensorShape(None))
        else:
            out_types.append(t)
            out_shapes.append(s)
    return out_types, out_shapes


def has_sparse(classes):
    return classes is not None and any(is_sparse_class(c) for c in _structure.flatten(classes))


# Transformations that pass elements through unchanged, and so work on sparse components.
_PASS_THROUGH = ("RepeatDataset", "TakeDataset", "SkipDataset", "ShuffleDataset", "ShardDataset",
                 "PrefetchDataset", "CacheDataset", "ConcatenateDataset")


def check_supported(classes, transformation):
    """Raises NotImplementedError for a transformation that would look inside sparse elements."""
    if has_sparse(classes) and transformation not in _PASS_THROUGH:
        raise NotImplementedError(
            "tensorweave does not support `%s` on a dataset with SparseTensor components yet; "
            "only repeat, take, skip, shuffle, shard, prefetch, cache and concatenate pass "
            "them through." % transformation)


def restore(flat, types, shapes, classes):
    """The flat outputs of an element-producing op with sparse components rebuilt."""
    if not has_sparse(classes):
        return flat
    flat = flat if isinstance(flat, list) else [flat]
    out = []
    for value, t, s, c in zip(flat, _structure.flatten(types), _structure.flatten(shapes),
                              _structure.flatten(classes)):
        out.append(_deserialize(value, t, s) if is_sparse_class(c) else value)
    return out


def _deserialize(value, dtype, shape):
    from tensorweave.ops import array_ops

    indices, values, dense_shape = apply_op("DeserializeSparse", [value],
                                            {"dtype": dtype, "Tserialized": _dtypes.variant})
    if shape.ndims is not None:
        # As TF: the dims known statically replace the run-time ones in the dense shape.
        dims = array_ops.unstack(dense_shape, num=shape.ndims)
        dims = [d if known is None else _ops.convert_to_tensor(known, dtype=_dtypes.int64)
                for d, known in zip(dims, shape.as_list())]
        dense_shape = array_ops.stack(dims)
        indices.set_shape([None, shape.ndims])
    values.set_shape([None])
    return SparseTensor(indices, values, dense_shape)


def sparse_batch(dataset, batch_size, row_shape, name=None):
    """One SparseTensor per `batch_size` elements of `dataset` (elements of one component)."""
    from tensorweave.data.dataset import Dataset

    if _structure.is_nested(dataset.output_types):
        raise TypeError("`dense_to_sparse_batch` requires an input dataset whose elements have a "
                        "single component, but the given dataset has the following component "
                        "types: %s." % (dataset.output_types,))
    if isinstance(row_shape, _ops.Tensor):
        raise TypeError("Dimension value must be integer or None or have an __index__ method, "
                        "got value '%s' with type '%s'" % (row_shape, type(row_shape)))
    row = TensorShape(row_shape)
    if row.ndims is None:
        raise ValueError("`row_shape` must have a known rank.")
    shapes = TensorShape([None]).concatenate(row)
    row_tensor = _ops.convert_to_tensor(
        np.array([-1 if d is None else d for d in row.as_list()], dtype=np.int64))
    with name_scope(name, "DenseToSparseBatchDataset") as scope:
        n = _ops.convert_to_tensor(batch_size, dtype=_dtypes.int64, name="batch_size")
        variant = apply_op("DenseToSparseBatchDataset", [dataset._variant_tensor, n, row_tensor],
                           {"output_types": [_dtypes.variant], "output_shapes": [TensorShape(None)]},
                           name=scope)
    return Dataset(variant, dataset.output_types, shapes, classes=SparseTensor)


@tf_export("data.experimental.dense_to_sparse_batch")
def dense_to_sparse_batch(batch_size, row_shape):
    """A transformation for `Dataset.apply`: `Dataset.sparse_batch(batch_size, row_shape)`."""
    return lambda ds: sparse_batch(ds, batch_size, row_shape)
