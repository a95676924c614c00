"""Partitioned variables: get_variable(..., partitioner=p) splits a variable along one axis.

A partitioner maps (shape, dtype) to the number of parts per axis (at most one above 1). The
variable `name` becomes variables `name/part_0`, `name/part_1`, ... holding consecutive slices
(the first `shape[axis] % n` parts one row longer), each initialized with the initializer's
values for its slice (`partition_info` gives the full shape and the slice's offset). They are
held by a PartitionedVariable, which iterates over the parts and converts to their concatenation.
"""

import math
from collections.abc import Sequence

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


class PartitionInfo:
    """Where one part lies in the full variable (passed to initializers as `partition_info`)."""

    def __init__(self, full_shape, var_offset):
        if not isinstance(full_shape, (list, tuple)) or not isinstance(var_offset, (list, tuple)):
            raise TypeError("`full_shape` and `var_offset` must be sequences.")
        if len(full_shape) != len(var_offset):
            raise ValueError("Expected equal length, but `var_offset` is of length %d while "
                             "full_shape is of length %d." % (len(var_offset), len(full_shape)))
        self.full_shape = list(full_shape)
        self.var_offset = list(var_offset)

    def single_offset(self, shape):
        axis = self.single_slice_dim(shape)
        return 0 if axis is None else self.var_offset[axis]

    def single_slice_dim(self, shape):
        sliced = [i for i, (d, full) in enumerate(zip(shape, self.full_shape)) if d != full]
        if len(sliced) > 1:
            raise ValueError("Cannot use single_slice_dim() with shape %s: it is sliced along "
                             "more than one dimension." % (list(shape),))
        return sliced[0] if sliced else None


class SaveSliceInfo:
    """Where a part lies in its partitioned variable, for the Saver (TF's Variable.SaveSliceInfo):
    the part is saved as the slice `spec` of the checkpoint tensor `full_name`."""

    def __init__(self, full_name=None, full_shape=None, var_offset=None, var_shape=None,
                 save_slice_info_def=None, import_scope=None):
        if save_slice_info_def is not None:
            full_name = save_slice_info_def.full_name
            if import_scope:
                full_name = import_scope + "/" + full_name
            full_shape = save_slice_info_def.full_shape
            var_offset = save_slice_info_def.var_offset
            var_shape = save_slice_info_def.var_shape
        self.full_name = full_name
        self.full_shape = [int(d) for d in full_shape]
        self.var_offset = [int(d) for d in var_offset]
        self.var_shape = [int(d) for d in var_shape]

    @property
    def spec(self):
        """The SaveV2 shape-and-slice string: "7 2 0,3:0,2" (full shape, then start,length per dim)."""
        full = " ".join("%d" % d for d in self.full_shape) + " "
        return full + ":".join("%d,%d" % (o, s) for o, s in zip(self.var_offset, self.var_shape))

    def to_proto(self, export_scope=None):
        from tensorweave.protos import variable_pb2

        if export_scope and not self.full_name.startswith(export_scope):
            return None
        proto = variable_pb2.SaveSliceInfoDef()
        name = self.full_name
        if export_scope and name.startswith(export_scope + "/"):
            name = name[len(export_scope) + 1:]
        proto.full_name = name
        proto.full_shape.extend(self.full_shape)
        proto.var_offset.extend(self.var_offset)
        proto.var_shape.extend(self.var_shape)
        return proto


def call_partitioner(partitioner, shape, dtype):
    """The partitions `partitioner` gives a variable of `shape`, checked as TF checks them."""
    if not shape.is_fully_defined():
        raise ValueError("Shape of a new partitioned variable must be fully defined, but instead "
                         "was %s." % (shape,))
    if shape.ndims < 1:
        raise ValueError("A partitioned Variable must have rank at least 1, shape: %s" % shape)
    partitions = partitioner(shape=shape, dtype=dtype)
    if not isinstance(partitions, Sequence):
        raise ValueError("Partitioner must return a sequence, but saw: %s" % (partitions,))
    if len(partitions) != shape.ndims:
        raise ValueError("Partitioner returned a partition list that does not match the Variable's "
                         "rank: %s vs. %s" % (partitions, shape))
    if any(p < 1 for p in partitions):
        raise ValueError("Partitioner returned zero partitions for some axes: %s" % (partitions,))
    if sum(p > 1 for p in partitions) > 1:
        raise ValueError("Can only slice a variable along one dimension: shape: %s, partitioning: "
                         "%s" % (shape, partitions))
    dims = shape.as_list()
    for axis, p in enumerate(partitions):
        if p > dims[axis]:  # a part would start past the end
            offset = [0] * len(dims)
            offset[axis] = dims[axis]
            raise ValueError("Expected 0 <= offset < shape but found offset=%d, shape=%d for "
                             "var_offset=%s, full_shape=%s" % (dims[axis], dims[axis], offset, dims))
    return list(partitions)


def slices(full_shape, partitions):
    """(offset, shape) of each part of a variable of `full_shape` split by `partitions`."""
    axis = next((i for i, p in enumerate(partitions) if p > 1), 0)
    n = partitions[axis] if partitions else 1
    base, longer = divmod(full_shape[axis], n)
    offset = [0] * len(full_shape)
    out = []
    for i in range(n):
        shape = list(full_shape)
        shape[axis] = base + (1 if i < longer else 0)
        out.append((list(offset), shape))
        offset[axis] += shape[axis]
    return out


class PartitionedVariable:
    """A variable stored as several variables, each holding a slice of it along one axis."""

    def __init__(self, name, shape, dtype, variable_list, partitions):
        if not isinstance(variable_list, (list, tuple)):
            raise TypeError("variable_list is not a list or tuple: %s" % (variable_list,))
        if not variable_list:
            raise ValueError("variable_list may not be empty")
        self._name = name
        self._shape = TensorShape(shape)
        self._dtype = _dtypes.as_dtype(dtype)
        self._variable_list = sorted(variable_list, key=lambda v: v.name)
        self._partitions = list(partitions)

    def __iter__(self):
        return iter(self._variable_list)

    def __len__(self):
        axes = self._partition_axes()
        if len(axes) > 1:
            raise ValueError("Cannot get a length for %d > 1 partition axes" % len(axes))
        return len(self._variable_list)

    def _partition_axes(self):
        axes = [i for i, p in enumerate(self._partitions) if p > 1]
        return axes or [0]

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def shape(self):
        return self._shape

    def get_shape(self):
        return self._shape

    @property
    def graph(self):
        return self._variable_list[0].graph

    def _get_variable_list(self):
        return self._variable_list

    def _get_partitions(self):
        return self._partitions

    def as_tensor(self):
        """The whole variable: the parts concatenated, as an Identity named after it."""
        from tensorweave.ops import array_ops, graph_ops

        parts = self._variable_list
        if len(parts) == 1:
            with name_scope(None):
                return graph_ops.identity(parts[0], name=self._name)
        with name_scope(self._name + "/ConcatPartitions/"):
            whole = array_ops.concat(parts, self._partition_axes()[0])
        with name_scope(None):
            return graph_ops.identity(whole, name=self._name)

    def assign(self, value, use_locking=False, name=None, read_value=True):
        """Assigns the matching slice of `value` to each part; returns the assignments."""
        from tensorweave.ops import array_misc_ops

        axis = self._partition_axes()[0]
        sizes = [v.shape.as_list()[axis] for v in self._variable_list]
        pieces = array_misc_ops.split(value, sizes, axis=axis) if len(sizes) > 1 else [value]
        out = [v.assign(p, use_locking=use_locking, name=name, read_value=read_value)
               for v, p in zip(self._variable_list, pieces)]
        if read_value:
            return out
        return [getattr(a, "op", a) for a in out]

    def __repr__(self):
        return "<tf.PartitionedVariable '%s' shape=%s dtype=%s partitions=%s>" % (
            self._name, self._shape, self._dtype.name, self._partitions)


def _conversion(value, dtype=None, name=None, as_ref=False):
    if as_ref:
        raise NotImplementedError("PartitionedVariable doesn't support being used as a reference.")
    if dtype is not None and not dtype.is_compatible_with(value.dtype):
        raise ValueError("Incompatible type conversion requested to type '%s' for variable of "
                         "type '%s'" % (dtype.name, value.dtype.name))
    return value.as_tensor()


_ops.register_tensor_conversion_function(PartitionedVariable, _conversion)


def _element_size(dtype, bytes_per_string_element):
    dtype = _dtypes.as_dtype(dtype).base_dtype
    return bytes_per_string_element if dtype is _dtypes.string else dtype.size


@tf_export("fixed_size_partitioner")
def fixed_size_partitioner(num_shards, axis=0):
    """A partitioner making `num_shards` parts along `axis` (fewer if the axis is shorter)."""

    def _partitioner(shape, **unused):
        partitions = [1] * len(shape)
        partitions[axis] = min(num_shards, shape.as_list()[axis])
        return partitions

    return _partitioner


@tf_export("variable_axis_size_partitioner")
def variable_axis_size_partitioner(max_shard_bytes, axis=0, bytes_per_string_element=16,
                                   max_shards=None):
    """A partitioner keeping each part under `max_shard_bytes` (at least one slice of `axis`
    per part, at most `max_shards` parts)."""
    if max_shard_bytes < 1 or bytes_per_string_element < 1:
        raise ValueError("Both max_shard_bytes and bytes_per_string_element must be positive. "
                         "Currently, max_shard_bytes is %d and bytes_per_string_element is %d"
                         % (max_shard_bytes, bytes_per_string_element))
    if max_shards and max_shards < 1:
        raise ValueError("max_shards must be positive.")

    def _partitioner(shape, dtype):
        if not isinstance(shape, TensorShape):
            raise ValueError("shape is not a TensorShape: %s" % (shape,))
        if not shape.is_fully_defined():
            raise ValueError("shape is not fully defined: %s" % (shape,))
        dims = shape.as_list()
        slice_bytes = shape.num_elements() / dims[axis] * _element_size(dtype, bytes_per_string_element)
        per_shard = max(1, math.floor(max_shard_bytes / slice_bytes))
        shards = int(math.ceil(dims[axis] / per_shard))
        if max_shards:
            shards = min(max_shards, shards)
        partitions = [1] * len(dims)
        partitions[axis] = shards
        return partitions

    return _partitioner


@tf_export("min_max_variable_partitioner")
def min_max_variable_partitioner(max_partitions=1, axis=0, min_slice_size=256 << 10,
                                 bytes_per_string_element=16):
    """A partitioner making parts of at least `min_slice_size` bytes, at most `max_partitions`."""

    def _partitioner(shape, dtype):
        dims = TensorShape(shape).as_list()
        if axis >= len(dims):
            raise ValueError("Cannot partition variable along axis %d when shape is only %s"
                             % (axis, shape))
        total = TensorShape(shape).num_elements() * _element_size(dtype, bytes_per_string_element)
        partitions = [1] * len(dims)
        partitions[axis] = max(1, min(dims[axis], max_partitions,
                                      int(math.ceil(total / min_slice_size))))
        return partitions

    return _partitioner


@tf_export("create_partitioned_variables")
def create_partitioned_variables(shape, slicing, initializer, dtype=_dtypes.float32, trainable=True,
                                 collections=None, name=None, reuse=None):
    """TF1's older way to make a partitioned variable: the parts `<scope>/part_i` of a variable
    of `shape` cut as `slicing` says (one entry per dimension, at most one above 1), named after
    `name` (default "PartitionedVariable", made unique), as a list of variables."""
    from tensorweave.training import variable_scope as _vs

    if len(shape) != len(slicing):
        raise ValueError("The 'shape' and 'slicing' of a partitioned Variable must have the length: "
                         "shape: %s, slicing: %s" % (shape, slicing))
    if len(shape) < 1:
        raise ValueError("A partitioned Variable must have rank at least 1: shape: %s" % (shape,))
    slicing = list(slicing)
    with _vs.variable_scope(name, "PartitionedVariable", reuse=reuse) as scope:
        if initializer is None:
            initializer = scope.initializer
        with name_scope(None):
            var = _vs._get_default_variable_store().get_variable(
                scope.name, shape=shape, dtype=dtype, initializer=initializer, reuse=scope.reuse,
                trainable=trainable, collections=collections, partitioner=lambda **_: slicing,
                use_resource=scope.use_resource)
    return list(var)
