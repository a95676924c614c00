"""Const: tf.constant and the default conversion of Python/NumPy values to tensors."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import context as _context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, _create, _finish, get_op_def, register_op
from tensorweave.framework.graph import _GOOD_NAMES, check_node_name as _check_node_name
from tensorweave.framework.tensor_shape import Dimension, TensorShape

_SCALAR = TensorShape(())  # shared: TensorShapes are immutable
# dtype objects, not scalar types: np.array(v, dtype) resolves them faster.
_FLOAT32 = np.dtype(np.float32)
_INT32 = np.dtype(np.int32)


@register_op("Const", outputs=["output: dtype"], attrs=["value: tensor", "dtype: type"])
class Const(OpDef):
    def shape(self, *, value):
        dims = value.shape
        return TensorShape(dims) if dims else _SCALAR

    def kernel(self, *, value):
        return value

    grad = None

    def constant_value(self, op, tensor, evaluate):
        return op._attrs["value"]


_CONST_DEF = get_op_def("Const")


def _const(arr, dtype, name):
    """The Const op holding `arr` (read-only, of DType `dtype`), as apply_op would build it.

    Half the ops of a typical graph are Consts: this skips what apply_op would only find
    true (no inputs, both attrs given and valid, shape function = the array's shape)."""
    if name is None:
        name = "Const"
    elif name == "":
        # NOTE: TF uniquifies "" like any name (then "_1", ...) and rejects it as a node name.
        g = _context.get_default_graph()
        name = g._unique_name(g._scopes.name_stack, "")
        _check_node_name(g, name, absolute=True)
    if type(name) is not str or not name or name[-1] == "/":
        return _create(_CONST_DEF, "Const", (), {"value": arr, "dtype": dtype}, name or "Const",
                       None)._outputs[0]
    g = _context.get_default_graph()
    if g._finalized:
        raise RuntimeError("Graph is finalized and cannot be modified.")
    if name not in _GOOD_NAMES:
        _check_node_name(g, name)
    dims = arr.shape
    state = g._scopes.__dict__  # see op_def._create
    return _finish(g, state, _CONST_DEF, "Const", g._unique_name(state["name_stack"], name), (),
                   {"value": arr, "dtype": dtype}, [dtype],
                   [TensorShape(dims) if dims else _SCALAR])._outputs[0]


@tf_export("constant")
def constant(value, dtype=None, shape=None, name="Const", verify_shape=False):
    """tf.constant; a value with fewer elements than `shape` is padded with its last element."""
    if shape is None and (type(value) is float or type(value) is int):
        if dtype is None and type(value) is float:  # the most common constant, inlined
            arr = np.array(value, _FLOAT32)
            arr.setflags(write=False)
            return _const(arr, _dtypes.float32, name)
        t = _scalar_const(value, dtype if dtype is None else _dtypes.as_dtype(dtype), name)
        if t is not None:
            return t
    if isinstance(value, _ops.Tensor) or (dtype is None and _holds_tensor(value)):
        raise TypeError("Expected any non-tensor type, but got a tensor instead.")
    if dtype is not None:
        dtype = _dtypes.as_dtype(dtype)
    arr, dtype = tensor_util.make_ndarray_from_value(value, dtype)
    if shape is not None:
        dims = _shape_dims(shape)
        n = int(np.prod(dims, dtype=np.int64))
        if verify_shape and arr.shape != dims:
            raise TypeError("Expected Tensor's shape: %s, but got %s." % (dims, arr.shape))
        if n == 0 and not verify_shape:  # as TF: any value gives an empty constant
            arr = np.empty(dims, arr.dtype)
        elif arr.shape != dims:
            if arr.size > n:
                raise ValueError("Too many elements provided. Takes at most %d, but got %d."
                                 % (n, arr.size))
            arr = _pad_with_last(arr.reshape(-1), n).reshape(dims)
    if arr.dtype != object and arr.flags.writeable:
        arr = arr.copy() if isinstance(value, np.ndarray) else arr
        arr.flags.writeable = False
    return _const(arr, dtype, name)


def _holds_tensor(value):
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, _ops.Tensor) or _holds_tensor(v) for v in value)
    return False


def _shape_dims(shape):
    # As TF, each dimension goes through int(): None is a TypeError; a negative one is kept
    # (then too few elements fit: "Takes at most -1").
    if isinstance(shape, TensorShape):
        if shape.dims is None:
            raise ValueError("Cannot iterate over a shape with unknown rank.")
        shape = [d.value if hasattr(d, "value") else d for d in shape.dims]
    elif not isinstance(shape, (list, tuple)):
        shape = [shape] if isinstance(shape, (int, np.integer)) else list(shape)
    return tuple(int(d.value if hasattr(d, "value") else d) for d in shape)


def _pad_with_last(flat, n):
    # A TensorProto holding fewer values than its shape repeats the last one (none: zeros).
    if flat.size == n:
        return flat
    if flat.size == 0:
        return np.zeros(n, flat.dtype) if flat.dtype != object else np.full(n, b"", object)
    return np.concatenate([flat, np.full(n - flat.size, flat[-1], flat.dtype)])


def _constant_conversion(value, dtype=None, name=None, as_ref=False):
    return constant(value, dtype=dtype, name=name or "Const")


def _scalar_const(value, dtype, name):
    """tf.constant(value, dtype) for a Python float or int (`dtype` a DType or None) where
    none of tf.constant's checks can fail; else None.

    Python scalars are the most common values turned into tensors while building graphs."""
    t = type(value)
    if dtype is None:
        if t is float:
            np_dtype, dtype = _FLOAT32, _dtypes.float32
        elif t is int and -2147483648 <= value <= 2147483647:
            np_dtype, dtype = _INT32, _dtypes.int32
        else:
            return None
    elif dtype is _dtypes.int32 or dtype is _dtypes.int64:
        if t is not int or not -_INT_LIMIT[dtype] <= value < _INT_LIMIT[dtype]:
            return None  # floats are refused; out-of-range ints wrap around
        np_dtype = dtype.as_numpy_dtype
    elif dtype.is_floating and dtype is not _dtypes.bfloat16:
        if t is int and not -_INT64_LIMIT <= value < _INT64_LIMIT:
            return None  # too large for NumPy to convert: tf.constant reports it
        np_dtype = dtype.as_numpy_dtype
    else:
        return None
    arr = np.array(value, np_dtype)
    arr.setflags(write=False)
    return _const(arr, dtype, name)


_INT64_LIMIT = 2 ** 63
_INT_LIMIT = {_dtypes.int32: 2 ** 31, _dtypes.int64: _INT64_LIMIT}


def _scalar_conversion(value, dtype=None, name=None, as_ref=False):
    t = _scalar_const(value, dtype, name)
    if t is not None:
        return t
    return constant(value, dtype=dtype, name=name or "Const")


_ops.register_tensor_conversion_function((int, float), _scalar_conversion, 100)
_ops.register_tensor_conversion_function(
    (list, tuple, bool, complex, str, bytes, np.ndarray, np.generic), _constant_conversion, 100)


def _shape_dtype(what, dtype, needs_int64):
    if dtype is None:
        return _dtypes.int64 if needs_int64 else _dtypes.int32
    if dtype not in (_dtypes.int32, _dtypes.int64):
        raise TypeError("Cannot convert %s to dtype %s. Allowed dtypes are tf.int32 and tf.int64."
                        % (what, dtype))
    if dtype is _dtypes.int32 and needs_int64:
        raise ValueError("Cannot convert %s to dtype int32; a dimension is too large. Consider "
                         "using tf.int64." % what)
    return dtype


def _tensor_shape_conversion(value, dtype=None, name=None, as_ref=False):
    if not value.is_fully_defined():
        raise ValueError("Cannot convert a partially known TensorShape %s to a Tensor." % value)
    dims = value.as_list()
    dtype = _shape_dtype("TensorShape %s" % value, dtype, any(d >= 2 ** 31 for d in dims))
    return constant(dims, dtype=dtype, name=name or "shape_as_tensor")


def _dimension_conversion(value, dtype=None, name=None, as_ref=False):
    if value.value is None:
        raise ValueError("Cannot convert unknown Dimension %s to a Tensor." % value)
    dtype = _shape_dtype("Dimension %s" % value, dtype, False)
    return constant(value.value, dtype=dtype, name=name or "shape_as_tensor")


_ops.register_tensor_conversion_function(TensorShape, _tensor_shape_conversion, 100)
_ops.register_tensor_conversion_function(Dimension, _dimension_conversion, 100)
