"""Public names of the framework layer (graphs, tensors, dtypes, shapes, scopes, errors)."""

import logging as _py_logging
import sys as _sys
import numbers as _numbers

import numpy as _np

from tensorweave._api import tf_export_value
from tensorweave.framework import device_spec, dtypes, errors, graph, ops, scopes, tensor_shape, tensor_util

for _name in ("float16", "half", "float32", "float64", "double", "bfloat16", "int8", "int16", "int32",
              "int64", "uint8", "uint16", "uint32", "uint64", "bool", "string", "complex64",
              "complex128", "qint8", "quint8", "qint16", "quint16", "qint32", "resource", "variant"):
    tf_export_value(_name, getattr(dtypes, _name))
    tf_export_value("dtypes." + _name, getattr(dtypes, _name))
tf_export_value("DType", dtypes.DType)
tf_export_value("dtypes.DType", dtypes.DType)
tf_export_value("as_dtype", dtypes.as_dtype)
tf_export_value("dtypes.as_dtype", dtypes.as_dtype)

tf_export_value("TensorShape", tensor_shape.TensorShape)
tf_export_value("Dimension", tensor_shape.Dimension)
tf_export_value("dimension_value", tensor_shape.dimension_value)
tf_export_value("dimension_at_index", tensor_shape.dimension_at_index)

tf_export_value("errors", errors)
tf_export_value("OpError", errors.OpError)

tf_export_value("Graph", graph.Graph)
tf_export_value("GraphKeys", graph.GraphKeys)
tf_export_value("Tensor", ops.Tensor)
tf_export_value("Operation", ops.Operation)
tf_export_value("DeviceSpec", device_spec.DeviceSpec)


def convert_to_tensor(value, dtype=None, name=None, preferred_dtype=None, dtype_hint=None):
    """tf.convert_to_tensor (TF1 signature: no `as_ref`, which only TF's internals pass)."""
    return ops.convert_to_tensor(value, dtype=dtype, name=name, preferred_dtype=preferred_dtype,
                                 dtype_hint=dtype_hint)


tf_export_value("convert_to_tensor", convert_to_tensor)
tf_export_value("convert_to_tensor_or_indexed_slices", ops.convert_to_tensor_or_indexed_slices)
tf_export_value("register_tensor_conversion_function", ops.register_tensor_conversion_function_for_users)


def _is_tensor(x):
    """tf.is_tensor: Tensors, Variables and composite tensors (SparseTensor, IndexedSlices)."""
    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.framework.sparse_tensor import SparseTensor

    return isinstance(x, (ops.Tensor, SparseTensor, IndexedSlices)) or hasattr(x, "_as_graph_element")


def _convert_to_tensor_or_sparse_tensor(value, dtype=None, name=None):
    """tf.convert_to_tensor_or_sparse_tensor: SparseTensor(Value)s become SparseTensors."""
    from tensorweave.framework.sparse_tensor import SparseTensor, SparseTensorValue

    if isinstance(value, SparseTensorValue):
        value = SparseTensor.from_value(value)
    if isinstance(value, SparseTensor):
        if dtype is not None and not dtypes.as_dtype(dtype).is_compatible_with(value.dtype):
            raise RuntimeError("Sparse dtype: requested = %s, actual = %s"
                               % (dtypes.as_dtype(dtype).name, value.dtype.name))
        return value
    return ops.convert_to_tensor(value, dtype=dtype, name=name)


tf_export_value("is_tensor", _is_tensor)
tf_export_value("convert_to_tensor_or_sparse_tensor", _convert_to_tensor_or_sparse_tensor)
tf_export_value("get_static_value", tensor_util.get_static_value)
tf_export_value("get_default_graph", scopes.get_default_graph)
tf_export_value("reset_default_graph", scopes.reset_default_graph)
tf_export_value("get_default_session", scopes.get_default_session)
tf_export_value("name_scope", scopes.name_scope)
tf_export_value("get_name_scope", scopes.get_name_scope)
tf_export_value("device", scopes.device)
tf_export_value("control_dependencies", scopes.control_dependencies)
tf_export_value("colocate_with", scopes.colocate_with)
tf_export_value("add_to_collection", scopes.add_to_collection)
tf_export_value("add_to_collections", scopes.add_to_collections)
tf_export_value("get_collection", scopes.get_collection)
tf_export_value("get_collection_ref", scopes.get_collection_ref)
tf_export_value("newaxis", None)


def _noop(*args, **kwargs):
    """A TF2-era switch that is meaningless here: tensorweave always runs TF1 graph mode."""
    return None


def _disable_v2_behavior():
    """TF1 behavior, as after TF's disable_v2_behavior(): new variables are ref variables
    (VariableV2), shapes are TF1 TensorShapes (Dimension objects, `?`), and cond/while bodies
    write through ref variables. Graph mode is always on here; tf.cond/tf.while_loop still build
    If/While ops."""
    from tensorweave.framework.tensor_shape import disable_v2_tensorshape
    from tensorweave.ops.resource_variable_ops import disable_resource_variables

    disable_resource_variables()
    disable_v2_tensorshape()
    _set_control_flow_v2(False)


def _set_control_flow_v2(enabled):
    from tensorweave.framework import context

    context._control_flow_v2 = enabled


def _control_flow_v2_enabled():
    from tensorweave.framework import context

    return context._control_flow_v2


tf_export_value("disable_v2_behavior", _disable_v2_behavior)
for _name in ("disable_eager_execution", "disable_tensor_equality"):
    tf_export_value(_name, _noop)
tf_export_value("disable_v2_tensorshape", tensor_shape.disable_v2_tensorshape)
tf_export_value("enable_v2_tensorshape", tensor_shape.enable_v2_tensorshape)
# tf.cond/while_loop always build If/While; the switch decides how their bodies capture TF1 ref
# variables (see context._control_flow_v2).
tf_export_value("disable_control_flow_v2", lambda: _set_control_flow_v2(False))
tf_export_value("enable_control_flow_v2", lambda: _set_control_flow_v2(True))
tf_export_value("control_flow_v2_enabled", _control_flow_v2_enabled)


def _enable_eager_execution(config=None, device_policy=None, execution_mode=None):
    """Eager execution does not exist here; TF raises this ValueError once graphs were used."""
    raise ValueError("tf.enable_eager_execution must be called at program startup. (tensorweave "
                     "runs TensorFlow 1.x graph mode only: eager execution is not available.)")


def _enable_v2_behavior():
    """TF 2 behavior includes eager execution, which tensorweave does not have."""
    _enable_eager_execution()


tf_export_value("enable_eager_execution", _enable_eager_execution)
tf_export_value("enable_v2_behavior", _enable_v2_behavior)
tf_export_value("executing_eagerly", lambda: False)
tf_export_value("executing_eagerly_outside_functions", lambda: False)


class _Logging:
    """tf.logging: TF1's logging shim over Python's logging module."""

    DEBUG, INFO, WARN, ERROR, FATAL = 10, 20, 30, 40, 50

    def __init__(self):
        self._logger = _py_logging.getLogger("tensorflow")  # TF's logger name: handlers find it

    def set_verbosity(self, level):
        self._logger.setLevel(level)

    def get_verbosity(self):
        return self._logger.getEffectiveLevel()

    def debug(self, msg, *args):
        self._logger.debug(msg, *args)

    def info(self, msg, *args):
        self._logger.info(msg, *args)

    def warning(self, msg, *args):
        self._logger.warning(msg, *args)

    warn = warning

    def error(self, msg, *args):
        self._logger.error(msg, *args)

    def fatal(self, msg, *args):
        self._logger.critical(msg, *args)

    def log(self, level, msg, *args, **kwargs):
        kwargs.setdefault("stacklevel", 2)
        self._logger.log(level, msg, *args, **kwargs)

    vlog = log

    def log_if(self, level, msg, condition, *args):
        if condition:
            self._logger.log(level, msg, *args, stacklevel=2)

    def log_every_n(self, level, msg, n, *args):
        """Logs the 1st, (n+1)th, (2n+1)th, ... call from one place."""
        if not self._next_count(_sys._getframe(1)) % n:
            self._logger.log(level, msg, *args, stacklevel=2)

    def log_first_n(self, level, msg, n, *args):
        """Logs the first n calls from one place."""
        if self._next_count(_sys._getframe(1)) < n:
            self._logger.log(level, msg, *args, stacklevel=2)

    def _next_count(self, frame):
        # NOTE: like TF, "one place" is the first frame outside the caller's file (the line
        # that called into that file), so every call from one module's top level shares a count.
        caller_file = frame.f_code.co_filename
        while frame is not None and frame.f_code.co_filename == caller_file:
            frame = frame.f_back
        token = (frame.f_code.co_filename, frame.f_lineno) if frame is not None else ("<unknown>", 0)
        counts = self.__dict__.setdefault("_counts", {})
        counts[token] = counts.get(token, -1) + 1
        return counts[token]

    def flush(self):
        raise NotImplementedError()  # as in TF

    def TaskLevelStatusMessage(self, msg):  # noqa: N802 -- TF's name
        self._logger.error(msg, stacklevel=2)


tf_export_value("logging", _Logging())


# ------------------------------------------------------------------ tf.compat helpers
def _as_bytes(bytes_or_text, encoding="utf-8"):
    """tf.compat.as_bytes: str is encoded, bytes(-like) returned as bytes."""
    if isinstance(bytes_or_text, bytearray):
        return bytes(bytes_or_text)
    if isinstance(bytes_or_text, str):
        return bytes_or_text.encode(encoding)
    if isinstance(bytes_or_text, bytes):
        return bytes_or_text
    raise TypeError("Expected binary or unicode string, got %r" % (bytes_or_text,))


def _as_text(bytes_or_text, encoding="utf-8"):
    """tf.compat.as_text / as_str: bytes are decoded, str returned unchanged."""
    if isinstance(bytes_or_text, str):
        return bytes_or_text
    if isinstance(bytes_or_text, bytes):
        return bytes_or_text.decode(encoding)
    raise TypeError("Expected binary or unicode string, got %r" % (bytes_or_text,))


def _as_str_any(value, encoding="utf-8"):
    """tf.compat.as_str_any: bytes decoded, anything else str()."""
    if isinstance(value, bytes):
        return _as_text(value, encoding)
    return str(value)


def _path_to_str(path):
    """tf.compat.path_to_str: a PathLike becomes its str; anything else is returned as is."""
    import os

    if isinstance(path, os.PathLike):
        path = _as_str_any(os.fspath(path))
    return path


for _name, _value in (("dimension_value", tensor_shape.dimension_value),
                      ("dimension_at_index", tensor_shape.dimension_at_index),
                      ("as_bytes", _as_bytes), ("as_text", _as_text), ("as_str", _as_text),
                      ("as_str_any", _as_str_any), ("path_to_str", _path_to_str),
                      ("bytes_or_text_types", (bytes, str)),
                      ("integral_types", (_numbers.Integral, _np.integer)),
                      ("real_types", (_numbers.Real, _np.integer, _np.floating)),
                      ("complex_types", (_numbers.Complex, _np.number))):
    tf_export_value("compat." + _name, _value)

from tensorweave.framework.raw_ops import raw_ops as _raw_ops  # noqa: E402

tf_export_value("raw_ops", _raw_ops)
