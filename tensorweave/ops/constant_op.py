"""Const: tf.constant and the default conversion of Python/NumPy values to tensors."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape


@register_op("Const", outputs=["output: dtype"], attrs=["value: tensor", "dtype: type"])
class Const(OpDef):
    def shape(self, *, value):
        return TensorShape(value.shape)

    def kernel(self, *, value):
        return value

    grad = None

    def constant_value(self, op, tensor, evaluate):
        return op._attrs["value"]


def _const(arr, dtype, name):
    return apply_op("Const", [], {"value": arr, "dtype": dtype}, name=name or "Const")


@tf_export("constant")
def constant(value, dtype=None, shape=None, name="Const", verify_shape=False):
    """tf.constant (TF1 semantics: a value with fewer elements than `shape` must be a scalar)."""
    if shape is None and dtype is None:
        t = type(value)
        if t is float or (t is int and -2147483648 <= value <= 2147483647):
            return _scalar_conversion(value, None, name)
    if isinstance(value, _ops.Tensor):
        raise TypeError("Expected a Python or NumPy value for tf.constant, got a Tensor: %s" % value)
    if dtype is not None:
        dtype = _dtypes.as_dtype(dtype)
    arr, dtype = tensor_util.make_ndarray_from_value(value, dtype)
    if shape is not None:
        shape = TensorShape(shape)
        if not shape.is_fully_defined():
            raise ValueError("Shape %s is not fully defined" % shape)
        dims = tuple(shape.as_list())
        n = int(np.prod(dims, dtype=np.int64))
        if verify_shape and arr.shape != dims:
            raise TypeError("Expected Tensor's shape: %s, got %s." % (dims, arr.shape))
        if arr.shape != dims:
            if arr.size == 1:
                arr = np.broadcast_to(arr.reshape(()), dims).copy()
            elif arr.size == n:
                arr = arr.reshape(dims)
            elif arr.size > n:
                raise TypeError("Too many elements provided. Needed at most %d, but received %d"
                                % (n, arr.size))
            else:
                raise ValueError("Too few elements provided. Needed %d, but received %d. To fill "
                                 "a tensor with one value, pass a scalar." % (n, arr.size))
    if arr.dtype != object and arr.flags.writeable:
        arr = arr.copy() if isinstance(value, np.ndarray) else arr
        arr.flags.writeable = False
    return _const(arr, dtype, name)


def _constant_conversion(value, dtype=None, name=None, as_ref=False):
    return constant(value, dtype=dtype, name=name or "Const")


def _scalar_conversion(value, dtype=None, name=None, as_ref=False):
    # Fast path for Python scalars, the most common conversion while building graphs.
    t = type(value)
    if dtype is None:
        if t is float:
            arr = np.array(value, np.float32)
            arr.flags.writeable = False
            return _const(arr, _dtypes.float32, name)
        if t is int and -2147483648 <= value <= 2147483647:
            arr = np.array(value, np.int32)
            arr.flags.writeable = False
            return _const(arr, _dtypes.int32, name)
    elif t is float and dtype.is_floating and dtype is not _dtypes.bfloat16:
        arr = np.array(value, dtype.as_numpy_dtype)
        arr.flags.writeable = False
        return _const(arr, dtype, name)
    return constant(value, dtype=dtype, name=name or "Const")


_ops.register_tensor_conversion_function((int, float), _scalar_conversion, 100)
_ops.register_tensor_conversion_function(
    (list, tuple, bool, complex, str, bytes, np.ndarray, np.generic), _constant_conversion, 100)


def _tensor_shape_conversion(value, dtype=None, name=None, as_ref=False):
    if not value.is_fully_defined():
        raise ValueError("Cannot convert a partially known TensorShape %s to a Tensor." % value)
    dtype = dtype or _dtypes.int32
    return constant(value.as_list(), dtype=dtype, name=name or "Const")


_ops.register_tensor_conversion_function(TensorShape, _tensor_shape_conversion, 100)
