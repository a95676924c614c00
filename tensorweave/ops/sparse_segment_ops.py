"""Sparse segment reductions (SparseSegmentSum/Mean/SqrtN, with and without num_segments),
their gradient ops, and tf.nn.embedding_lookup_sparse built on them.

output[s] reduces data[indices[j]] over the j with segment_ids[j] == s; segment ids are
sorted, and segments that no index falls into are zero.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
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
    weighted by `sp_weights` when given. Rows without ids give zeros.

    Builds TF 2.21's graph: one SparseSegment* op straight on `params` when it is a single
    tensor and nothing is weighted or clipped, else a lookup of the unique ids first."""
    from tensorweave._api import EXPORTS as tf

    combiner = "mean" if combiner is None else combiner
    if combiner not in ("mean", "sqrtn", "sum"):
        raise ValueError("combiner must be one of 'mean', 'sqrtn' or 'sum', got %s" % combiner)
    params = list(params) if isinstance(params, (list, tuple)) else [params]
    if not (hasattr(sp_ids, "indices") and hasattr(sp_ids, "dense_shape")):
        raise TypeError("sp_ids must be SparseTensor, got %s" % type(sp_ids))
    weighted = sp_weights is not None
    if weighted:
        if not (hasattr(sp_weights, "indices") and hasattr(sp_weights, "dense_shape")):
            raise TypeError("sp_weights must be either None or SparseTensor,got %s" % type(sp_weights))
        sp_ids.values.shape.assert_is_compatible_with(sp_weights.values.shape)
        sp_ids.indices.shape.assert_is_compatible_with(sp_weights.indices.shape)
        sp_ids.dense_shape.shape.assert_is_compatible_with(sp_weights.dense_shape.shape)
    kind = {"sum": "Sum", "mean": "Mean", "sqrtn": "SqrtN"}[combiner]
    with name_scope(name, "embedding_lookup_sparse", params + [sp_ids]) as name:
        segment_ids = sp_ids.indices[:, 0]
        ids = sp_ids.values
        if not weighted and len(params) == 1 and max_norm is None:
            return apply_op("SparseSegment" + kind, [params[0], ids, segment_ids], {}, name=name)
        ids, idx = tf["unique"](ids)
        embeddings = tf["nn.embedding_lookup"](params, ids, partition_strategy=partition_strategy,
                                               max_norm=max_norm)
        if not weighted:
            return apply_op("SparseSegment" + kind, [embeddings, idx, segment_ids], {}, name=name)
        if segment_ids.dtype.base_dtype != _dtypes.int32:
            segment_ids = tf["cast"](segment_ids, _dtypes.int32)
        weights = sp_weights.values
        embeddings = tf["gather"](embeddings, idx)
        original_dtype = embeddings.dtype.base_dtype
        if original_dtype in (_dtypes.float16, _dtypes.bfloat16):
            embeddings = tf["cast"](embeddings, _dtypes.float32)
        if weights.dtype.base_dtype != embeddings.dtype.base_dtype:
            weights = tf["cast"](weights, embeddings.dtype)
        # One weight per row, broadcast over the embedding dims.
        ones_shape = tf["expand_dims"](tf["rank"](embeddings) - 1, 0)
        weights_shape = tf["shape"](weights)
        ones = tf["ones"](ones_shape, dtype=_dtypes.int32)
        static = weights.shape
        weights = tf["reshape"](weights, tf["concat"]([weights_shape, ones], 0))
        if embeddings.shape.ndims is not None:
            weights.set_shape(static.concatenate([1] * (embeddings.shape.ndims - 1)))
        embeddings = embeddings * weights
        if combiner == "sum":
            embeddings = apply_op("SegmentSum", [embeddings, segment_ids], {}, name=name)
        else:
            summed = apply_op("SegmentSum", [embeddings, segment_ids], {})
            if combiner == "mean":
                total = apply_op("SegmentSum", [weights, segment_ids], {})
            else:
                total = tf["sqrt"](apply_op("SegmentSum", [tf["pow"](weights, 2), segment_ids], {}))
            embeddings = tf["div_no_nan"](summed, total, name=name)
        if embeddings.dtype.base_dtype != original_dtype:
            embeddings = tf["cast"](embeddings, original_dtype)
        return embeddings


@tf_export("nn.safe_embedding_lookup_sparse")
def safe_embedding_lookup_sparse(embedding_weights, sparse_ids, sparse_weights=None, combiner="mean",
                                 default_id=None, name=None, partition_strategy="div", max_norm=None,
                                 allow_fast_lookup=False):
    """embedding_lookup_sparse that drops invalid ids (< 0) and, unless combining by sum,
    non-positive weights; rows left empty give `default_id`'s embedding, or zeros. Ids of any
    rank: the result has shape sparse_ids.dense_shape[:-1] + embedding shape."""
    from tensorweave._api import EXPORTS as tf
    from tensorweave.framework.sparse_tensor import SparseTensor
    from tensorweave.framework.tensor_shape import unknown_shape

    if embedding_weights is None:
        raise ValueError("Missing embedding_weights %s." % (embedding_weights,))
    weights_list = (list(embedding_weights) if isinstance(embedding_weights, (list, tuple))
                    else [embedding_weights])
    if not weights_list:
        raise ValueError("Missing embedding_weights %s." % (embedding_weights,))
    dtype = sparse_weights.dtype if sparse_weights is not None else None
    weights_list = [w if getattr(w, "_is_resource", False) and dtype in (None, w.dtype)
                    else _ops.convert_to_tensor(w, dtype=dtype) for w in weights_list]
    with name_scope(name, "embedding_lookup", weights_list + [sparse_ids, sparse_weights]) as scope:
        original_shape = sparse_ids.dense_shape
        rank_dim = original_shape.shape.as_list()[0] if original_shape.shape.ndims == 1 else None
        rank = tf["size"](original_shape) if rank_dim is None else rank_dim
        sparse_ids = tf["sparse.reshape"](sparse_ids, [
            tf["reduce_prod"](tf["slice"](original_shape, [0], [rank - 1])),
            tf["gather"](original_shape, rank - 1)])
        if sparse_weights is not None:
            sparse_weights = SparseTensor(sparse_ids.indices, sparse_weights.values, sparse_ids.dense_shape)
        # Drop invalid ids, and (unless summing) non-positive weights.
        valid = tf["greater_equal"](sparse_ids.values, 0)
        if sparse_weights is not None:
            valid = tf["logical_and"](valid, tf["ones_like"](sparse_weights.values, dtype=_dtypes.bool))
        sparse_ids = tf["sparse.retain"](sparse_ids, valid)
        if sparse_weights is not None:
            sparse_weights = tf["sparse.retain"](sparse_weights, valid)
        if combiner != "sum" and sparse_weights is not None:
            positive = tf["greater"](sparse_weights.values, 0)
            sparse_ids = tf["sparse.retain"](sparse_ids, positive)
            sparse_weights = tf["sparse.retain"](sparse_weights, positive)
        sparse_ids, is_row_empty = tf["sparse.fill_empty_rows"](sparse_ids, default_id or 0)
        if sparse_weights is not None:
            sparse_weights, _ = tf["sparse.fill_empty_rows"](sparse_weights, 1.0)
        result = embedding_lookup_sparse(weights_list, sparse_ids, sparse_weights, combiner=combiner,
                                         partition_strategy=partition_strategy,
                                         name=None if default_id is None else scope, max_norm=max_norm,
                                         allow_fast_lookup=allow_fast_lookup)
        if default_id is None:
            # Rows that had no valid id give zeros.
            is_row_empty = tf["tile"](tf["reshape"](is_row_empty, [-1, 1]),
                                      tf["stack"]([1, tf["shape"](result)[1]]))
            result = tf["where"](is_row_empty, tf["zeros_like"](result), result, name=scope)
        final = tf["reshape"](result, tf["concat"]([
            tf["slice"](tf["cast"](original_shape, _dtypes.int32), [0], [rank - 1]),
            tf["slice"](tf["shape"](result), [1], [-1])], 0))
        outer = unknown_shape(None if rank_dim is None else rank_dim - 1)
        final.set_shape(outer.concatenate(result.shape[1:]))
        return final
