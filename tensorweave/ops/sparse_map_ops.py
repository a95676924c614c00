"""SparseTensors through queues: AddSparseToTensorsMap, AddManySparseToTensorsMap and
TakeManySparseFromTensorsMap.

A queue holds dense components only, so queue-based batching (tf.train.batch, ...) stores
each SparseTensor in a per-session map and enqueues its int64 handle instead; after the
dequeue, TakeManySparseFromTensorsMap removes the handles' entries from the map and joins them
into one SparseTensor whose first dimension is the batch. The map is named by the Add op's
`shared_name`, else by the Add op's name (the Take op carries that name as its `shared_name`).
"""

import itertools
import threading

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.queue_ops import session_resource


class SparseTensorsMap:
    """Stored SparseTensors (indices, values, dense_shape) by int64 handle, in one session."""

    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
        self._entries = {}
        self._handles = itertools.count(1)

    def add(self, indices, values, shape):
        with self._lock:
            handle = next(self._handles)
            self._entries[handle] = (indices, values, shape)
        return handle

    def take(self, handles):
        with self._lock:
            out = []
            for h in handles:
                entry = self._entries.pop(int(h), None)
                if entry is None:
                    raise errors.InvalidArgumentError(
                        None, None, "Unable to find SparseTensor: %d in map: %s" % (int(h), self.name))
                out.append(entry)
        return out


def _map_of(ctx):
    attrs = ctx.op._attrs
    name = attrs.get("shared_name") or ctx.op.name
    return session_resource(ctx.resources, _NamedMap(name), SparseTensorsMap, category="sparse_map")


class _NamedMap:
    """Stands for a map op in session_resource: shared under `name`."""

    def __init__(self, name):
        self._attrs = {"shared_name": name, "container": ""}
        self.name = name


_MAP_ATTRS = ["T: type", "container: string = ''", "shared_name: string = ''"]


@register_op("AddSparseToTensorsMap",
             inputs=["sparse_indices: int64", "sparse_values: T", "sparse_shape: int64"],
             outputs=["sparse_handle: int64"], attrs=_MAP_ATTRS, stateful=True)
class AddSparseToTensorsMap(OpDef):
    def shape(self, sparse_indices, sparse_values, sparse_shape):
        return TensorShape([])

    def kernel(self, ctx, sparse_indices, sparse_values, sparse_shape):
        store = _map_of(ctx)
        return np.int64(store.add(np.asarray(sparse_indices), np.asarray(sparse_values),
                                  np.asarray(sparse_shape)))

    grad = None


@register_op("AddManySparseToTensorsMap",
             inputs=["sparse_indices: int64", "sparse_values: T", "sparse_shape: int64"],
             outputs=["sparse_handles: int64"], attrs=_MAP_ATTRS, stateful=True)
class AddManySparseToTensorsMap(OpDef):
    def shape(self, sparse_indices, sparse_values, sparse_shape):
        return TensorShape([None])

    def kernel(self, ctx, sparse_indices, sparse_values, sparse_shape):
        indices, values, shape = (np.asarray(sparse_indices), np.asarray(sparse_values),
                                  np.asarray(sparse_shape))
        if shape.shape[0] < 2:
            raise errors.InvalidArgumentError(
                None, None, "Rank of input SparseTensor should be > 1, but saw rank: %d" % shape.shape[0])
        store = _map_of(ctx)
        rows = indices[:, 0] if indices.size else np.zeros(0, np.int64)
        handles = []
        for b in range(int(shape[0])):
            mine = rows == b
            handles.append(store.add(indices[mine][:, 1:], values[mine], shape[1:]))
        return np.array(handles, dtype=np.int64)

    grad = None


@register_op("TakeManySparseFromTensorsMap", inputs=["sparse_handles: int64"],
             outputs=["sparse_indices: int64", "sparse_values: dtype", "sparse_shape: int64"],
             attrs=["dtype: type", "container: string = ''", "shared_name: string = ''"],
             stateful=True)
class TakeManySparseFromTensorsMap(OpDef):
    def shape(self, sparse_handles, *, dtype):
        return [TensorShape([None, None]), TensorShape([None]), TensorShape([None])]

    def kernel(self, ctx, sparse_handles, *, dtype):
        handles = np.asarray(sparse_handles).reshape(-1)
        entries = _map_of(ctx).take(handles)
        np_dtype = object if dtype == _dtypes.string else dtype.as_numpy_dtype
        if not entries:
            return [np.zeros((0, 1), np.int64), np.zeros(0, np_dtype), np.array([0], np.int64)]
        rank = entries[0][2].shape[0]
        for i, (_, _, shape) in enumerate(entries):
            if shape.shape[0] != rank:
                raise errors.InvalidArgumentError(
                    None, None, "Inconsistent rank across SparseTensors: rank prior to SparseTensor[%d] "
                    "was: %d but rank of SparseTensor[%d] is: %d" % (i, rank + 1, i, shape.shape[0] + 1))
        indices = [np.concatenate([np.full((len(ix), 1), b, np.int64), ix.reshape(len(ix), rank)], axis=1)
                   for b, (ix, _, _) in enumerate(entries)]
        values = np.concatenate([np.asarray(v).reshape(-1) for _, v, _ in entries]).astype(np_dtype)
        dense = np.max(np.stack([s for _, _, s in entries]), axis=0) if rank else np.zeros(0, np.int64)
        return [np.concatenate(indices).astype(np.int64), values,
                np.concatenate([[len(entries)], dense]).astype(np.int64)]

    grad = None


def add_sparse_to_tensors_map(sp, many, shared_name=None, name=None):
    """The handle(s) of `sp` stored in a map (its own, or the one `shared_name` names):
    (handle tensor, the Add op)."""
    op_type = "AddManySparseToTensorsMap" if many else "AddSparseToTensorsMap"
    handle = apply_op(op_type, [sp.indices, sp.values, sp.dense_shape],
                      {"shared_name": shared_name or ""}, name=name or op_type)
    return handle, handle.op


def take_many_sparse_from_tensors_map(map_op, handles, rank=None, name=None):
    """The SparseTensor joining the entries of `handles` (a vector) of `map_op`'s map."""
    from tensorweave.framework.sparse_tensor import SparseTensor

    shared_name = map_op.get_attr("shared_name")
    shared_name = shared_name.decode() if isinstance(shared_name, bytes) else shared_name
    indices, values, shape = apply_op(
        "TakeManySparseFromTensorsMap", [handles],
        {"dtype": map_op.inputs[1].dtype.base_dtype, "shared_name": shared_name or map_op.name},
        name=name or "TakeManySparseFromTensorsMap")
    if rank is not None:
        indices.set_shape([None, rank])
        shape.set_shape([rank])
    return SparseTensor(indices, values, shape)
