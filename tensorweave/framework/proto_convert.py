"""Python values <-> TensorFlow protos: TensorProto, TensorShapeProto and AttrValue.

The in-memory form of an op's attrs is plain Python (`Operation._attrs`): DType for types,
TensorShape for shapes, np.ndarray for tensors, str for strings, lists for list attrs. This
module converts those to protos the way TensorFlow writes them and back, so GraphDefs round
trip through TensorFlow unchanged.

TensorProto conventions (matching TensorFlow's `make_tensor_proto`): arrays of more than one
element of a fixed-width numeric type go into `tensor_content` (little-endian bytes); scalars
and one-element arrays use the typed `*_val` field; bool, uint16, int4 and the other types
without a raw encoding always use their typed field; strings use `string_val`; half and
bfloat16 values use `half_val` holding their 16-bit patterns. When reading, a typed field with
fewer values than the shape holds is padded with its last value (TF's compressed constants).

Importing this module imports protobuf: only call it from functions.
"""

import sys

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.protos import attr_value_pb2, tensor_pb2, tensor_shape_pb2

# Refuse to materialise tensors bigger than this from a proto whose values are repeated to fill
# the shape (a 10-byte proto could otherwise ask for terabytes by declaring a huge shape with a
# single value). Raw tensor_content is bounded by the size of the file itself.
MAX_TENSOR_BYTES = 1 << 30

# dtype enums whose arrays of more than one element TF stores as raw tensor_content.
_CONTENT_ENUMS = frozenset({
    1, 2, 3, 4, 5, 6, 9, 11, 12, 13, 14, 15, 16, 19, 22, 23, 24, 25, 26, 27, 28})
# enum -> name of the typed repeated field (for scalars, 1-element and non-content arrays).
_VAL_FIELD = {
    1: "float_val", 2: "double_val", 3: "int_val", 4: "int_val", 5: "int_val", 6: "int_val",
    9: "int64_val", 10: "bool_val", 11: "int_val", 12: "int_val", 13: "int_val",
    14: "half_val", 15: "int_val", 16: "int_val", 17: "int_val", 19: "half_val",
    22: "uint32_val", 23: "uint64_val", 29: "int_val", 30: "int_val", 31: "int_val",
    32: "int_val", 8: "scomplex_val", 18: "dcomplex_val", 7: "string_val",
}
_FLOAT8_ENUMS = frozenset({24, 25, 26, 27, 28, 33})


# ------------------------------------------------------------------------ shapes
def shape_to_proto(shape, proto=None):
    """A TensorShapeProto for a TensorShape (or anything TensorShape accepts)."""
    if proto is None:
        proto = tensor_shape_pb2.TensorShapeProto()
    proto.SetInParent()  # a scalar shape is an empty but present message, as TF writes it
    if not isinstance(shape, TensorShape):
        shape = TensorShape(shape)
    dims = shape._dims
    if dims is None:
        proto.unknown_rank = True
        return proto
    for d in dims:
        proto.dim.add().size = -1 if d is None else d
    return proto


def shape_from_proto(proto):
    if proto.unknown_rank:
        return TensorShape(None)
    return TensorShape([None if d.size < 0 else d.size for d in proto.dim])


# ----------------------------------------------------------------------- tensors
def _plain_view(arr):
    """Quantized dtypes are NumPy structured types: view them as their integer field."""
    if arr.dtype.names:
        return arr.view(arr.dtype[0])
    return arr


def ndarray_to_tensor_proto(arr, dtype=None, proto=None, use_content=True):
    """A TensorProto holding `arr` (of `dtype`, a DType; inferred from the array when None).

    `use_content=False` keeps the values in the typed `*_val` field even when there are several
    (as TF does for a value that fills a larger shape)."""
    if proto is None:
        proto = tensor_pb2.TensorProto()
    if dtype is None:
        dtype = _dtypes.as_dtype(arr.dtype)
    dtype = dtype.base_dtype
    enum = dtype.as_datatype_enum
    proto.dtype = enum
    arr = np.asarray(arr)
    shape_to_proto(TensorShape(arr.shape), proto.tensor_shape)
    if arr.size == 0:
        return proto
    if enum == 7:
        proto.string_val.extend(_as_bytes(v) for v in arr.reshape(-1).tolist())
        return proto
    np_dtype = np.dtype(dtype.as_numpy_dtype)
    if arr.dtype != np_dtype:
        arr = arr.astype(np_dtype)
    if use_content and arr.size > 1 and enum in _CONTENT_ENUMS:
        proto.tensor_content = _little_endian(np.ascontiguousarray(arr)).tobytes()
        return proto
    flat = _plain_view(np.ascontiguousarray(arr)).reshape(-1)
    if enum in _FLOAT8_ENUMS:
        proto.float8_val = flat.tobytes()
        return proto
    field = _VAL_FIELD.get(enum)
    if field is None:
        raise TypeError("Cannot convert a tensor of dtype %s to a TensorProto." % dtype.name)
    if field == "half_val":
        getattr(proto, field).extend(flat.view(np.uint16).tolist())
    elif field in ("scomplex_val", "dcomplex_val"):
        pairs = np.empty(flat.size * 2, dtype=flat.real.dtype)
        pairs[0::2] = flat.real
        pairs[1::2] = flat.imag
        getattr(proto, field).extend(pairs.tolist())
    elif enum in (29, 30, 31, 32):
        getattr(proto, field).extend(flat.astype(np.int32).tolist())
    else:
        getattr(proto, field).extend(flat.tolist())
    return proto


def _little_endian(arr):
    """TF's raw encodings are little-endian: swap bytes on big-endian machines."""
    if sys.byteorder == "little" or arr.dtype.itemsize == 1:
        return arr
    return _plain_view(arr).byteswap().view(arr.dtype)


def _as_bytes(v):
    if isinstance(v, bytes):
        return v
    if isinstance(v, str):
        return v.encode("utf-8")
    if isinstance(v, np.bytes_):
        return bytes(v)
    raise TypeError("Expected a string tensor element, got %r of type %s." % (v, type(v).__name__))


def make_tensor_proto(values, dtype=None, shape=None, verify_shape=False, allow_broadcast=False):
    """tf.make_tensor_proto: a TensorProto from a Python or NumPy value."""
    from tensorweave.framework import tensor_util

    if isinstance(values, tensor_pb2.TensorProto):
        return values
    if dtype is not None:
        dtype = _dtypes.as_dtype(dtype)
    arr, dtype = tensor_util.make_ndarray_from_value(values, dtype)
    if shape is None:
        return ndarray_to_tensor_proto(arr, dtype)
    dims = tuple(TensorShape(shape).as_list())
    n = int(np.prod(dims, dtype=np.int64))
    if allow_broadcast:
        if arr.shape not in ((), (1,)) and arr.size != n:
            raise TypeError("Expected Tensor's shape: %s, but got %s." % (dims, arr.shape))
    else:
        if verify_shape and arr.shape != dims:
            raise TypeError("Expected Tensor's shape: %s, but got %s." % (dims, arr.shape))
        if arr.size > n:
            raise ValueError("Too many elements provided. Needed at most %d, but received %d"
                             % (n, arr.size))
    if arr.size == n:
        return ndarray_to_tensor_proto(arr.reshape(dims), dtype)
    # As TF: fewer values than the shape holds are stored as they are (in the typed field);
    # readers repeat the last one to fill the shape.
    proto = ndarray_to_tensor_proto(arr.reshape(-1), dtype, use_content=False)
    proto.tensor_shape.Clear()
    shape_to_proto(TensorShape(dims), proto.tensor_shape)
    return proto


def make_ndarray(proto):
    """tf.make_ndarray: the NumPy array a TensorProto holds (strings as an object array)."""
    if isinstance(proto, np.ndarray):  # a Const's `value` attr, which tensorweave keeps as an array
        return proto.copy()
    dtype = _dtypes.as_dtype(proto.dtype)
    enum = dtype.as_datatype_enum
    shape = tuple(d.size for d in proto.tensor_shape.dim)
    if any(d < 0 for d in shape):
        raise ValueError("TensorProto has a partially unknown shape %s." % (list(shape),))
    n = int(np.prod(shape, dtype=np.int64)) if shape else 1
    if enum == 7:
        vals = list(proto.string_val)
        if n * 8 > MAX_TENSOR_BYTES:
            raise ValueError("String TensorProto of shape %s is too large to load." % (list(shape),))
        arr = np.empty(n, dtype=object)
        _fill(arr, vals, b"")
        return arr.reshape(shape)
    if enum in (20, 21):
        raise ValueError("Cannot convert a TensorProto of dtype %s to a NumPy array." % dtype.name)
    np_dtype = np.dtype(dtype.as_numpy_dtype)
    if np_dtype.itemsize * n > MAX_TENSOR_BYTES and not proto.tensor_content:
        raise ValueError("TensorProto of shape %s and dtype %s is too large to load (%d bytes)."
                         % (list(shape), dtype.name, np_dtype.itemsize * n))
    if proto.tensor_content:
        content = proto.tensor_content
        if len(content) != np_dtype.itemsize * n:
            raise ValueError("TensorProto tensor_content holds %d bytes, but shape %s of %s needs %d."
                             % (len(content), list(shape), dtype.name, np_dtype.itemsize * n))
        arr = _little_endian(np.frombuffer(content, dtype=np_dtype)).copy()
        return arr.reshape(shape)
    if enum in _FLOAT8_ENUMS:
        raw = np.frombuffer(proto.float8_val, dtype=np.uint8).view(np_dtype)
        arr = np.zeros(n, dtype=np_dtype)
        _fill(arr, raw, None)
        return arr.reshape(shape)
    field = _VAL_FIELD[enum]
    vals = getattr(proto, field)
    plain = np_dtype[0] if np_dtype.names else np_dtype
    if field == "half_val":
        raw = np.array(list(vals), dtype=np.int64).astype(np.uint16).view(np_dtype)
    elif field in ("scomplex_val", "dcomplex_val"):
        pairs = np.array(list(vals), dtype=np.float64)
        if pairs.size % 2:
            raise ValueError("TensorProto of dtype %s holds an odd number of values." % dtype.name)
        raw = (pairs[0::2] + 1j * pairs[1::2]).astype(np_dtype)
    else:
        raw = np.array(list(vals)).astype(plain) if len(vals) else np.zeros(0, plain)
    arr = np.zeros(n, dtype=plain)
    _fill(arr, raw, None)
    if np_dtype.names:
        arr = arr.view(np_dtype)
    return arr.reshape(shape)


def _fill(arr, vals, default):
    """Copies `vals` into the flat `arr`, repeating the last value for the rest (TF's rule)."""
    n = arr.shape[0]
    k = len(vals)
    if k > n:
        raise ValueError("TensorProto holds %d values but its shape has %d elements." % (k, n))
    if k == 0:
        if default is not None:
            arr[:] = default
        return
    arr[:k] = vals
    if k < n:
        arr[k:] = vals[k - 1]


# ------------------------------------------------------------------------- attrs
_LIST_KINDS = {"list(string)": "s", "list(int)": "i", "list(float)": "f", "list(bool)": "b",
               "list(type)": "type", "list(shape)": "shape", "list(tensor)": "tensor",
               "list(func)": "func"}


def _element_kind(v):
    if isinstance(v, bool):
        return "b"
    if isinstance(v, (int, np.integer)):
        return "i"
    if isinstance(v, (float, np.floating)):
        return "f"
    if isinstance(v, (str, bytes)):
        return "s"
    if isinstance(v, _dtypes.DType):
        return "type"
    if isinstance(v, TensorShape):
        return "shape"
    if isinstance(v, np.ndarray):
        return "tensor"
    if isinstance(v, tensor_shape_pb2.TensorShapeProto):
        return "shape"
    if isinstance(v, tensor_pb2.TensorProto):
        return "tensor"
    if _func_name(v) is not None:
        return "func"
    raise TypeError("Cannot convert attr value %r of type %s to an AttrValue."
                    % (v, type(v).__name__))


def _func_name(v):
    """The function name of a func attr value (a NameAttrList, a FuncGraph, a str-like holder)."""
    if isinstance(v, attr_value_pb2.NameAttrList):
        return v.name
    if isinstance(v, (str, bytes, np.ndarray, _dtypes.DType, TensorShape)):
        return None
    name = getattr(v, "name", None)
    if isinstance(name, (str, bytes)) and (hasattr(v, "get_operations") or hasattr(v, "attr")
                                           or hasattr(v, "definition")):
        return name.decode() if isinstance(name, bytes) else name
    return None


def _set_func(target, v, on_function):
    if isinstance(v, attr_value_pb2.NameAttrList):
        target.CopyFrom(v)
    else:
        target.name = _func_name(v)
        attrs = getattr(v, "func_attrs", None)
        if attrs:
            for k, a in attrs.items():
                attr_to_proto(a, None, target.attr[k])
    if on_function is not None:
        renamed = on_function(v)  # the library may store the function under another name
        if isinstance(renamed, str):
            target.name = renamed


def _set_scalar(av, kind, v, on_function):
    if kind == "s":
        av.s = _as_bytes(v)
    elif kind == "i":
        av.i = int(v)
    elif kind == "f":
        av.f = float(v)
    elif kind == "b":
        av.b = bool(v)
    elif kind == "type":
        av.type = _dtypes.as_dtype(v).as_datatype_enum
    elif kind == "shape":
        if isinstance(v, tensor_shape_pb2.TensorShapeProto):
            av.shape.CopyFrom(v)
        else:
            shape_to_proto(v, av.shape)
    elif kind == "tensor":
        if isinstance(v, tensor_pb2.TensorProto):
            av.tensor.CopyFrom(v)
        else:
            ndarray_to_tensor_proto(np.asarray(v), _tensor_dtype(v), av.tensor)
    elif kind == "func":
        _set_func(av.func, v, on_function)
    else:
        raise TypeError("Unknown attr kind %r." % kind)


def _tensor_dtype(v):
    if isinstance(v, np.ndarray) and v.dtype.kind in "OSU":
        return _dtypes.string
    return None


def _add_list_item(lst, kind, v, on_function):
    if kind == "s":
        lst.s.append(_as_bytes(v))
    elif kind == "i":
        lst.i.append(int(v))
    elif kind == "f":
        lst.f.append(float(v))
    elif kind == "b":
        lst.b.append(bool(v))
    elif kind == "type":
        lst.type.append(_dtypes.as_dtype(v).as_datatype_enum)
    elif kind == "shape":
        if isinstance(v, tensor_shape_pb2.TensorShapeProto):
            lst.shape.add().CopyFrom(v)
        else:
            shape_to_proto(v, lst.shape.add())
    elif kind == "tensor":
        if isinstance(v, tensor_pb2.TensorProto):
            lst.tensor.add().CopyFrom(v)
        else:
            ndarray_to_tensor_proto(np.asarray(v), _tensor_dtype(v), lst.tensor.add())
    elif kind == "func":
        _set_func(lst.func.add(), v, on_function)


def attr_to_proto(value, kind=None, proto=None, on_function=None):
    """An AttrValue for a Python attr value; `kind` is the declared attr kind when known.

    `on_function(v)` is called for each function-valued entry (to collect library functions).
    """
    av = attr_value_pb2.AttrValue() if proto is None else proto
    if isinstance(value, attr_value_pb2.AttrValue):
        av.CopyFrom(value)
        return av
    if kind is not None and kind.startswith("list(") or (kind is None and isinstance(value, (list, tuple))):
        lst = av.list
        av.list.SetInParent()
        elem = _LIST_KINDS.get(kind) if kind else None
        for v in value:
            _add_list_item(lst, elem or _element_kind(v), v, on_function)
        return av
    if kind is not None:
        scalar = {"string": "s", "int": "i", "float": "f", "bool": "b", "type": "type",
                  "shape": "shape", "tensor": "tensor", "func": "func"}.get(kind)
        if scalar is None:
            scalar = _element_kind(value)
    else:
        scalar = _element_kind(value)
    _set_scalar(av, scalar, value, on_function)
    return av


def _decode_str(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b


def attr_from_proto(av, on_function=None):
    """The Python value of an AttrValue (the inverse of `attr_to_proto`).

    Func attrs become `on_function(name_attr_list)` when given, else the NameAttrList itself.
    """
    which = av.WhichOneof("value")
    if which == "s":
        return _decode_str(av.s)
    if which == "i":
        return int(av.i)
    if which == "f":
        return float(av.f)
    if which == "b":
        return bool(av.b)
    if which == "type":
        return _dtypes.as_dtype(av.type)
    if which == "shape":
        return shape_from_proto(av.shape)
    if which == "tensor":
        return _readonly(make_ndarray(av.tensor))
    if which == "func":
        return on_function(av.func) if on_function is not None else av.func
    if which == "placeholder":
        return av.placeholder
    if which == "list":
        lst = av.list
        if lst.s:
            return [_decode_str(s) for s in lst.s]
        if lst.i:
            return [int(i) for i in lst.i]
        if lst.f:
            return [float(f) for f in lst.f]
        if lst.b:
            return [bool(b) for b in lst.b]
        if lst.type:
            return [_dtypes.as_dtype(t) for t in lst.type]
        if lst.shape:
            return [shape_from_proto(s) for s in lst.shape]
        if lst.tensor:
            return [_readonly(make_ndarray(t)) for t in lst.tensor]
        if lst.func:
            return [on_function(f) if on_function is not None else f for f in lst.func]
        return []
    return None


def _readonly(arr):
    if arr.dtype != object:
        arr.flags.writeable = False
    return arr


def op_def_to_proto(opdef, proto=None):
    """The OpDef proto (as in a MetaGraphDef's stripped_op_list) of an op declaration."""
    from tensorweave.protos import op_def_pb2

    p = op_def_pb2.OpDef() if proto is None else proto
    p.name = opdef.type_name
    for args, field in ((opdef.input_args, p.input_arg), (opdef.output_args, p.output_arg)):
        for arg in args:
            a = field.add()
            a.name = arg.name
            if arg.fixed_type is not None:
                a.type = arg.fixed_type.as_datatype_enum
            elif arg.type_list_attr is not None:
                a.type_list_attr = arg.type_list_attr
            else:
                a.type_attr = arg.type_attr
            if arg.number_attr is not None:
                a.number_attr = arg.number_attr
            a.is_ref = arg.is_ref
    for adef in opdef.attr_defs.values():
        a = p.attr.add()
        a.name = adef.name
        a.type = adef.kind
        if adef.has_default:
            attr_to_proto(adef.default, adef.kind, a.default_value)
        if adef.minimum is not None:
            a.has_minimum = True
            a.minimum = adef.minimum
        if adef.allowed is not None:
            if adef.kind == "type":
                a.allowed_values.list.type.extend(sorted(t.as_datatype_enum for t in adef.allowed))
            else:
                a.allowed_values.list.s.extend(s.encode() for s in adef.allowed)
    p.is_stateful = bool(opdef.is_stateful)
    return p
