"""tf.RaggedTensor: `values` split into rows by `row_splits` (both ordinary graph tensors).

Every method builds its result from existing graph ops (gather, cumsum, unsorted segment
reductions, ...), so gradients flow through a RaggedTensor's values like through any tensor.
"""

import numpy as np

from tensorweave.compat import v1 as tf
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ragged.ragged_value import RaggedTensorValue

_SPLIT_DTYPES = (tf.int32, tf.int64)
_PRIVATE = object()


def _convert_splits(value, name, dtype=None, what="row_splits"):
    """A row-partitioning vector as an int32/int64 tensor (int64 unless it already is int32)."""
    if isinstance(value, tf.Tensor):
        t = value
    else:
        t = tf.convert_to_tensor(value, dtype_hint=dtype or tf.int64, name=name)
        if t.dtype == tf.int32 and not isinstance(value, np.ndarray):
            t = tf.cast(t, dtype or tf.int64)
    if t.dtype not in _SPLIT_DTYPES:
        raise ValueError("%s must have dtype int32 or int64" % what)
    if dtype is not None and t.dtype != dtype:
        t = tf.cast(t, dtype)
    return t


def _rank1(t):
    t.shape.with_rank(1)
    return t


def _convert_values(values, name="values"):
    if isinstance(values, RaggedTensor):
        return values
    t = tf.convert_to_tensor(values, name=name)
    if t.shape.ndims == 0:
        raise ValueError("values must have rank at least 1, got a scalar %s" % t.name)
    return t


def _nvals(values, out_type):
    if isinstance(values, RaggedTensor):
        return values.nrows(out_type=out_type)
    return tf.shape(values, out_type=out_type)[0]


def _static_nvals(values):
    if isinstance(values, RaggedTensor):
        return values.shape[0]
    return values.shape[0] if values.shape.ndims else None


def _checked(splits, checks):
    with tf.control_dependencies(checks):
        return tf.identity(splits, name="control_dependency")


def _prepend_zero(cumulative, dtype):
    return tf.concat([tf.zeros([1], dtype), cumulative], 0)


class RaggedTensor:
    """A tensor with one or more ragged dimensions (see docs/ragged.md).

    Build one with a factory (`from_row_splits`, `from_row_lengths`, `from_value_rowids`, ...,
    `from_tensor`, `from_sparse`) or `tf.ragged.constant`; the constructor is private."""

    def __init__(self, values, row_partition, internal=False, uniform_row_length=None):
        # NOTE: as in TF, the constructor is private; `row_partition` is the row_splits tensor.
        row_splits = row_partition
        if internal is not _PRIVATE:
            raise ValueError("RaggedTensor constructor is private; please use one of the "
                             "factory methods instead (e.g., RaggedTensor.from_row_lengths())")
        if isinstance(values, RaggedTensor) and values.row_splits.dtype != row_splits.dtype:
            raise ValueError("dtype mismatch: %s vs %s (use RaggedTensor.with_row_splits_dtype)"
                             % (values.row_splits.dtype, row_splits.dtype))
        self._values = values
        self._row_splits = row_splits
        self._uniform_row_length = uniform_row_length  # a static int, or None
        # The number of rows when known statically although row_splits' length is not
        # (from_tensor, stack_dynamic_partitions, ...); shape[0] reports it.
        self._static_nrows = None

    @classmethod
    def _make(cls, values, row_splits, uniform_row_length=None):
        return cls(values, row_splits, _PRIVATE, uniform_row_length)

    # ------------------------------------------------------------------ factories
    @classmethod
    def from_row_splits(cls, values, row_splits, name=None, validate=True):
        with tf.name_scope(name, "RaggedFromRowSplits", [values, row_splits]):
            values = _convert_values(values)
            with tf.name_scope("RowPartitionFromRowSplits"):
                splits = _rank1(_convert_splits(row_splits, "row_splits"))
            if validate:
                msg = "Arguments to from_row_splits do not form a valid RaggedTensor:"
                n = tf.cast(_nvals(values, splits.dtype), splits.dtype)
                checks = [
                    tf.debugging.assert_positive(tf.size(splits), message=msg + "rank"),
                    tf.debugging.assert_equal(splits[:1], tf.zeros([1], splits.dtype),
                                              message=msg + "zero"),
                    tf.debugging.assert_non_negative(splits[1:] - splits[:-1],
                                                     message=msg + "monotonic"),
                    tf.debugging.assert_equal(splits[-1:], tf.reshape(n, [1]),
                                              message=msg + "zero"),
                ]
                splits = _checked(splits, checks)
            return cls._make(values, splits)

    @classmethod
    def from_row_lengths(cls, values, row_lengths, name=None, validate=True):
        with tf.name_scope(name, "RaggedFromRowLengths", [values, row_lengths]):
            values = _convert_values(values)
            with tf.name_scope("RowPartitionFromRowLengths"):
                lengths = _rank1(_convert_splits(row_lengths, "row_lengths", what="row_lengths"))
                splits = _prepend_zero(tf.cumsum(lengths), lengths.dtype)
            if validate:
                msg = "Arguments to from_row_lengths do not form a valid RowPartition"
                n = tf.cast(_nvals(values, lengths.dtype), lengths.dtype)
                checks = [tf.debugging.assert_non_negative(lengths, message=msg),
                          tf.debugging.assert_equal(splits[-1:], tf.reshape(n, [1]), message=msg)]
                splits = _checked(splits, checks)
            return cls._make(values, splits)

    @classmethod
    def from_value_rowids(cls, values, value_rowids, nrows=None, name=None, validate=True):
        with tf.name_scope(name, "RaggedFromValueRowIds", [values, value_rowids, nrows]):
            values = _convert_values(values)
            with tf.name_scope("RowPartitionFromValueRowIds"):
                rowids = _rank1(_convert_splits(value_rowids, "value_rowids", what="value_rowids"))
                dtype = rowids.dtype
                static_ids = tf.get_static_value(rowids)
                if nrows is None:
                    if static_ids is not None:
                        nrows = tf.constant(int(static_ids[-1]) + 1 if static_ids.size else 0, dtype)
                    else:
                        last = tf.concat([[-1], rowids], 0)[-1]
                        nrows = last + 1
                else:
                    nrows = tf.cast(tf.convert_to_tensor(nrows, dtype_hint=dtype), dtype)
                    static_n = tf.get_static_value(nrows)
                    if static_n is not None and static_ids is not None and static_ids.size \
                            and static_n < static_ids[-1] + 1:
                        raise ValueError("Expected nrows >= value_rowids[-1] + 1; got nrows=%d, "
                                         "value_rowids[-1]=%d" % (static_n, static_ids[-1]))
                lengths = tf.math.unsorted_segment_sum(tf.ones_like(rowids), rowids,
                                                       tf.maximum(nrows, 0))
                splits = _prepend_zero(tf.cumsum(lengths), dtype)
            if validate:
                msg = "Arguments to from_value_rowids do not form a valid RowPartition."
                n = tf.cast(_nvals(values, dtype), dtype)
                checks = [
                    tf.debugging.assert_non_negative(rowids[:1], message=msg),
                    tf.debugging.assert_non_negative(rowids[1:] - rowids[:-1], message=msg),
                    tf.debugging.assert_less(tf.concat([[-1], rowids], 0)[-1:],
                                             tf.reshape(nrows, [1]), message=msg),
                    tf.debugging.assert_equal(tf.size(rowids, out_type=dtype), n, message=msg),
                ]
                splits = _checked(splits, checks)
            return cls._make(values, splits)

    @classmethod
    def from_row_starts(cls, values, row_starts, name=None, validate=True):
        with tf.name_scope(name, "RaggedFromRowStarts", [values, row_starts]):
            values = _convert_values(values)
            starts = _rank1(_convert_splits(row_starts, "row_starts", what="row_starts"))
            n = tf.cast(_nvals(values, starts.dtype), starts.dtype)
            splits = tf.concat([starts, tf.reshape(n, [1])], 0)
            if validate:
                msg = "Arguments to from_row_starts do not form a valid RaggedTensor"
                checks = [tf.debugging.assert_equal(splits[:1], tf.zeros([1], splits.dtype),
                                                    message=msg),
                          tf.debugging.assert_non_negative(splits[1:] - splits[:-1], message=msg)]
                splits = _checked(splits, checks)
            return cls._make(values, splits)

    @classmethod
    def from_row_limits(cls, values, row_limits, name=None, validate=True):
        with tf.name_scope(name, "RaggedFromRowLimits", [values, row_limits]):
            values = _convert_values(values)
            limits = _rank1(_convert_splits(row_limits, "row_limits", what="row_limits"))
            splits = _prepend_zero(limits, limits.dtype)
            if validate:
                msg = "Arguments to from_row_limits do not form a valid RaggedTensor"
                n = tf.cast(_nvals(values, limits.dtype), limits.dtype)
                checks = [tf.debugging.assert_non_negative(splits[1:] - splits[:-1], message=msg),
                          tf.debugging.assert_equal(splits[-1:], tf.reshape(n, [1]), message=msg)]
                splits = _checked(splits, checks)
            return cls._make(values, splits)

    @classmethod
    def from_uniform_row_length(cls, values, uniform_row_length, nrows=None, validate=True,
                                name=None):
        with tf.name_scope(name, "RaggedFromUniformRowLength", [values, uniform_row_length]):
            values = _convert_values(values)
            static_len = tf.get_static_value(uniform_row_length)
            length = tf.cast(uniform_row_length, tf.int64)
            nvals = tf.cast(_nvals(values, tf.int64), tf.int64)
            if nrows is None:
                nrows = tf.where(tf.equal(length, 0), tf.constant(0, tf.int64),
                                 nvals // tf.maximum(length, 1))
            nrows = tf.cast(nrows, tf.int64)
            splits = tf.range(nrows + 1, dtype=tf.int64) * length
            rt = cls._make(values, splits, None if static_len is None else int(static_len))
            static_nvals = _static_nvals(values)
            if static_len is not None and static_nvals is not None and static_len:
                rt._static_nrows = static_nvals // int(static_len)
            return rt

    @classmethod
    def from_nested_row_splits(cls, flat_values, nested_row_splits, name=None, validate=True):
        if isinstance(nested_row_splits, tf.Tensor):
            raise TypeError("nested_row_splits must be a list of Tensors")
        with tf.name_scope(name, "RaggedFromNestedRowSplits", [flat_values]):
            result = flat_values
            for splits in reversed(list(nested_row_splits)):
                result = cls.from_row_splits(result, splits, validate=validate)
            return result

    @classmethod
    def from_nested_row_lengths(cls, flat_values, nested_row_lengths, name=None, validate=True):
        if isinstance(nested_row_lengths, tf.Tensor):
            raise TypeError("nested_row_lengths must be a list of Tensors")
        with tf.name_scope(name, "RaggedFromNestedRowlengths", [flat_values]):
            result = flat_values
            for lengths in reversed(list(nested_row_lengths)):
                result = cls.from_row_lengths(result, lengths, validate=validate)
            return result

    @classmethod
    def from_nested_value_rowids(cls, flat_values, nested_value_rowids, nested_nrows=None,
                                 name=None, validate=True):
        nested_nrows = nested_nrows or [None] * len(nested_value_rowids)
        if len(nested_nrows) != len(nested_value_rowids):
            raise ValueError("Argument `nested_nrows` must have the same length as "
                             "argument `nested_value_rowids`")
        with tf.name_scope(name, "RaggedFromNestedValueRowIds", [flat_values]):
            result = flat_values
            for rowids, nrows in reversed(list(zip(nested_value_rowids, nested_nrows))):
                result = cls.from_value_rowids(result, rowids, nrows, validate=validate)
            return result

    @classmethod
    def from_tensor(cls, tensor, lengths=None, padding=None, ragged_rank=1, name=None,
                    row_splits_dtype=tf.int64):
        if lengths is not None and padding is not None:
            raise ValueError("Specify argument `lengths` or `padding`, but not both.")
        if not isinstance(ragged_rank, int) or ragged_rank <= 0:
            raise ValueError("Argument `ragged_rank` must be an int greater than 0. Received: "
                             "ragged_rank=%s" % (ragged_rank,))
        with tf.name_scope(name, "RaggedFromTensor", [tensor, lengths, padding]):
            tensor = tf.convert_to_tensor(tensor, name="tensor")
            ndims = tensor.shape.ndims
            if ndims is not None and ndims <= ragged_rank:
                raise ValueError("If ragged_rank=%d, then tensor must have rank > %d (got %d)"
                                 % (ragged_rank, ragged_rank, ndims))
            return _from_tensor(cls, tensor, lengths, padding, ragged_rank, row_splits_dtype)

    @classmethod
    def from_sparse(cls, st_input, name=None, row_splits_dtype=tf.int64):
        if not isinstance(st_input, tf.SparseTensor):
            raise TypeError("Expected SparseTensor, got %s" % type(st_input).__name__)
        with tf.name_scope(name, "RaggedFromSparse", [st_input]):
            st_input.indices.shape.assert_has_rank(2)
            if st_input.indices.shape[1] is not None and st_input.indices.shape[1] != 2:
                raise ValueError("rank(st_input) must be 2.")
            indices = tf.cast(st_input.indices, row_splits_dtype)
            rowids, cols = indices[:, 0], indices[:, 1]
            nrows = tf.cast(st_input.dense_shape[0], row_splits_dtype)
            rt = cls.from_value_rowids(st_input.values, rowids, nrows, validate=False)
            # Right-ragged: entry k of a row sits in column k (sorted, no gaps).
            expected = tf.range(tf.size(cols, out_type=row_splits_dtype), dtype=row_splits_dtype) \
                - tf.gather(rt.row_splits, rowids)
            ok = tf.reduce_all(tf.equal(cols, expected))
            check = tf.Assert(ok, ["SparseTensor is not right-ragged", "SparseTensor.indices =",
                                   st_input.indices], name="Assert")
            with tf.control_dependencies([check]):
                return cls._make(tf.identity(rt.values), rt.row_splits)

    # ------------------------------------------------------------------ properties
    values = property(lambda self: self._values, doc="The concatenated rows.")
    row_splits = property(lambda self: self._row_splits, doc="Where each row starts and ends.")

    @property
    def flat_values(self):
        v = self._values
        while isinstance(v, RaggedTensor):
            v = v._values
        return v

    @property
    def nested_row_splits(self):
        out, rt = [], self
        while isinstance(rt, RaggedTensor):
            out.append(rt._row_splits)
            rt = rt._values
        return tuple(out)

    @property
    def ragged_rank(self):
        return len(self.nested_row_splits)

    @property
    def dtype(self):
        return self.flat_values.dtype

    @property
    def row_splits_dtype(self):
        return self._row_splits.dtype

    @property
    def shape(self):
        nrows = self._static_nrows
        if nrows is None and self._row_splits.shape[0] is not None:
            nrows = self._row_splits.shape[0] - 1
        inner = self._values.shape
        inner_dims = inner.dims[1:] if inner.dims is not None else None
        if inner_dims is None:
            return TensorShape([nrows, self._uniform_row_length]).concatenate(TensorShape(None))
        return TensorShape([nrows, self._uniform_row_length] + list(inner_dims))

    def get_shape(self):
        return self.shape

    @property
    def graph(self):
        return self._row_splits.graph

    def consumers(self):
        return self.flat_values.consumers()

    def row_lengths(self, axis=1, name=None):
        rank = self.shape.ndims
        if rank is not None:
            axis = _canonical_axis(axis, rank)
        if axis == 0:
            return self.nrows()
        if axis != 1:
            if not isinstance(self._values, RaggedTensor):
                # Uniform dims below the ragged ones: every row has the dimension's size.
                size = tf.shape(self._values, out_type=self._row_splits.dtype)[axis - 1]
                return self.with_values(tf.fill(tf.shape(self._values)[:axis - 1], size))
            return self.with_values(self._values.row_lengths(axis - 1))
        with tf.name_scope(name, "RaggedRowLengths", [self]):
            return self._row_splits[1:] - self._row_splits[:-1]

    def nested_row_lengths(self, name=None):
        with tf.name_scope(name, "RaggedNestedRowLengths", [self]):
            out, rt = [], self
            while isinstance(rt, RaggedTensor):
                out.append(rt.row_lengths())
                rt = rt._values
            return tuple(out)

    def row_starts(self, name=None):
        with tf.name_scope(name, "RaggedRowStarts", [self]):
            return self._row_splits[:-1]

    def row_limits(self, name=None):
        with tf.name_scope(name, "RaggedRowLimits", [self]):
            return self._row_splits[1:]

    def value_rowids(self, name=None):
        with tf.name_scope(name, "RaggedValueRowIds", [self]):
            return row_splits_to_segment_ids(self._row_splits)

    def nested_value_rowids(self, name=None):
        with tf.name_scope(name, "RaggedNestedValueRowIds", [self]):
            out, rt = [], self
            while isinstance(rt, RaggedTensor):
                out.append(rt.value_rowids())
                rt = rt._values
            return tuple(out)

    def nrows(self, out_type=None, name=None):
        with tf.name_scope(name, "RaggedNRows", [self]):
            n = tf.shape(self._row_splits, out_type=self._row_splits.dtype)[0] - 1
            return n if out_type is None else tf.cast(n, out_type)

    @property
    def uniform_row_length(self):
        """The length of every row as a scalar tensor if all rows are known to have it, else
        None."""
        if self._uniform_row_length is None:
            return None
        return tf.constant(self._uniform_row_length, self._row_splits.dtype)

    def bounding_shape(self, axis=None, name=None, out_type=None):
        out_type = out_type or self._row_splits.dtype
        with tf.name_scope(name, "RaggedBoundingBox", [self, axis]):
            lengths = self.row_lengths()
            width = tf.reduce_max(tf.concat([tf.zeros([1], lengths.dtype), lengths], 0))
            if isinstance(self._values, RaggedTensor):
                inner = self._values.bounding_shape(out_type=out_type)[1:]
            else:
                inner = tf.shape(self._values, out_type=out_type)[1:]
            head = tf.cast(tf.stack([self.nrows(), width]), out_type)
            shape = tf.concat([head, inner], 0)
            return shape if axis is None else tf.gather(shape, axis)

    # ------------------------------------------------------------------ conversions
    def with_values(self, new_values):
        new_values = _convert_values(new_values)
        TensorShape([_static_nvals(self._values)]).assert_is_compatible_with(
            TensorShape(new_values.shape[:1]))
        if isinstance(new_values, RaggedTensor) and \
                new_values.row_splits.dtype != self._row_splits.dtype:
            new_values = new_values.with_row_splits_dtype(self._row_splits.dtype)
        rt = RaggedTensor._make(new_values, self._row_splits, self._uniform_row_length)
        rt._static_nrows = self._static_nrows
        return rt

    def with_flat_values(self, new_values):
        if isinstance(self._values, RaggedTensor):
            return self.with_values(self._values.with_flat_values(new_values))
        return self.with_values(new_values)

    def with_row_splits_dtype(self, dtype):
        dtype = tf.as_dtype(dtype)
        if dtype not in _SPLIT_DTYPES:
            raise ValueError("dtype must be int32 or int64")
        values = self._values
        if isinstance(values, RaggedTensor):
            values = values.with_row_splits_dtype(dtype)
        splits = self._row_splits if self._row_splits.dtype == dtype \
            else tf.cast(self._row_splits, dtype)
        rt = RaggedTensor._make(values, splits, self._uniform_row_length)
        rt._static_nrows = self._static_nrows
        return rt

    def merge_dims(self, outer_axis, inner_axis):
        rank = self.shape.ndims
        if rank is None:
            raise ValueError("merge_dims requires a RaggedTensor with a known rank")
        outer, inner = _canonical_axis(outer_axis, rank), _canonical_axis(inner_axis, rank)
        if outer > inner:
            raise ValueError("Expected outer_axis (%d) to be less than or equal to inner_axis "
                             "(%d)" % (outer_axis, inner_axis))
        with tf.name_scope(None, "RaggedMergeDims", [self]):
            result = self
            for _ in range(inner - outer):
                result = _merge_adjacent(result, outer)
            return result

    def to_tensor(self, default_value=None, name=None, shape=None):
        with tf.name_scope(name, "RaggedToTensor", [self, default_value, shape]):
            if default_value is not None:
                default_value = tf.convert_to_tensor(default_value, dtype=self.dtype,
                                                     name="default_value")
            if shape is not None:
                shape = _static_or_none_dims(shape)
            return _to_tensor(self, default_value, shape)

    def to_sparse(self, name=None):
        with tf.name_scope(name, "RaggedToSparse", [self]):
            indices, values = _sparse_parts(self)
            return tf.SparseTensor(indices, values, tf.cast(self.bounding_shape(), tf.int64))

    def to_list(self):
        raise ValueError("to_list can only be used in eager mode.")

    def numpy(self):
        raise ValueError("numpy() is only supported in eager mode.")

    # ------------------------------------------------------------------ indexing
    def __getitem__(self, key):
        from tensorweave.ragged import ragged_getitem

        return ragged_getitem.getitem(self, key)

    # ------------------------------------------------------------------ printing
    def __repr__(self):
        if isinstance(self._values, RaggedTensor):
            return "tf.RaggedTensor(values=%r, row_splits=%r)" % (self._values, self._row_splits)
        return "tf.RaggedTensor(values=%s, row_splits=%s)" % (self._values, self._row_splits)

    __str__ = __repr__

    def __bool__(self):
        raise TypeError("RaggedTensor may not be used as a boolean.")

    __hash__ = object.__hash__

    @property
    def _type_spec(self):
        return RaggedTensorSpec(self.shape, self.dtype, self.ragged_rank, self.row_splits_dtype)

    def _fetch_components(self):
        """The tensors Session.run fetches (and feeds) for this RaggedTensor."""
        return [self.flat_values] + list(self.nested_row_splits)

    @staticmethod
    def _value_from_components(values):
        result = values[0]
        for splits in reversed(values[1:]):
            result = RaggedTensorValue(result, splits)
        return result


class RaggedTensorSpec:
    """The type of a RaggedTensor: shape (with None ragged dims), dtype, ragged_rank and
    row_splits_dtype."""

    def __init__(self, shape=None, dtype=tf.float32, ragged_rank=None, row_splits_dtype=tf.int64,
                 flat_values_spec=None):
        self._shape = TensorShape(shape)
        self._dtype = tf.as_dtype(dtype)
        self._row_splits_dtype = tf.as_dtype(row_splits_dtype)
        rank = self._shape.ndims
        if ragged_rank is None:
            if rank is None:
                raise ValueError("Must specify ragged_rank or a shape with a known rank. "
                                 "Received: ragged_rank=None, shape=%s" % self._shape)
            ragged_rank = rank - 1
        if not isinstance(ragged_rank, int):
            raise TypeError("Argument `ragged_rank` must be an int. Received %s." % (ragged_rank,))
        if rank is not None and not 0 <= ragged_rank < rank:
            raise ValueError("Argument `ragged_rank` must be non-negative and less than %d. "
                             "Received ragged_rank=%d." % (rank, ragged_rank))
        self._ragged_rank = ragged_rank

    shape = property(lambda self: self._shape)
    dtype = property(lambda self: self._dtype)
    ragged_rank = property(lambda self: self._ragged_rank)
    row_splits_dtype = property(lambda self: self._row_splits_dtype)
    value_type = property(lambda self: RaggedTensor)

    @classmethod
    def from_value(cls, value):
        return cls(value.shape, value.dtype, value.ragged_rank, value.row_splits_dtype)

    def is_compatible_with(self, other):
        if isinstance(other, RaggedTensor):
            other = RaggedTensorSpec.from_value(other)
        return (isinstance(other, RaggedTensorSpec) and self._dtype == other.dtype
                and self._ragged_rank == other.ragged_rank
                and self._row_splits_dtype == other.row_splits_dtype
                and self._shape.is_compatible_with(other.shape))

    def _key(self):
        return (self._shape.as_list() if self._shape.ndims is not None else None, self._dtype,
                self._ragged_rank, self._row_splits_dtype)

    def __eq__(self, other):
        return isinstance(other, RaggedTensorSpec) and repr(self._key()) == repr(other._key())

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(repr(self._key()))

    def __repr__(self):
        return "RaggedTensorSpec(TensorShape(%s), %r, %d, %r)" % (
            self._shape.as_list() if self._shape.ndims is not None else None, self._dtype,
            self._ragged_rank, self._row_splits_dtype)


# ---------------------------------------------------------------------- helpers
def row_splits_to_segment_ids(splits, name=None, out_type=None):
    """[0, 2, 2, 5] -> [0, 0, 2, 2, 2]: the row of each value."""
    with tf.name_scope(name, "RaggedSplitsToSegmentIds", [splits]):
        splits = _rank1(_convert_splits(splits, "splits", what="splits"))
        out_type = tf.as_dtype(out_type) if out_type is not None else splits.dtype
        lengths = splits[1:] - splits[:-1]
        ids = tf.repeat(tf.range(tf.size(lengths, out_type=out_type), dtype=out_type),
                        tf.cast(lengths, out_type))
        return ids


def _canonical_axis(axis, rank):
    if not -rank <= axis < rank:
        raise ValueError("axis=%d out of bounds: expected %d<=axis<%d" % (axis, -rank, rank))
    return axis + rank if axis < 0 else axis


def _merge_adjacent(x, axis):
    """Merges dimensions `axis` and `axis + 1` of a RaggedTensor or dense tensor."""
    if not isinstance(x, RaggedTensor):
        shape = tf.shape(x)
        new_shape = tf.concat([shape[:axis], [-1], shape[axis + 2:]], 0)
        return tf.reshape(x, new_shape)
    if axis == 0:
        return x.values
    if axis > 1:
        return x.with_values(_merge_adjacent(x.values, axis - 1))
    values = x.values
    if isinstance(values, RaggedTensor):
        splits = tf.gather(values.row_splits, x.row_splits)
        return RaggedTensor._make(values.values, splits)
    width = tf.cast(tf.shape(values)[1], x.row_splits.dtype)
    flat = tf.reshape(values, tf.concat([[-1], tf.shape(values)[2:]], 0))
    return RaggedTensor._make(flat, x.row_splits * width)


def _static_or_none_dims(shape):
    if isinstance(shape, TensorShape):
        return shape.as_list() if shape.ndims is not None else None
    if isinstance(shape, (list, tuple)):
        return [None if d is None or (not isinstance(d, tf.Tensor) and d < 0) else d
                for d in shape]
    value = tf.get_static_value(shape)
    if value is None:
        raise ValueError("to_tensor(shape=...) needs a statically known shape in tensorweave")
    return [None if d < 0 else int(d) for d in value]


def _pad_or_crop(dense, dims, default, start_axis):
    """Crops/pads `dense` along axes >= start_axis to the sizes in `dims` (None keeps)."""
    for axis in range(start_axis, len(dims)):
        size = dims[axis]
        if size is None:
            continue
        current = tf.shape(dense)[axis]
        begin = [0] * dense.shape.ndims
        sizes = [-1] * dense.shape.ndims
        sizes[axis] = tf.minimum(current, size)
        dense = tf.slice(dense, begin, tf.stack(sizes))
        pad = tf.maximum(size - current, 0)
        pad_shape = tf.tensor_scatter_nd_update(tf.shape(dense), [[axis]], tf.reshape(pad, [1]))
        filler = _fill(pad_shape, default, dense.dtype)
        dense = tf.concat([dense, filler], axis)
        static = dense.shape.as_list()
        static[axis] = size
        dense.set_shape(static)
    return dense


def _fill(shape, default, dtype):
    if default is None:
        return tf.zeros(shape, dtype)
    return tf.broadcast_to(default, shape) if default.shape.ndims else tf.fill(shape, default)


def _to_tensor(rt, default, dims):
    values = rt.values
    inner_dims = None if dims is None else [None] + list(dims[2:])
    if isinstance(values, RaggedTensor):
        values = _to_tensor(values, default, inner_dims)
    elif dims is not None and len(dims) > 2:
        values = _pad_or_crop(values, inner_dims, default, 1)
    dtype = rt.row_splits.dtype
    lengths = rt.row_splits[1:] - rt.row_splits[:-1]
    starts = rt.row_splits[:-1]
    nrows = tf.size(lengths, out_type=dtype)
    out_rows = nrows if dims is None or dims[0] is None else tf.constant(dims[0], dtype)
    if dims is None or dims[1] is None:
        width = tf.reduce_max(tf.concat([tf.zeros([1], dtype), lengths], 0))
    else:
        width = tf.constant(dims[1], dtype)
    extra = tf.maximum(out_rows - nrows, 0)
    lengths = tf.concat([lengths, tf.zeros([extra], dtype)], 0)[:out_rows]
    starts = tf.concat([starts, tf.zeros([extra], dtype)], 0)[:out_rows]
    cols = tf.range(width, dtype=dtype)
    valid = cols[None, :] < lengths[:, None]
    nvals = tf.shape(values, out_type=dtype)[0]
    index = tf.where(valid, starts[:, None] + cols[None, :], tf.fill(tf.shape(valid), nvals))
    pad_row = _fill(tf.concat([[1], tf.shape(values)[1:]], 0), default, values.dtype)
    dense = tf.gather(tf.concat([values, pad_row], 0), index)
    static = [dims[0] if dims and dims[0] is not None else rt.shape[0],
              dims[1] if dims and dims[1] is not None else rt._uniform_row_length]
    static += values.shape.as_list()[1:] if values.shape.ndims is not None else []
    if values.shape.ndims is not None:
        dense.set_shape(static)
    return dense


def _sparse_parts(rt):
    """(indices int64 [N, rank], values [N]) of the non-missing elements of `rt`."""
    values = rt.values
    if isinstance(values, RaggedTensor):
        inner_idx, flat = _sparse_parts(values)
    else:
        all_true = tf.ones(tf.shape(values), tf.bool)
        inner_idx = tf.where(all_true)
        flat = tf.reshape(values, [-1])
    rowids = tf.cast(rt.value_rowids(), tf.int64)
    cols = tf.range(tf.size(rowids, out_type=tf.int64), dtype=tf.int64) \
        - tf.gather(tf.cast(rt.row_splits, tf.int64), rowids)
    v = inner_idx[:, 0]
    head = tf.stack([tf.gather(rowids, v), tf.gather(cols, v)], 1)
    return tf.concat([head, inner_idx[:, 1:]], 1), flat


def _from_tensor(cls, tensor, lengths, padding, ragged_rank, splits_dtype):
    if ragged_rank > 1:
        if tensor.shape.ndims is None:
            raise ValueError("from_tensor(ragged_rank>1) needs a tensor of known rank")
        shape = tf.shape(tensor, out_type=splits_dtype)
        outer = tf.reshape(tensor, tf.concat([[-1], shape[ragged_rank:]], 0))
        static = tensor.shape.as_list()
        inner_rows = None if None in static[:ragged_rank] else int(np.prod(static[:ragged_rank]))
        outer.set_shape([inner_rows] + static[ragged_rank:])
        result = _from_tensor(cls, outer, lengths, padding, 1, splits_dtype)
        for axis in range(ragged_rank - 2, -1, -1):
            result = cls.from_uniform_row_length(
                result, static[axis + 1] if static[axis + 1] is not None else shape[axis + 1])
            result = result.with_row_splits_dtype(splits_dtype)
        return result
    shape = tf.shape(tensor, out_type=splits_dtype)
    nrows, ncols = shape[0], shape[1]
    if lengths is None and padding is None:
        values = tf.reshape(tensor, tf.concat([[-1], shape[2:]], 0))
        static = tensor.shape.as_list() if tensor.shape.ndims is not None else None
        if static is not None:
            total = None if None in static[:2] else static[0] * static[1]
            values.set_shape([total] + static[2:])
        splits = tf.range(nrows + 1, dtype=splits_dtype) * ncols
        rt = cls._make(values, splits, static[1] if static else None)
        if static and static[0] is not None:
            rt._static_nrows = static[0]
        return rt
    if padding is not None:
        padding = tf.convert_to_tensor(padding, dtype=tensor.dtype, name="padding")
        not_pad = tf.not_equal(tensor, padding)
        if tensor.shape.ndims is not None and tensor.shape.ndims > 2:
            not_pad = tf.reduce_any(not_pad, axis=list(range(2, tensor.shape.ndims)))
        col_count = tf.range(1, ncols + 1, dtype=splits_dtype)
        lengths = tf.reduce_max(tf.where(not_pad, tf.broadcast_to(col_count, tf.shape(not_pad)),
                                         tf.zeros_like(not_pad, splits_dtype)), axis=1)
        lengths = tf.maximum(lengths, 0) if tensor.shape[1] != 0 else tf.zeros([nrows], splits_dtype)
    else:
        lengths = tf.cast(_rank1(tf.convert_to_tensor(lengths, dtype_hint=splits_dtype,
                                                      name="lengths")), splits_dtype)
        lengths = tf.minimum(lengths, ncols)
    mask = tf.sequence_mask(lengths, ncols)
    values = tf.boolean_mask(tensor, mask)
    rt = cls.from_row_lengths(values, lengths, validate=False)
    if tensor.shape[0] is not None:
        rt._static_nrows = tensor.shape[0]
    return rt


# Operators and tf.* dispatch for RaggedTensor arguments (installed when it loads).
from tensorweave.ragged import ragged_dispatch  # noqa: F401
