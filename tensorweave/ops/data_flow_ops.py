"""Partitioning and stitching: tf.dynamic_partition, tf.dynamic_stitch, tf.parallel_dynamic_stitch."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.framework import tensor_util
from tensorweave.ops.array_ops import _UNKNOWN, _dims, _invalid, _shape_str


def _check_prefix(prefix, dims):
    """Raises ValueError when `dims` (a tuple) does not start with `prefix` (both known rank)."""
    if len(dims) < len(prefix):
        raise ValueError("Shape must be at least rank %d but is rank %d" % (len(prefix), len(dims)))
    for p, d in zip(prefix, dims):
        if p is not None and d is not None and p != d:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (d, p))


def _merge_dims(a, b):
    """Merges two known-rank dim tuples, or raises ValueError."""
    if len(a) != len(b):
        raise ValueError("Shapes must be equal rank, but are %d and %d" % (len(a), len(b)))
    out = []
    for x, y in zip(a, b):
        if x is not None and y is not None and x != y:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (x, y))
        out.append(x if x is not None else y)
    return tuple(out)


# ========================================================= DynamicPartition
@register_op("DynamicPartition", inputs=["data: T", "partitions: int32"],
             outputs=["outputs: num_partitions * T"], attrs=["num_partitions: int >= 1", "T: type"])
class DynamicPartition(OpDef):
    def shape(self, data, partitions, *, num_partitions):
        d, p = _dims(data), _dims(partitions)
        if d is None or p is None:
            return [_UNKNOWN] * num_partitions
        _check_prefix(p, d)
        return [TensorShape([None] + list(d[len(p):]))] * num_partitions

    def kernel(self, data, partitions, *, num_partitions):
        data, partitions = np.asarray(data), np.asarray(partitions)
        if data.shape[:partitions.ndim] != partitions.shape:
            raise _invalid("data.shape must start with partitions.shape, got data.shape = %s, "
                           "partitions.shape = %s" % (_shape_str(data.shape), _shape_str(partitions.shape)))
        flat = partitions.reshape(-1)
        bad = np.flatnonzero((flat < 0) | (flat >= num_partitions))
        if bad.size:
            i = int(bad[0])
            index = np.unravel_index(i, partitions.shape) if partitions.ndim else ()
            where = "".join("[%d]" % k for k in index) if partitions.ndim > 1 else "[%d]" % i
            raise _invalid("partitions%s = %d is not in [0, %d)" % (where, int(flat[i]), num_partitions))
        rows = data.reshape((flat.size,) + data.shape[partitions.ndim:])
        outs = [rows[flat == k] for k in range(num_partitions)]
        return outs[0] if num_partitions == 1 else outs

    def grad(self, op, *grads):
        data, partitions = op.inputs
        num = op.get_attr("num_partitions")
        grads = [g if g is not None else apply_op("ZerosLike", [op.outputs[i]], {})
                 for i, g in enumerate(grads)]
        size = apply_op("Size", [partitions], {})
        original = apply_op("Reshape", [apply_op("Range", [np.int32(0), size, np.int32(1)], {}),
                                        apply_op("Shape", [partitions], {})], {})
        parts = apply_op("DynamicPartition", [original, partitions], {"num_partitions": num})
        parts = parts if isinstance(parts, (list, tuple)) else [parts]
        stitched = apply_op("DynamicStitch", [list(parts), list(grads)], {})
        return [apply_op("Reshape", [stitched, apply_op("Shape", [data], {})], {}), None]


@tf_export("dynamic_partition")
def dynamic_partition(data, partitions, num_partitions, name=None):
    """Splits `data` into `num_partitions` tensors by the partition index of each row."""
    out = apply_op("DynamicPartition", [data, partitions], {"num_partitions": num_partitions},
                   name=name or "DynamicPartition")
    return list(out) if isinstance(out, (list, tuple)) else [out]


# ============================================================ DynamicStitch
class _StitchBase(OpDef):
    def shape(self, indices, data):
        first = None
        for idx, dat in zip(indices, data):
            i, d = _dims(idx), _dims(dat)
            if i is None or d is None:
                continue
            _check_prefix(i, d)
            suffix = d[len(i):]
            first = suffix if first is None else _merge_dims(first, suffix)
        if first is None:
            return _UNKNOWN
        largest = -1
        for idx in indices:
            v = tensor_util.constant_value(idx)
            if v is None:
                return TensorShape([None] + list(first))
            if np.size(v):
                largest = max(largest, int(np.max(v)))
        return TensorShape([largest + 1] + list(first))

    def kernel(self, *args, N):
        indices, data = [np.asarray(a) for a in args[:N]], [np.asarray(a) for a in args[N:]]
        first_inner = None
        for i, (idx, dat) in enumerate(zip(indices, data)):
            if dat.shape[:idx.ndim] != idx.shape:
                raise _invalid("data[%d].shape = %s does not start with indices[%d].shape = %s"
                               % (i, _shape_str(dat.shape), i, _shape_str(idx.shape)))
            inner = dat.shape[idx.ndim:]
            if first_inner is None:
                first_inner = inner
            elif inner != first_inner:
                raise _invalid("Inconsistent shapes: data[0].shape[%d:] = %s vs data[%d].shape[%d:] = %s"
                               % (indices[0].ndim, _shape_str(first_inner), i, idx.ndim,
                                  _shape_str(inner)))
        sizes = [int(idx.max()) + 1 for idx in indices if idx.size]
        n = max(sizes) if sizes else 0
        for i, idx in enumerate(indices):
            if idx.size and int(idx.min()) < 0:
                bad = int(np.flatnonzero(idx.reshape(-1) < 0)[0])
                raise _invalid("indices[%d] is out of range" % bad)
        out = np.zeros((n,) + tuple(first_inner), data[0].dtype)
        for idx, dat in zip(indices, data):
            out[idx.reshape(-1)] = dat.reshape((idx.size,) + tuple(first_inner))
        return out

    def grad(self, op, grad):
        n = len(op.inputs) // 2
        indices = op.inputs[:n]
        if isinstance(grad, IndexedSlices):
            rows = apply_op("StridedSlice", [apply_op("Shape", [op.outputs[0]], {}), [0], [1], [1]],
                            {"shrink_axis_mask": 1})
            grad = apply_op("UnsortedSegmentSum", [grad.values, grad.indices, rows], {})
        data_grads = [apply_op("GatherV2", [grad, i, np.int32(0)], {}) for i in indices]
        return [None] * n + data_grads


@register_op("DynamicStitch", inputs=["indices: N * int32", "data: N * T"], outputs=["merged: T"],
             attrs=["N: int >= 1", "T: type"])
class DynamicStitch(_StitchBase):
    pass


@register_op("ParallelDynamicStitch", inputs=["indices: N * int32", "data: N * T"], outputs=["merged: T"],
             attrs=["N: int >= 1", "T: type"])
class ParallelDynamicStitch(_StitchBase):
    pass


def _stitch(op_type, indices, data, name):
    indices, data = list(indices), list(data)
    if len(indices) != len(data):
        raise ValueError("List argument 'data' to '%s' Op with length %d must match length %d of "
                         "argument 'indices'." % (op_type, len(data), len(indices)))
    tensors = [t for t in indices + data if isinstance(t, _ops.Tensor)]
    if all(isinstance(t, _ops.Tensor) for t in indices + data):
        return apply_op(op_type, [indices, data], {}, name=name or op_type)
    with name_scope(name, op_type, tensors) as scope:
        indices = [_ops.convert_to_tensor(v, name="indices_%d" % k) for k, v in enumerate(indices)]
        dtype = next((t.dtype for t in data if isinstance(t, _ops.Tensor)), None)
        data = [_ops.convert_to_tensor(v, dtype=dtype, name="data_%d" % k) for k, v in enumerate(data)]
        return apply_op(op_type, [indices, data], {}, name=scope)


@tf_export("dynamic_stitch")
def dynamic_stitch(indices, data, name=None):
    """Interleaves `data` into one tensor: merged[indices[m][i]] = data[m][i]."""
    return _stitch("DynamicStitch", indices, data, name)

