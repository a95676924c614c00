"""RaggedTensor.__getitem__: rt[i], rt[a:b], rt[:, a:b], rt[i, j], and trailing keys on values."""

from tensorweave.compat import v1 as tf
from tensorweave.ragged.ragged_tensor import RaggedTensor


def getitem(rt, key):
    if not isinstance(key, tuple):
        key = (key,)
    if any(k is Ellipsis or k is None for k in key):
        raise ValueError("tensorweave's RaggedTensor indexing supports ints, scalar tensors and "
                         "slices (no Ellipsis or tf.newaxis); got %r" % (key,))
    if len(key) > rt.shape.ndims if rt.shape.ndims is not None else False:
        raise ValueError("Too many indices for RaggedTensor")
    with tf.name_scope(None, "RaggedGetItem", [rt]):
        return _getitem(rt, key)


def _getitem(rt, key):
    if not key:
        return rt
    head, rest = key[0], key[1:]
    if isinstance(head, slice):
        rows = _slice_rows(rt, head)
        if not rest:
            return rows
        return _getitem_inner(rows, rest)
    row = _row(rt, head)
    if not rest:
        return row
    if isinstance(row, RaggedTensor):
        return _getitem(row, rest)
    return row[rest]


def _getitem_inner(rt, key):
    """rt[:, key...] for a RaggedTensor `rt` (key applies to dims 1 and up)."""
    head, rest = key[0], key[1:]
    if isinstance(head, slice):
        if rest:
            values = rt.values
            inner = _getitem_inner(values, rest) if isinstance(values, RaggedTensor) \
                else values[(slice(None),) + tuple(rest)]
            rt = rt.with_values(inner)
        return _slice_within_rows(rt, head)
    raise ValueError("Cannot index into an inner ragged dimension.")


def _row(rt, index):
    splits = rt.row_splits
    if isinstance(index, int):
        n = rt.shape[0]
        if n is not None and not -n <= index < n:
            raise ValueError("slice index %d of dimension 0 out of bounds." % index)
    index = tf.convert_to_tensor(index)
    if index.dtype not in (tf.int32, tf.int64):
        raise TypeError("RaggedTensor indices must be integers or slices, got %s" % index.dtype)
    static_index = tf.get_static_value(index)
    index = tf.cast(index, splits.dtype)
    nrows = tf.shape(splits, out_type=splits.dtype)[0] - 1
    index = tf.where(index < 0, index + nrows, index)
    check = tf.debugging.assert_less(index, nrows, message="RaggedTensor row index out of range")
    with tf.control_dependencies([check]):
        start = tf.gather(splits, index)
    limit = tf.gather(splits, index + 1)
    values = rt.values
    if isinstance(values, RaggedTensor):
        rows = _take_rows(values, start, limit)
    else:
        rows = values[start:limit]
    static_splits = tf.get_static_value(splits)
    n = None if static_splits is None else len(static_splits) - 1
    if n and static_index is not None and -n <= int(static_index) < n:
        i = int(static_index) % n
        width = int(static_splits[i + 1] - static_splits[i])
        if isinstance(rows, RaggedTensor):
            rows._static_nrows = width
        elif rows.shape.ndims is not None:
            rows.set_shape([width] + rows.shape.as_list()[1:])
    return rows


def _slice_rows(rt, s):
    if s.step not in (None, 1):
        indices = tf.range(rt.nrows(), dtype=rt.row_splits.dtype)[s]
        return gather_rows(rt, indices)
    if s.start is None and s.stop is None:
        return rt
    dtype = rt.row_splits.dtype
    n = rt.nrows()

    def clamp(b, default):
        if b is None:
            return default
        b = tf.cast(b, dtype)
        return tf.where(b < 0, tf.maximum(b + n, 0), tf.minimum(b, n))

    start = clamp(s.start, tf.zeros([], dtype))
    stop = tf.maximum(clamp(s.stop, n), start)
    rows = _take_rows(rt, start, stop)
    static_n = rt.shape[0]
    if static_n is not None and all(isinstance(b, (int, type(None))) for b in (s.start, s.stop)):
        rows._static_nrows = len(range(static_n)[s])
    return rows


def _take_rows(rt, start, limit):
    """Rows [start, limit) of a RaggedTensor, as a RaggedTensor."""
    sub = rt.row_splits[start:limit + 1]
    values = rt.values
    if isinstance(values, RaggedTensor):
        inner = _take_rows(values, sub[0], sub[-1])
    else:
        inner = values[sub[0]:sub[-1]]
    return RaggedTensor._make(inner, sub - sub[0])


def _slice_within_rows(rt, s):
    if s.step not in (None, 1):
        raise ValueError("tensorweave's RaggedTensor supports only step 1 when slicing a ragged "
                         "dimension; got step %r" % (s.step,))
    if s.start is None and s.stop is None:
        return rt
    dtype = rt.row_splits.dtype
    starts, limits = rt.row_splits[:-1], rt.row_splits[1:]
    lengths = limits - starts

    def bound(b, default):
        if b is None:
            return default
        b = tf.cast(b, dtype)
        return tf.clip_by_value(tf.where(b < 0, lengths + b, tf.broadcast_to(b, tf.shape(lengths))),
                                0, lengths)

    begin = bound(s.start, tf.zeros_like(lengths))
    end = bound(s.stop, lengths)
    end = tf.maximum(end, begin)
    return _ragged_range_gather(rt.values, starts + begin, starts + end)


def _ragged_range_gather(values, starts, limits):
    """A RaggedTensor whose row i holds values[starts[i]:limits[i]]."""
    dtype = starts.dtype
    lengths = limits - starts
    splits = tf.concat([tf.zeros([1], dtype), tf.cumsum(lengths)], 0)
    rowids = tf.repeat(tf.range(tf.size(lengths, out_type=dtype), dtype=dtype), lengths)
    index = tf.range(splits[-1], dtype=dtype) - tf.gather(splits, rowids) + tf.gather(starts, rowids)
    taken = gather_rows(values, index) if isinstance(values, RaggedTensor) \
        else tf.gather(values, index)
    return RaggedTensor._make(taken, splits)


def gather_rows(rt, indices):
    """The rows of `rt` at `indices` (a 1-D int tensor), as a RaggedTensor."""
    indices = tf.cast(indices, rt.row_splits.dtype)
    starts = tf.gather(rt.row_splits[:-1], indices)
    limits = tf.gather(rt.row_splits[1:], indices)
    return _ragged_range_gather(rt.values, starts, limits)
