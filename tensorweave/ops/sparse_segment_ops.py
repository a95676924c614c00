"""Sparse segment reductions (SparseSegmentSum/Mean/SqrtN, with and without num_segments),
their gradient ops, and tf.nn.embedding_lookup_sparse built on them.

output[s] reduces data[indices[j]] over the j with segment_ids[j] == s; segment ids are
sorted, and segments that no index falls into are zero.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

_REAL = "float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64"
_FLOAT = "bfloat16, half, float, double"
_INDEX_ATTRS = ["Tidx: {int32, int64} = DT_INT32", "Tsegmentids: {int32, int64} = DT_INT32"]


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _rank1(t):
    if t.shape.ndims is not None and t.shape.ndims != 1:
        raise ValueError("Shape must be rank 1 but is rank %d" % t.shape.ndims)
    return t.shape if t.shape.ndims is not None else TensorShape([None])


def _out_shape(data, indices, segment_ids, num_segments):
    a, b = _rank1(indices), _rank1(segment_ids)
    try:
        a.merge_with(b)
    except ValueError:
        n, m = indices.shape.as_list()[0], segment_ids.shape.as_list()[0]
        raise ValueError("Dimension 0 in both shapes must be equal, but are %d and %d. Shapes are "
                         "[%d] and [%d]" % (n, m, n, m)) from None
    if data.shape.ndims is None:
        return TensorShape(None)
    if data.shape.ndims == 0:
        raise ValueError("Shape must be at least rank 1 but is rank 0")
    return TensorShape([num_segments] + data.shape.as_list()[1:])


def _segment_sums(data, indices, segment_ids, num_segments, scale):
    """The kernel: checks the ids, gathers rows, sums them per segment and scales by counts."""
    n = data.shape[0]
    indices = indices.astype(np.int64, copy=False)
    segment_ids = segment_ids.astype(np.int64, copy=False)
    if indices.shape != segment_ids.shape:
        raise _invalid("segment_ids and indices should have same size.")
    bad = (indices < 0) | (indices >= n)
    if bad.any():
        j = int(np.argmax(bad))
        raise _invalid("Bad: indices[%d] == %d out of range [0, %d)" % (j, int(indices[j]), n))
    if segment_ids.size and (segment_ids[0] < 0 or np.any(np.diff(segment_ids) < 0)):
        raise _invalid("segment ids are not increasing")
    if num_segments is None:
        num_segments = int(segment_ids[-1]) + 1 if segment_ids.size else 0
    elif segment_ids.size and segment_ids[-1] >= num_segments:
        raise _invalid("segment ids must be < num_segments")
    out = np.zeros((num_segments,) + data.shape[1:], data.dtype)
    np.add.at(out, segment_ids, data[indices])
    if scale is not None:
        counts = np.bincount(segment_ids, minlength=num_segments).astype(np.float64)
        factor = scale(np.maximum(counts, 1)).reshape((-1,) + (1,) * (data.ndim - 1))
        out = (out / factor).astype(data.dtype, copy=False)
    return out


_SCALES = {"Sum": None, "Mean": lambda c: c, "SqrtN": np.sqrt}


def _segment_grad(kind, op, grad):
    data, indices, segment_ids = op.inputs[0], op.inputs[1], op.inputs[2]
    rows = apply_op("StridedSlice", [apply_op("Shape", [data], {}), np.array([0], np.int32),
                                     np.array([1], np.int32), np.array([1], np.int32)],
                    {"shrink_axis_mask": 1})
    g = apply_op("SparseSegment%sGrad" % kind, [grad, indices, segment_ids, rows], {})
    return [g, None, None] + [None] * (len(op.inputs) - 3)


def _declare(kind, types):
    @register_op("SparseSegment" + kind,
                 inputs=["data: T", "indices: Tidx", "segment_ids: Tsegmentids"], outputs=["output: T"],
                 attrs=["T: {%s}" % types] + _INDEX_ATTRS + ["sparse_gradient: bool = false"])
    class Plain(OpDef):
        def shape(self, data, indices, segment_ids):
            return _out_shape(data, indices, segment_ids, None)

        def kernel(self, data, indices, segment_ids):
            return _segment_sums(data, indices, segment_ids, None, _SCALES[kind])

        def grad(self, op, grad):
            return _segment_grad(kind, op, grad)

    @register_op("SparseSegment%sWithNumSegments" % kind,
                 inputs=["data: T", "indices: Tidx", "segment_ids: Tsegmentids",
                         "num_segments: Tnumsegments"], outputs=["output: T"],
                 attrs=["T: {%s}" % types] + _INDEX_ATTRS
                 + ["Tnumsegments: {int32, int64} = DT_INT32", "sparse_gradient: bool = false"])
    class WithNum(OpDef):
        def shape(self, data, indices, segment_ids, num_segments):
            value = tensor_util.constant_value(num_segments)
            return _out_shape(data, indices, segment_ids, None if value is None else int(value))

        def kernel(self, data, indices, segment_ids, num_segments):
            return _segment_sums(data, indices, segment_ids, int(num_segments), _SCALES[kind])

        def grad(self, op, grad):
            return _segment_grad(kind, op, grad)

    @register_op("SparseSegment%sGrad" % kind,
                 inputs=["grad: T", "indices: Tidx", "segment_ids: Tsegmentids", "output_dim0: int32"],
                 outputs=["output: T"], attrs=["T: {%s}" % _FLOAT] + _INDEX_ATTRS)
    class Grad(OpDef):
        """Scatters each segment's gradient (scaled as the forward op scaled) back to the rows."""

        def shape(self, grad, indices, segment_ids, output_dim0):
            value = tensor_util.constant_value(output_dim0)
            if grad.shape.ndims is None:
                return TensorShape(None)
            return TensorShape([None if value is None else int(value)] + grad.shape.as_list()[1:])

        def kernel(self, grad, indices, segment_ids, output_dim0):
            segment_ids = segment_ids.astype(np.int64, copy=False)
            indices = indices.astype(np.int64, copy=False)
            rows = grad[segment_ids] if segment_ids.size else np.zeros((0,) + grad.shape[1:], grad.dtype)
            if _SCALES[kind] is not None and segment_ids.size:
                counts = np.bincount(segment_ids).astype(np.float64)
                factor = _SCALES[kind](np.maximum(counts, 1))[segment_ids]
                rows = rows / factor.reshape((-1,) + (1,) * (grad.ndim - 1))
            out = np.zeros((int(output_dim0),) + grad.shape[1:], grad.dtype)
            np.add.at(out, indices, rows.astype(grad.dtype, copy=False))
            return out

        grad = None

    for cls, name in ((Plain, ""), (WithNum, "WithNumSegments"), (Grad, "Grad")):
        cls.__name__ = cls.__qualname__ = "SparseSegment%s%s" % (kind, name)


_declare("Sum", _REAL)
_declare("Mean", _FLOAT)
_declare("SqrtN", _FLOAT)


def _sparse_segment_fn(kind, *exports):
    def fn(data, indices, segment_ids, name=None, num_segments=None, sparse_gradient=False):
        attrs = {"sparse_gradient": bool(sparse_gradient)}
        if num_segments is None:
            return apply_op("SparseSegment" + kind, [data, indices, segment_ids], attrs, name=name)
        return apply_op("SparseSegment%sWithNumSegments" % kind, [data, indices, segment_ids, num_segments],
                        attrs, name=name)

    fn.__name__ = exports[0].rpartition(".")[2]
    fn.__doc__ = "Sparse segment %s of data[indices] grouped by sorted segment_ids." % kind.lower()
    return tf_export(*exports)(fn)


sparse_segment_sum = _sparse_segment_fn("Sum", "sparse_segment_sum", "sparse.segment_sum")
sparse_segment_mean = _sparse_segment_fn("Mean", "sparse_segment_mean", "sparse.segment_mean")
sparse_segment_sqrt_n = _sparse_segment_fn("SqrtN", "sparse_segment_sqrt_n", "sparse.segment_sqrt_n")


@tf_export("nn.embedding_lookup_sparse")
def embedding_lookup_sparse(params, sp_ids, sp_weights, partition_strategy="mod", name=None,
                            combiner=None, max_norm=None, allow_fast_lookup=False):
    """Combines the embeddings of each row's ids of the SparseTensor `sp_ids` (mean by default),
    weighted by `sp_weights` when given. Rows without ids give zeros."""
    from tensorweave.ops import array_creation_ops as _c
    from tensorweave.ops import array_ops as _a
    from tensorweave.ops import math_ops as _m
    from tensorweave.ops.array_misc_ops import unique
    from tensorweave.ops.nn_impl import embedding_lookup
    from tensorweave.ops.slicing_ops import gather

    combiner = "mean" if combiner is None else combiner
    if combiner not in ("mean", "sqrtn", "sum"):
        raise ValueError("combiner must be one of 'mean', 'sqrtn' or 'sum', got %s" % combiner)
    if not (hasattr(sp_ids, "indices") and hasattr(sp_ids, "dense_shape")):
        raise TypeError("sp_ids must be SparseTensor, got %s" % type(sp_ids))
    weighted = sp_weights is not None
    if weighted and not (hasattr(sp_weights, "indices") and hasattr(sp_weights, "dense_shape")):
        raise TypeError("sp_weights must be either None or SparseTensor, got %s" % type(sp_weights))
    params_list = list(params) if isinstance(params, (list, tuple)) else [params]
    with name_scope(name, "embedding_lookup_sparse", params_list + [sp_ids]) as name:
        segment_ids = _m.cast(sp_ids.indices[:, 0], _dtypes.int32)
        ids, idx = unique(sp_ids.values)
        embeddings = embedding_lookup(params, ids, partition_strategy=partition_strategy, max_norm=max_norm)
        if not weighted:
            kind = {"sum": "Sum", "mean": "Mean", "sqrtn": "SqrtN"}[combiner]
            return apply_op("SparseSegment" + kind, [embeddings, idx, segment_ids], {}, name=name)
        weights = sp_weights.values
        embeddings = gather(embeddings, idx)
        if weights.dtype.base_dtype != embeddings.dtype.base_dtype:
            weights = _m.cast(weights, embeddings.dtype)
        # One weight per row, broadcast over the embedding dims.
        ones = _c.ones_like(_a.shape(embeddings)[1:])
        weights = _a.reshape(weights, _a.concat([_a.shape(weights), ones], 0))
        if embeddings.shape.ndims is not None:
            weights.set_shape(TensorShape([None] * embeddings.shape.ndims))
        embeddings = _m.multiply(embeddings, weights)
        if combiner == "sum":
            return apply_op("SegmentSum", [embeddings, segment_ids], {}, name=name)
        summed = apply_op("SegmentSum", [embeddings, segment_ids], {})
        if combiner == "mean":
            total = apply_op("SegmentSum", [weights, segment_ids], {})
        else:
            total = apply_op("Sqrt", [apply_op("SegmentSum", [_m.square(weights), segment_ids], {})], {})
        return _m.div_no_nan(summed, total, name=name)
