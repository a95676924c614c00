"""Tensors as TensorProto bytes: SerializeTensor / ParseTensor, the sparse serializations
(SerializeSparse, SerializeManySparse, DeserializeManySparse) and DecodeCompressed.

The bytes are TF's: a TensorProto whose numeric data sits in `tensor_content` (always, also for
scalars, as TF's AsProtoTensorContent) and strings in `string_val`. protobuf is imported by the
kernels only.
"""

import gzip
import zlib

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.sparse_tensor import SparseTensor, is_sparse
from tensorweave.framework.tensor_shape import TensorShape


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _serialize(arr, dtype):
    """TensorProto bytes of `arr` (of DType `dtype`), as TF's SerializeTensor writes them."""
    import sys

    from tensorweave.protos import tensor_pb2

    proto = tensor_pb2.TensorProto()
    proto.dtype = dtype.as_datatype_enum
    proto.tensor_shape.SetInParent()
    for d in np.shape(arr):
        proto.tensor_shape.dim.add().size = int(d)
    arr = np.asarray(arr)
    if arr.size:
        if dtype == _dtypes.string:
            proto.string_val.extend(v if isinstance(v, bytes) else str(v).encode()
                                    for v in arr.reshape(-1).tolist())
        else:
            a = np.ascontiguousarray(arr, dtype=dtype.as_numpy_dtype)
            if a.dtype.names:
                a = a.view(a.dtype[0])
            if sys.byteorder != "little" and a.dtype.itemsize > 1:
                a = a.byteswap()
            proto.tensor_content = a.tobytes()
    return proto.SerializeToString()


def _parse(data, out_type):
    from google.protobuf.message import DecodeError

    from tensorweave.framework import proto_convert
    from tensorweave.protos import tensor_pb2

    proto = tensor_pb2.TensorProto()
    try:
        proto.ParseFromString(bytes(data))
    except DecodeError:
        raise _invalid("Could not parse `serialized` as TensorProto: '%s'"
                       % bytes(data).decode("latin-1")) from None
    if proto.dtype != out_type.as_datatype_enum:
        got = _dtypes.as_dtype(proto.dtype).name if proto.dtype else "invalid"
        raise _invalid("Type mismatch between parsed tensor (%s) and dtype (%s)"
                       % (got, out_type.name))
    try:
        arr = proto_convert.make_ndarray(proto)
    except ValueError as e:
        raise _invalid(str(e)) from None
    if out_type != _dtypes.string:
        arr = np.asarray(arr, dtype=out_type.as_numpy_dtype)
    return arr


def _scalar_bytes(x, what):
    x = np.asarray(x)
    if x.ndim != 0:
        raise _invalid("Expected `%s` to be a scalar, but got shape: %s" % (what, list(x.shape)))
    return x.item() if x.dtype == object else bytes(x)


@register_op("SerializeTensor", inputs=["tensor: T"], outputs=["serialized: string"],
             attrs=["T: type"])
class SerializeTensor(OpDef):
    def shape(self, tensor):
        return TensorShape([])

    def kernel(self, tensor, *, T):
        return np.array(_serialize(tensor, T), dtype=object)

    grad = None


@register_op("ParseTensor", inputs=["serialized: string"], outputs=["output: out_type"],
             attrs=["out_type: type"])
class ParseTensor(OpDef):
    def shape(self, serialized):
        return TensorShape(None)  # NOTE: as TF, a non-scalar input fails only when run

    def kernel(self, serialized, *, out_type):
        return _parse(_scalar_bytes(serialized, "serialized"), out_type)

    grad = None


@tf_export("io.serialize_tensor", "serialize_tensor")
def serialize_tensor(tensor, name=None):
    """A scalar string: `tensor` as TensorProto bytes."""
    return apply_op("SerializeTensor", [tensor], {}, name=name)


@tf_export("io.parse_tensor", "parse_tensor")
def parse_tensor(serialized, out_type, name=None):
    """The tensor that serialize_tensor wrote into `serialized` (a scalar string)."""
    return apply_op("ParseTensor", [serialized], {"out_type": _dtypes.as_dtype(out_type)},
                    name=name)


# ------------------------------------------------------------------ sparse


def _check_sparse_inputs(indices, values, shape):
    if indices.ndim != 2 or values.ndim != 1 or shape.ndim != 1:
        raise _invalid("Input indices should be a matrix, values a vector and shape a vector "
                       "but received shapes: %s, %s, %s"
                       % (list(indices.shape), list(values.shape), list(shape.shape)))
    if indices.shape[0] != values.shape[0] or indices.shape[1] != shape.shape[0]:
        raise _invalid("Input indices, values and shape do not agree: indices %s, values %s, "
                       "shape %s" % (list(indices.shape), list(values.shape), list(shape.shape)))


@register_op("SerializeSparse", inputs=["sparse_indices: int64", "sparse_values: T",
                                        "sparse_shape: int64"],
             outputs=["serialized_sparse: out_type"],
             attrs=["T: type", "out_type: {string} = DT_STRING"])
class SerializeSparse(OpDef):
    def shape(self, sparse_indices, sparse_values, sparse_shape):
        return TensorShape([3])

    def kernel(self, sparse_indices, sparse_values, sparse_shape, *, T):
        _check_sparse_inputs(sparse_indices, sparse_values, sparse_shape)
        return np.array([_serialize(sparse_indices, _dtypes.int64), _serialize(sparse_values, T),
                         _serialize(sparse_shape, _dtypes.int64)], dtype=object)

    grad = None


@register_op("SerializeManySparse", inputs=["sparse_indices: int64", "sparse_values: T",
                                            "sparse_shape: int64"],
             outputs=["serialized_sparse: out_type"],
             attrs=["T: type", "out_type: {string} = DT_STRING"])
class SerializeManySparse(OpDef):
    def shape(self, sparse_indices, sparse_values, sparse_shape):
        return TensorShape([None, 3])

    def kernel(self, sparse_indices, sparse_values, sparse_shape, *, T):
        _check_sparse_inputs(sparse_indices, sparse_values, sparse_shape)
        if sparse_shape.shape[0] < 2:
            raise _invalid("Rank of input SparseTensor should be > 1, but saw rank: %d"
                           % sparse_shape.shape[0])
        n = int(sparse_shape[0])
        out = np.empty((n, 3), dtype=object)
        rows = sparse_indices[:, 0] if len(sparse_indices) else np.zeros(0, np.int64)
        if np.any((rows < 0) | (rows >= n)):
            raise _invalid("Saw an index outside the first dimension of the SparseTensor")
        sub_shape = _serialize(np.asarray(sparse_shape[1:], np.int64), _dtypes.int64)
        for b in range(n):
            sel = rows == b
            out[b, 0] = _serialize(np.ascontiguousarray(sparse_indices[sel, 1:]), _dtypes.int64)
            out[b, 1] = _serialize(sparse_values[sel], T)
            out[b, 2] = sub_shape
        return out

    grad = None


@register_op("DeserializeManySparse", inputs=["serialized_sparse: string"],
             outputs=["sparse_indices: int64", "sparse_values: dtype", "sparse_shape: int64"],
             attrs=["dtype: type"])
class DeserializeManySparse(OpDef):
    def shape(self, serialized_sparse):
        s = serialized_sparse.shape
        if s.ndims is not None and (s.ndims != 2 or s.as_list()[1] not in (None, 3)):
            raise ValueError("Shape must be rank 2 with last dimension 3, but is %s" % s)
        return [TensorShape([None, None]), TensorShape([None]), TensorShape([None])]

    def kernel(self, serialized_sparse, *, dtype):
        if serialized_sparse.ndim != 2 or serialized_sparse.shape[1] != 3:
            raise _invalid("Serialized sparse should be a matrix with 3 columns, got shape %s"
                           % list(serialized_sparse.shape))
        n = serialized_sparse.shape[0]
        if n == 0:
            raise _invalid("Must have at least 1 serialized SparseTensor, but input matrix "
                           "has 0 rows")
        indices, values, shapes = [], [], []
        for b in range(n):
            ind = _parse(serialized_sparse[b, 0], _dtypes.int64)
            val = _parse(serialized_sparse[b, 1], dtype)
            shp = _parse(serialized_sparse[b, 2], _dtypes.int64)
            if shapes and len(shp) != len(shapes[0]):
                raise _invalid("Inconsistent shape across SparseTensors: rank prior to "
                               "SparseTensor[%d] was: %d but rank of SparseTensor[%d] is: %d"
                               % (b, len(shapes[0]), b, len(shp)))
            indices.append(np.concatenate([np.full((len(ind), 1), b, np.int64),
                                           ind.reshape(len(ind), len(shp))], axis=1))
            values.append(val.reshape(-1))
            shapes.append(shp)
        shape = np.concatenate([[n], np.max(np.stack(shapes), axis=0)]).astype(np.int64)
        rank = len(shape)
        out_indices = np.concatenate(indices).reshape(-1, rank).astype(np.int64)
        out_values = np.concatenate(values)
        if dtype != _dtypes.string:
            out_values = out_values.astype(dtype.as_numpy_dtype)
        return [out_indices, out_values, shape]

    grad = None


def _as_sparse(sp_input):
    if not is_sparse(sp_input):
        raise TypeError("Input must be a SparseTensor.")
    return sp_input if isinstance(sp_input, SparseTensor) else SparseTensor.from_value(sp_input)


def _out_type(out_type):
    out_type = _dtypes.as_dtype(out_type)
    if out_type != _dtypes.string:
        raise NotImplementedError("tensorweave serializes sparse tensors to strings only, "
                                  "not %s" % out_type.name)
    return out_type


@tf_export("io.serialize_sparse", "serialize_sparse")
def serialize_sparse(sp_input, name=None, out_type=_dtypes.string):
    """A [3] string vector: the indices, values and dense shape of `sp_input`, serialized."""
    sp = _as_sparse(sp_input)
    return apply_op("SerializeSparse", [sp.indices, sp.values, sp.dense_shape],
                    {"out_type": _out_type(out_type)}, name=name)


@tf_export("io.serialize_many_sparse", "serialize_many_sparse")
def serialize_many_sparse(sp_input, name=None, out_type=_dtypes.string):
    """An [N, 3] string matrix: row i serializes the rank R-1 sparse tensor sp_input[i]."""
    sp = _as_sparse(sp_input)
    return apply_op("SerializeManySparse", [sp.indices, sp.values, sp.dense_shape],
                    {"out_type": _out_type(out_type)}, name=name)


@tf_export("io.deserialize_many_sparse", "deserialize_many_sparse")
def deserialize_many_sparse(serialized_sparse, dtype, rank=None, name=None):
    """The SparseTensor stacking the rows of serialize_many_sparse output (its dense shape is
    [N] + the element-wise maximum of the rows' shapes)."""
    indices, values, shape = apply_op("DeserializeManySparse", [serialized_sparse],
                                      {"dtype": _dtypes.as_dtype(dtype)}, name=name)
    if rank is not None:
        indices.set_shape([None, rank])
        shape.set_shape([rank])
    return SparseTensor(indices, values, shape)


# ------------------------------------------------------------------ DecodeCompressed


@register_op("DecodeCompressed", inputs=["bytes: string"], outputs=["output: string"],
             attrs=["compression_type: string = ''"])
class DecodeCompressed(OpDef):
    def shape(self, bytes):
        return bytes.shape

    def kernel(self, bytes, *, compression_type):
        if compression_type not in ("", "ZLIB", "GZIP"):
            raise _invalid("Only ZLIB, GZIP or NONE are supported compressions")

        def decode(b):
            b = b if isinstance(b, (bytes_type, bytearray)) else str(b).encode()
            try:
                if compression_type == "ZLIB":
                    return zlib.decompress(b)
                if compression_type == "GZIP":
                    return gzip.decompress(b)
            except (zlib.error, OSError, EOFError) as e:
                raise errors.DataLossError(None, None, "%s" % e) from None
            return bytes_type(b)

        flat = np.asarray(bytes, dtype=object).reshape(-1)
        out = np.empty(flat.shape, dtype=object)
        for i, v in enumerate(flat):
            out[i] = decode(v)
        return out.reshape(np.shape(bytes))

    grad = None


bytes_type = bytes


@tf_export("io.decode_compressed", "decode_compressed")
def decode_compressed(bytes, compression_type="", name=None):
    """Decompresses each string of `bytes` ('', 'ZLIB' or 'GZIP')."""
    bytes = _ops.convert_to_tensor(bytes, dtype=_dtypes.string, name="bytes")
    return apply_op("DecodeCompressed", [bytes], {"compression_type": compression_type},
                    name=name)
