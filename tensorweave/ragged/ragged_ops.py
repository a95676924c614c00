"""tf.ragged.*: constant, range, map_flat_values, segment ids <-> row splits, boolean_mask,
stack_dynamic_partitions, placeholder."""

import numpy as np

from tensorweave.compat import v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ragged.ragged_getitem import gather_rows
from tensorweave.ragged.ragged_tensor import RaggedTensor
from tensorweave.ragged.ragged_value import RaggedTensorValue


# ---------------------------------------------------------------------- constant
def _scalar_depths(x, depth, out):
    if isinstance(x, (list, tuple)) or (isinstance(x, np.ndarray) and x.ndim):
        for item in x:
            _scalar_depths(item, depth + 1, out)
    else:
        out.add(depth)


def _list_depth(x):
    if isinstance(x, (list, tuple)) or (isinstance(x, np.ndarray) and x.ndim):
        return 1 + max([_list_depth(i) for i in x] or [0])
    return 0


def _parse(pylist, ragged_rank, inner_shape):
    """(flat items, nested row splits outer first, inner shape, ragged_rank) of a nested list."""
    depths = set()
    _scalar_depths(pylist, 0, depths)
    if len(depths) > 1:
        raise ValueError("all scalar values must have the same nesting depth")
    depth = depths.pop() if depths else _list_depth(pylist)
    if not depths and not isinstance(pylist, (list, tuple)):
        depth = 0
    if inner_shape is not None:
        inner_shape = tuple(int(d) for d in inner_shape)
    if ragged_rank is None:
        if inner_shape is None:
            ragged_rank = max(depth - 1, 0)
        else:
            ragged_rank = max(1, depth - 1 - len(inner_shape))
    elif not isinstance(ragged_rank, int) or ragged_rank < 0:
        raise ValueError("Invalid ragged_rank=%r: must be nonnegative" % (ragged_rank,))
    if depth and ragged_rank >= depth and depths is not None and _has_scalars(pylist):
        raise ValueError("Invalid pylist=%r: incompatible with ragged_rank=%d" % (pylist,
                                                                                   ragged_rank))
    items, nested = pylist, []
    for _ in range(ragged_rank):
        splits, nxt = [0], []
        for row in items:
            if not isinstance(row, (list, tuple, np.ndarray)):
                # NOTE: TF raises ValueError here, not TypeError.
                raise ValueError(  # noqa: TRY004
                    "pylist has scalar values depth %d, but ragged_rank=%d requires scalar "
                    "value depth greater than %d" % (depth, ragged_rank, ragged_rank))
            nxt.extend(row)
            splits.append(len(nxt))
        nested.append(splits)
        items = nxt
    if inner_shape is None:
        shapes = {np.shape(item) for item in items}
        if len(shapes) > 1:
            raise ValueError("inner values have inconsistent shape")
        if shapes:
            inner_shape = shapes.pop()
        else:
            inner_shape = (0,) * max(depth - ragged_rank - 1, 0) if depth else ()
    else:
        for item in items:
            if np.shape(item) != inner_shape and np.ndim(item):
                raise ValueError("Inner values must have shape %s, got %s"
                                 % (list(inner_shape), list(np.shape(item))))
    return items, nested, inner_shape, ragged_rank


def _has_scalars(x):
    depths = set()
    _scalar_depths(x, 0, depths)
    return bool(depths)


def constant(pylist, dtype=None, ragged_rank=None, inner_shape=None, name=None,
             row_splits_dtype=tf.int64):
    """A RaggedTensor (or a Tensor, for ragged_rank 0) holding the nested list `pylist`."""
    row_splits_dtype = tf.as_dtype(row_splits_dtype)
    if isinstance(pylist, RaggedTensorValue):
        pylist = pylist.to_list()
    with tf.name_scope(name, "RaggedConstant"):
        if not isinstance(pylist, (list, tuple, np.ndarray)):
            return tf.constant(pylist, dtype=dtype)
        items, nested, inner_shape, ragged_rank = _parse(pylist, ragged_rank, inner_shape)
        if ragged_rank == 0:
            return tf.constant(pylist, dtype=dtype)
        if items:
            values = tf.constant(items, dtype=dtype, name="values")
            if inner_shape and values.shape.as_list()[1:] != list(inner_shape):
                values = tf.reshape(values, [-1] + list(inner_shape), name="values")
        else:
            values = tf.constant(np.zeros((0,) + tuple(inner_shape),
                                          (dtype or tf.float32).as_numpy_dtype
                                          if tf.as_dtype(dtype or tf.float32) != tf.string
                                          else object), dtype=dtype or tf.float32, name="values")
        result = values
        for splits in reversed(nested):
            result = RaggedTensor._make(
                result, tf.constant(np.array(splits, row_splits_dtype.as_numpy_dtype)))
        return result


def constant_value(pylist, dtype=None, ragged_rank=None, inner_shape=None,
                   row_splits_dtype="int64"):
    """A RaggedTensorValue (NumPy arrays) holding the nested list `pylist`."""
    splits_dtype = np.dtype(tf.as_dtype(row_splits_dtype).as_numpy_dtype)
    items, nested, inner_shape, ragged_rank = _parse(pylist, ragged_rank, inner_shape)
    np_dtype = None if dtype is None else np.dtype(tf.as_dtype(dtype).as_numpy_dtype)
    if ragged_rank == 0:
        return np.array(pylist, dtype=np_dtype)
    values = np.array(items, dtype=np_dtype) if items else \
        np.zeros((0,) + tuple(inner_shape), np_dtype or np.float64)
    values = values.reshape((-1,) + tuple(inner_shape))
    result = values
    for splits in reversed(nested):
        result = RaggedTensorValue(result, np.array(splits, splits_dtype))
    return result


# ---------------------------------------------------------------------- range
def _range_sizes(starts, limits, deltas):
    if np.any(deltas == 0):
        raise errors.InvalidArgumentError(None, None, "Requires delta != 0")
    if np.issubdtype(starts.dtype, np.integer):
        span = limits.astype(np.int64) - starts.astype(np.int64)
        d = deltas.astype(np.int64)
        sizes = np.where(d > 0, (span + d - 1) // d, (span + d + 1) // d)
    else:
        sizes = np.ceil((limits.astype(np.float64) - starts) / deltas)
    return np.maximum(sizes, 0).astype(np.int64)


@register_op("RaggedRange", inputs=["starts: T", "limits: T", "deltas: T"],
             outputs=["rt_nested_splits: Tsplits", "rt_dense_values: T"],
             attrs=["T: {bfloat16, float, double, int32, int64} = DT_INT32",
                    "Tsplits: {int32, int64} = DT_INT64"])
class RaggedRange(OpDef):
    def shape(self, starts, limits, deltas, *, Tsplits):
        rows = 1 if all(t.shape.ndims == 0 for t in (starts, limits, deltas)) else None
        for t in (starts, limits, deltas):
            dims = t.shape.as_list() if t.shape.ndims is not None else None
            if dims is not None and len(dims) > 1:
                raise ValueError("Shape must be at most rank 1 but is rank %d for "
                                 "'RaggedRange'" % len(dims))
            if dims and dims[0] is not None:
                rows = dims[0]
        return [TensorShape([None if rows is None else rows + 1]), TensorShape([None])]

    def kernel(self, starts, limits, deltas, *, Tsplits):
        arrays = [np.asarray(a) for a in (starts, limits, deltas)]
        sizes = [a.shape[0] for a in arrays if a.ndim == 1]
        if len(set(sizes)) > 1:
            raise errors.InvalidArgumentError(None, None, "starts, limits, and deltas must have "
                                              "the same shape")
        n = sizes[0] if sizes else 1
        s, lim, d = (np.broadcast_to(a, (n,)) for a in arrays)
        counts = _range_sizes(s, lim, d)
        splits = np.concatenate([[0], np.cumsum(counts)]).astype(Tsplits.as_numpy_dtype)
        rowids = np.repeat(np.arange(n), counts)
        pos = np.arange(splits[-1]) - splits[:-1][rowids]
        values = (s[rowids] + d[rowids] * pos).astype(arrays[0].dtype)
        return [splits, values]

    grad = None


def ragged_range(starts, limits=None, deltas=1, dtype=None, name=None, row_splits_dtype=tf.int64):
    """Row i holds tf.range(starts[i], limits[i], deltas[i]); scalars apply to every row."""
    if limits is None:
        starts, limits = 0, starts
    with tf.name_scope(name, "RaggedRange", [starts, limits, deltas]):
        starts = tf.convert_to_tensor(starts, dtype=dtype, name="starts")
        limits = tf.convert_to_tensor(limits, dtype=dtype, name="limits")
        deltas = tf.convert_to_tensor(deltas, dtype=dtype, name="deltas")
        if dtype is None:
            order = [tf.int32, tf.int64, tf.float32, tf.float64]
            common = max((starts.dtype, limits.dtype, deltas.dtype),
                         key=lambda d: order.index(d) if d in order else -1)
            starts, limits, deltas = (tf.cast(t, common) for t in (starts, limits, deltas))
        splits, values = apply_op("RaggedRange", [starts, limits, deltas],
                                  {"Tsplits": tf.as_dtype(row_splits_dtype)})
        return RaggedTensor._make(values, splits)


# ---------------------------------------------------------------------- misc
def map_flat_values(op, *args, **kwargs):
    """op applied to the flat_values of the RaggedTensors in args/kwargs (others unchanged);
    the result keeps the row partitioning of those RaggedTensors."""
    templates = []

    def strip(x):
        if isinstance(x, RaggedTensor):
            templates.append(x)
            return x.flat_values
        if isinstance(x, list):
            return [strip(i) for i in x]
        if isinstance(x, tuple):
            return tuple(strip(i) for i in x)
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items()}
        return x

    args = strip(list(args))
    kwargs = strip(kwargs)
    if not templates:
        return op(*args, **kwargs)
    first = templates[0]
    for other in templates[1:]:
        if other.ragged_rank != first.ragged_rank:
            raise ValueError("Input RaggedTensors have mismatched ragged_rank: %d vs %d"
                             % (first.ragged_rank, other.ragged_rank))
    splits = [s for s in first.nested_row_splits]
    for other in templates[1:]:
        for a, b in zip(splits, other.nested_row_splits):
            if a is not b and a.shape.is_fully_defined() and b.shape.is_fully_defined() \
                    and a.shape != b.shape:
                raise ValueError("Input RaggedTensors have mismatched row partitions")
    result = op(*args, **kwargs)
    return first.with_flat_values(result)


def row_splits_to_segment_ids(splits, name=None, out_type=None):
    from tensorweave.ragged.ragged_tensor import row_splits_to_segment_ids as impl

    return impl(splits, name=name, out_type=out_type)


def segment_ids_to_row_splits(segment_ids, num_segments=None, out_type=None, name=None):
    """[0, 0, 2, 2, 2] -> [0, 2, 2, 5] (`num_segments` pads with empty rows)."""
    with tf.name_scope(name, "SegmentIdsToRaggedSplits", [segment_ids]):
        ids = tf.convert_to_tensor(segment_ids, dtype_hint=tf.int64, name="segment_ids")
        if ids.dtype == tf.int32 and not isinstance(segment_ids, (tf.Tensor, np.ndarray)):
            ids = tf.cast(ids, tf.int64)
        ids.shape.with_rank(1)
        out_type = tf.as_dtype(out_type) if out_type is not None else ids.dtype
        static_ids = tf.get_static_value(ids)
        if num_segments is None:
            num = tf.concat([[-1], ids], 0)[-1] + 1
        else:
            num = tf.cast(num_segments, ids.dtype)
        lengths = tf.math.unsorted_segment_sum(tf.ones_like(ids), ids, num)
        splits = tf.concat([tf.zeros([1], ids.dtype), tf.cumsum(lengths)], 0)
        splits = tf.cast(splits, out_type) if splits.dtype != out_type else splits
        static_num = tf.get_static_value(num)
        if static_num is None and static_ids is not None and num_segments is None:
            static_num = int(static_ids[-1]) + 1 if static_ids.size else 0
        if static_num is not None:
            splits.set_shape([int(static_num) + 1])
        return splits


def boolean_mask(data, mask, name=None):
    """The elements of `data` where `mask` is True; the masked dimension becomes ragged."""
    with tf.name_scope(name, "RaggedMask", [data, mask]):
        if not isinstance(mask, RaggedTensor):
            mask = tf.convert_to_tensor(mask, tf.bool, name="mask")
            if mask.shape.ndims is None:
                raise ValueError("mask.shape.ndims must be known statically.")
            if mask.shape.ndims == 0:
                raise ValueError("mask cannot be scalar.")
        if isinstance(mask, RaggedTensor) and mask.dtype != tf.bool:
            raise ValueError("mask must have dtype bool")
        mask_rank = mask.shape.ndims
        data_rows = data.shape[0] if isinstance(data, RaggedTensor) else \
            tf.convert_to_tensor(data).shape[:1]
        TensorShape(data_rows).assert_is_compatible_with(TensorShape(mask.shape[:1]))
        if mask_rank == 1:
            if isinstance(data, RaggedTensor):
                return gather_rows(data, tf.reshape(tf.where(mask), [-1]))
            return tf.boolean_mask(data, mask)
        if not isinstance(data, RaggedTensor):
            data = RaggedTensor.from_tensor(tf.convert_to_tensor(data, name="data"),
                                            ragged_rank=mask_rank - 1)
        if not isinstance(mask, RaggedTensor):
            mask = RaggedTensor.from_tensor(mask, ragged_rank=mask_rank - 1)
        if mask.ragged_rank != data.ragged_rank or mask.flat_values.shape.ndims != 1:
            raise NotImplementedError("tensorweave's ragged.boolean_mask needs a mask of rank 1 "
                                      "or one with the same ragged structure as data")
        flat_mask = mask.flat_values
        kept = tf.boolean_mask(data.flat_values, flat_mask)
        inner = data
        levels = []
        while isinstance(inner, RaggedTensor):
            levels.append(inner)
            inner = inner.values
        deepest = levels[-1]
        dtype = deepest.row_splits.dtype
        counts = tf.math.unsorted_segment_sum(tf.cast(flat_mask, dtype), deepest.value_rowids(),
                                              deepest.nrows())
        result = RaggedTensor._make(kept, tf.concat([tf.zeros([1], dtype), tf.cumsum(counts)], 0))
        for level in reversed(levels[:-1]):
            result = RaggedTensor._make(result, level.row_splits)
        if levels[0].shape[0] is not None:
            result._static_nrows = levels[0].shape[0]
        return result


def stack_dynamic_partitions(data, partitions, num_partitions, name=None):
    """Row p holds the items of `data` whose partition is p, in their original order."""
    with tf.name_scope(name, "SegmentStack", [data, partitions, num_partitions]):
        data = tf.convert_to_tensor(data, name="data")
        partitions = tf.convert_to_tensor(partitions, tf.int32, name="partitions")
        if not isinstance(num_partitions, int):
            num_partitions = int(tf.get_static_value(num_partitions))
        parts = tf.dynamic_partition(data, partitions, num_partitions)
        lengths = tf.stack([tf.shape(p, out_type=tf.int64)[0] for p in parts])
        rt = RaggedTensor.from_row_lengths(tf.concat(parts, 0), lengths, validate=False)
        rt._static_nrows = num_partitions
        return rt


def placeholder(dtype, ragged_rank, value_shape=None, name=None):
    """A RaggedTensor of placeholders: `flat_values` and `row_splits_0` .. `row_splits_{k-1}`."""
    if not isinstance(ragged_rank, int) or ragged_rank < 1:
        raise ValueError("ragged_rank must be an int >= 1, got %r" % (ragged_rank,))
    value_shape = [] if value_shape is None else list(TensorShape(value_shape).as_list())
    with tf.name_scope(name, "RaggedPlaceholder", []):
        flat = tf.placeholder(dtype, [None] + value_shape, name="flat_values")
        splits = [tf.placeholder(tf.int64, [None], name="row_splits_%d" % i)
                  for i in range(ragged_rank)]
        return RaggedTensor.from_nested_row_splits(flat, splits, validate=False)



# ---------------------------------------------------------------------- feature crosses
def _cross_inputs(inputs, op_name):
    if not isinstance(inputs, (list, tuple)) or not inputs:
        raise ValueError("%s expects a non-empty list of inputs" % op_name)
    converted, rows = [], None
    for index, x in enumerate(inputs):
        dtype = x.dtype if isinstance(x, (RaggedTensor, tf.SparseTensor)) else \
            tf.convert_to_tensor(x).dtype
        if dtype not in (tf.string, tf.int64):
            raise ValueError("Unexpected dtype for inputs[%d] of tf.ragged.%s: %s (expected "
                             "string or int64)" % (index, op_name, dtype.name))
        if isinstance(x, RaggedTensor):
            if x.ragged_rank != 1 or x.shape.ndims != 2:
                raise ValueError("tf.ragged.%s inputs must be rank 2 (ragged_rank 1), got %s"
                                 % (op_name, x.shape))
            rows = rows if rows is not None else x.shape[0]
            converted.append(x.to_sparse())
        elif isinstance(x, tf.SparseTensor):
            converted.append(x)
        else:
            t = tf.convert_to_tensor(x)
            rows = rows if rows is not None else (t.shape[0] if t.shape.ndims else None)
            converted.append(t)
    return converted, rows


def _ragged_from_cross(sparse, rows):
    rt = RaggedTensor.from_value_rowids(sparse.values, sparse.indices[:, 0],
                                        nrows=sparse.dense_shape[0], validate=False)
    if rows is not None:
        rt._static_nrows = rows
    return rt


def cross(inputs, name=None):
    """Row-wise feature crosses of string/int64 features: row i holds every combination of one
    value from row i of each input, joined with "_X_"."""
    with tf.name_scope(name, "RaggedCross", inputs):
        converted, rows = _cross_inputs(inputs, "cross")
        return _ragged_from_cross(tf.sparse.cross(converted), rows)


def cross_hashed(inputs, num_buckets=0, hash_key=None, name=None):
    """As `cross`, but each combination is fingerprinted to an int64 (mod num_buckets if > 0)."""
    with tf.name_scope(name, "RaggedCross", inputs):
        converted, rows = _cross_inputs(inputs, "cross_hashed")
        crossed = tf.sparse.cross_hashed(converted, num_buckets=num_buckets, hash_key=hash_key)
        return _ragged_from_cross(crossed, rows)
