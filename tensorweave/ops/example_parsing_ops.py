"""tf.train.Example parsing: tf.parse_example, tf.parse_single_example and feature specs.

`parse_example(serialized, features)` builds one ParseExampleV2 op for a dict of specs:
- `FixedLenFeature(shape, dtype, default_value=None)`: a dense tensor of `shape` per example;
  a missing feature takes the default, or is an error without one;
- `VarLenFeature(dtype)`: a SparseTensor holding each example's list as a row;
- `FixedLenSequenceFeature(shape, dtype, allow_missing=True, default_value=None)`: a dense
  tensor of rows of `shape`, as many as the longest example has, padded with the default.
Dtypes are float32, int64 and string (the three lists a Feature can hold). The serialized
records are parsed with the tf.train.Example message (tensorweave/protos/example.proto), in
the kernel: protobuf is imported when a parse first runs. Messages are TensorFlow's.
"""

import collections
import re

import numpy as np

from tensorweave._api import tf_export, tf_export_lazy
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

_EXAMPLE = "tensorweave.protos.example_pb2:"
_FEATURE = "tensorweave.protos.feature_pb2:"
for _name, _target in [("train.Example", _EXAMPLE + "Example"),
                       ("train.SequenceExample", _EXAMPLE + "SequenceExample"),
                       ("train.Feature", _FEATURE + "Feature"), ("train.Features", _FEATURE + "Features"),
                       ("train.FeatureList", _FEATURE + "FeatureList"),
                       ("train.FeatureLists", _FEATURE + "FeatureLists"),
                       ("train.BytesList", _FEATURE + "BytesList"),
                       ("train.FloatList", _FEATURE + "FloatList"),
                       ("train.Int64List", _FEATURE + "Int64List")]:
    tf_export_lazy(_name, _target)

_PARSE_TYPES = (_dtypes.float32, _dtypes.int64, _dtypes.string)
_KIND_OF = {_dtypes.float32: "float_list", _dtypes.int64: "int64_list", _dtypes.string: "bytes_list"}
_TYPE_OF_KIND = {"float_list": "float", "int64_list": "int64", "bytes_list": "string"}
_TYPE_NAME = {_dtypes.float32: "float", _dtypes.int64: "int64", _dtypes.string: "string"}


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _dims_text(dims):
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


def _np_dtype(dtype):
    return object if dtype == _dtypes.string else dtype.as_numpy_dtype


def _array(values, dtype):
    if dtype == _dtypes.string:
        out = np.empty(len(values), dtype=object)
        out[:] = list(values)
        return out
    return np.array(values, dtype=dtype.as_numpy_dtype)


def _parse_records(serialized):
    from tensorweave.protos import example_pb2

    examples = []
    for value in serialized:
        value = value if isinstance(value, bytes) else str(value).encode()
        example = example_pb2.Example()
        try:
            example.ParseFromString(value)
        except Exception:  # noqa: BLE001 -- protobuf's DecodeError (imported lazily)
            raise _invalid("Could not parse example input, value: '%s'"
                           % value.decode("utf-8", "backslashreplace")) from None
        examples.append(example.features.feature)
    return examples


def _values_of(feature, dtype, key, index, name, sparse):
    """The values of `feature` as a list, checked to be of `dtype`."""
    kind = feature.WhichOneof("kind")
    if kind is None:
        return []
    if kind != _KIND_OF[dtype]:
        if sparse:
            raise _invalid("Name: %s, Key: %s, Index: %d.  Data types don't match. Expected type: "
                           "%s, Actual type: %s" % (name, key, index, _TYPE_NAME[dtype], _TYPE_OF_KIND[kind]))
        raise _invalid("Name: %s, Key: %s, Index: %d.  Data types don't match. Data type: %s but "
                       "expected type: %s" % (name, key, index, _TYPE_OF_KIND[kind], _TYPE_NAME[dtype]))
    return list(getattr(feature, kind).value)


@register_op("ParseExampleV2",
             inputs=["serialized: string", "names: string", "sparse_keys: string",
                     "dense_keys: string", "ragged_keys: string", "dense_defaults: Tdense"],
             outputs=["sparse_indices: num_sparse * int64", "sparse_values: sparse_types",
                      "sparse_shapes: num_sparse * int64", "dense_values: Tdense",
                      "ragged_values: ragged_value_types", "ragged_row_splits: ragged_split_types"],
             attrs=["Tdense: list(type) >= 0", "num_sparse: int >= 0",
                    "sparse_types: list(type) >= 0", "ragged_value_types: list(type) >= 0",
                    "ragged_split_types: list(type) >= 0", "dense_shapes: list(shape) >= 0"])
class ParseExampleV2(OpDef):
    def shape(self, serialized, names, sparse_keys, dense_keys, ragged_keys, dense_defaults, *,
              num_sparse, sparse_types, dense_shapes):
        rank = serialized.shape.ndims
        if rank is not None and rank > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % rank)
        if rank is None:
            batch = None
            index_dims = None
        else:
            batch = list(serialized.shape.as_list()) if rank == 1 else []
            index_dims = rank + 1
        shapes = [TensorShape([None, index_dims])] * num_sparse
        shapes += [TensorShape([None])] * num_sparse
        shapes += [TensorShape([index_dims])] * num_sparse
        for shape in dense_shapes:
            shapes.append(TensorShape(None) if batch is None else TensorShape(batch).concatenate(shape))
        return shapes

    def kernel(self, serialized, names, sparse_keys, dense_keys, ragged_keys, *dense_defaults,
               Tdense, num_sparse, sparse_types, dense_shapes):
        # NOTE: dtype=object: NumPy's bytes dtype would drop the records' trailing NULs.
        serialized = np.asarray(serialized, dtype=object)
        batched = serialized.ndim == 1
        records = serialized.reshape(-1)
        names = [n.decode() if isinstance(n, bytes) else str(n)
                 for n in np.asarray(names, dtype=object).reshape(-1)]
        examples = _parse_records(records)

        def name_of(i):
            return names[i] if names else "<unknown>"

        out_indices, out_values, out_shapes = [], [], []
        for key, dtype in zip(np.asarray(sparse_keys, dtype=object).reshape(-1), sparse_types):
            key = key.decode() if isinstance(key, bytes) else str(key)
            indices, values, longest = [], [], 0
            for i, feats in enumerate(examples):
                row = _values_of(feats[key], dtype, key, i, name_of(i), True) if key in feats else []
                values.extend(row)
                indices.extend(([i, j] if batched else [j]) for j in range(len(row)))
                longest = max(longest, len(row))
            width = 2 if batched else 1
            out_indices.append(np.array(indices, dtype=np.int64).reshape(-1, width))
            out_values.append(_array(values, dtype))
            out_shapes.append(np.array([len(examples), longest] if batched else [longest], np.int64))
        dense_out = []
        for key, dtype, shape, default in zip(np.asarray(dense_keys, dtype=object).reshape(-1), Tdense,
                                              dense_shapes, dense_defaults):
            key = key.decode() if isinstance(key, bytes) else str(key)
            default = np.asarray(default, dtype=_np_dtype(dtype))
            dense_out.append(self._dense(examples, key, dtype, shape, default, batched, name_of))
        out = out_indices + out_values + out_shapes + dense_out
        return out[0] if len(out) == 1 else out

    @staticmethod
    def _dense(examples, key, dtype, shape, default, batched, name_of):
        dims = shape.as_list()
        if dims and dims[0] is None:  # a FixedLenSequenceFeature: rows of dims[1:]
            stride = int(np.prod(dims[1:], dtype=np.int64))
            rows = []
            for i, feats in enumerate(examples):
                values = _values_of(feats[key], dtype, key, i, name_of(i), False) if key in feats else []
                if stride == 0 or len(values) % stride:
                    raise _invalid("Name: %s, Key: %s, Index: %d.  Number of %s values is not a "
                                   "multiple of stride length. Saw %d values but output shape is: %s"
                                   % (name_of(i), key, i, _TYPE_NAME[dtype], len(values), _dims_text(dims)))
                rows.append(values)
            longest = max((len(r) // stride for r in rows), default=0)
            pad = default.reshape(-1)[0] if default.size else (b"" if dtype == _dtypes.string else 0)
            out = np.full((len(examples), longest * stride), pad, dtype=_np_dtype(dtype))
            for i, values in enumerate(rows):
                out[i, :len(values)] = values
            out = out.reshape([len(examples), longest] + dims[1:])
            return out if batched else out[0]
        size = int(np.prod(dims, dtype=np.int64))
        parts = []
        for i, feats in enumerate(examples):
            if key not in feats:
                if default.size == 0:
                    raise _invalid("Name: %s, Feature: %s (data type: %s) is required but could not be "
                                   "found." % (name_of(i), key, _TYPE_NAME[dtype]))
                parts.append(np.asarray(default, dtype=_np_dtype(dtype)).reshape(dims))
                continue
            values = _values_of(feats[key], dtype, key, i, name_of(i), False)
            if len(values) != size:
                raise _invalid("Name: %s, Key: %s, Index: %d.  Number of %s values != expected.  "
                               "Values size: %d but output shape: %s"
                               % (name_of(i), key, i, _TYPE_NAME[dtype], len(values), _dims_text(dims)))
            parts.append(_array(values, dtype).reshape(dims))
        if not batched:
            return parts[0]
        if not parts:
            return np.zeros([0] + dims, dtype=_np_dtype(dtype))
        return np.stack(parts).astype(_np_dtype(dtype), copy=False)

    grad = None


# ------------------------------------------------------------------ Python API
_FixedLen = collections.namedtuple("FixedLenFeature", ["shape", "dtype", "default_value"])
_VarLen = collections.namedtuple("VarLenFeature", ["dtype"])
_FixedLenSequence = collections.namedtuple("FixedLenSequenceFeature",
                                           ["shape", "dtype", "allow_missing", "default_value"])


@tf_export("io.FixedLenFeature", "FixedLenFeature")
class FixedLenFeature(_FixedLen):
    """A dense feature of a fixed `shape` (a missing one takes `default_value`)."""

    __slots__ = ()

    def __new__(cls, shape, dtype, default_value=None):
        return super().__new__(cls, shape, dtype, default_value)


@tf_export("io.VarLenFeature", "VarLenFeature")
class VarLenFeature(_VarLen):
    """A feature of any length, parsed into a SparseTensor."""

    __slots__ = ()


@tf_export("io.FixedLenSequenceFeature", "FixedLenSequenceFeature")
class FixedLenSequenceFeature(_FixedLenSequence):
    """A dense feature of rows of `shape`, padded with `default_value` to the longest example."""

    __slots__ = ()

    def __new__(cls, shape, dtype, allow_missing=False, default_value=None):
        return super().__new__(cls, shape, dtype, allow_missing, default_value)


def _check_type(dtype, parameter):
    dtype = _dtypes.as_dtype(dtype).base_dtype
    if dtype not in _PARSE_TYPES:
        raise TypeError("Value passed to parameter '%s' has DataType %s not in list of allowed values: "
                        "float32, int64, string" % (parameter, dtype.name))
    return dtype


def _op_name_part(key):
    return re.sub(r"[^A-Za-z0-9_.\-/]", "_", key)


def _parse(serialized, features, example_names, name):
    if not features:
        raise ValueError("Argument `features` cannot be None or falsy. Got %s" % (features,))
    for key in sorted(features):
        feature = features[key]
        if not isinstance(feature, (FixedLenFeature, VarLenFeature, FixedLenSequenceFeature)):
            raise ValueError("Unsupported %s %s for key '%s'" % (type(feature).__name__, feature, key))
        if isinstance(feature, FixedLenFeature):
            shape = TensorShape(feature.shape)
            if shape.ndims and shape.as_list()[0] is None:
                raise ValueError("First dimension of shape for feature %s unknown. Consider using "
                                 "FixedLenSequenceFeature. Received feature=%s." % (key, feature))
            if not shape.is_fully_defined():
                raise ValueError("All dimensions of shape for feature %s need to be known but "
                                 "received %s." % (key, shape))
        if isinstance(feature, FixedLenSequenceFeature) and not feature.allow_missing:
            raise ValueError("Unsupported: FixedLenSequenceFeature requires allow_missing to be True.")
    sparse_keys = [k for k in sorted(features) if isinstance(features[k], VarLenFeature)]
    dense_keys = [k for k in sorted(features) if not isinstance(features[k], VarLenFeature)]
    sparse_types = [_check_type(features[k].dtype, "sparse_types") for k in sparse_keys]
    with name_scope(name, "ParseExample", [serialized, example_names]):
        defaults, shapes, types = [], [], []
        for key in dense_keys:
            feature = features[key]
            dtype = _check_type(feature.dtype, "dense_defaults")
            shape = TensorShape(feature.shape)
            if isinstance(feature, FixedLenSequenceFeature):
                shape = TensorShape([None]).concatenate(shape)
            if feature.default_value is None:
                default = _ops.convert_to_tensor(np.array([], dtype=_np_dtype(dtype)), dtype=dtype)
            else:
                default = _ops.convert_to_tensor(feature.default_value, dtype=dtype,
                                                 name="key_%s" % _op_name_part(key))
                if isinstance(feature, FixedLenFeature):
                    default = apply_op("Reshape", [default, np.array(shape.as_list(), np.int32)], {},
                                       name="Reshape")
            defaults.append(default)
            shapes.append(shape)
            types.append(dtype)
        names = [] if example_names is None else example_names
        out = apply_op("ParseExampleV2", [serialized, names, sparse_keys, dense_keys, [], defaults],
                       {"num_sparse": len(sparse_keys), "sparse_types": sparse_types,
                        "ragged_value_types": [], "ragged_split_types": [], "dense_shapes": shapes},
                       name="ParseExampleV2")
    out = out if isinstance(out, list) else [out]
    from tensorweave.framework.sparse_tensor import SparseTensor

    n = len(sparse_keys)
    result = {}
    for i, key in enumerate(sparse_keys):
        result[key] = SparseTensor(out[i], out[n + i], out[2 * n + i])
    for i, key in enumerate(dense_keys):
        result[key] = out[3 * n + i]
    return result


@tf_export("io.parse_example", "parse_example")
def parse_example(serialized, features, name=None, example_names=None):
    """Parses a batch (vector) of serialized tf.train.Example protos; returns a dict by key."""
    return _parse(serialized, features, example_names, name)


@tf_export("io.parse_single_example", "parse_single_example")
def parse_single_example(serialized, features, name=None, example_names=None):
    """Parses one serialized tf.train.Example (a scalar): dense values have no batch dimension."""
    with name_scope(name, "ParseSingleExample", [serialized, example_names]):
        serialized = _ops.convert_to_tensor(serialized, dtype=_dtypes.string, name="serialized")
        if serialized.shape.ndims is not None and serialized.shape.ndims != 0:
            raise ValueError("Input serialized must be a scalar")
        if example_names is not None:
            example_names = _ops.convert_to_tensor(example_names, dtype=_dtypes.string,
                                                   name="example_names")
            if example_names.shape.ndims is not None and example_names.shape.ndims != 0:
                raise ValueError("Input example_names must be a scalar")
        return _parse(serialized, features, example_names, None)
