"""`tf.py_func` / `tf.numpy_function`: a Python callable run as an op (PyFunc, PyFuncStateless).

The callable itself cannot live in the graph: the op records a `token` attr and the callable
is kept in this process's registry under that token, as TF does. The registry holds the
callables for the life of the process (graphs may be run long after they were built).
"""

import itertools
import threading

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, create_operation, register_op
from tensorweave.framework.tensor_shape import TensorShape

_FUNCS = {}
_COUNTER = itertools.count()
_LOCK = threading.Lock()

# TF's DataTypeString spelling, used in its error messages.
_TF_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half"}

# Python exception -> the TF error class PyFunc reports it as; anything else is UnknownError.
_EXCEPTION_CLASSES = (
    (StopIteration, errors.OutOfRangeError),
    (NotImplementedError, errors.UnimplementedError),
    ((ValueError, TypeError), errors.InvalidArgumentError),
)


def _register(func):
    with _LOCK:
        token = "pyfunc_%d" % next(_COUNTER)
        _FUNCS[token] = func
    return token


def _type_text(dtype):
    name = _dtypes.as_dtype(dtype).name
    return _TF_TYPE_NAMES.get(name, name)


def _as_output(value, index, token, dtype):
    """The i-th returned value as an array of exactly `dtype`, like TF's PyFunc checks."""
    array = np.asarray(value)
    want = _dtypes.as_dtype(dtype)
    if want is _dtypes.string:
        if array.dtype.kind in "SU" or array.dtype == object:
            flat = [v.encode() if isinstance(v, str) else v for v in array.reshape(-1).tolist()]
            if all(isinstance(v, bytes) for v in flat):
                out = np.empty(len(flat), dtype=object)
                out[:] = flat
                return out.reshape(array.shape)
    elif array.dtype != object and array.dtype == want.as_numpy_dtype:
        return array
    try:
        got = _type_text(array.dtype)
    except (TypeError, ValueError, KeyError):
        got = str(array.dtype)
    raise errors.InvalidArgumentError(
        None, None, "%d-th value returned by %s is %s, but expects %s"
        % (index, token, got, _type_text(want)))


class EagerValue(np.ndarray):
    """An input of a tf.py_function body: a NumPy array that also answers `.numpy()`, as the
    EagerTensors TF passes there do."""

    def numpy(self):
        return np.asarray(self).copy() if self.ndim else np.asarray(self)[()]


def _eager_output(value, index, token, dtype):
    """Like TF's EagerPyFunc: each result converts as convert_to_tensor(value, dtype) would."""
    from tensorweave.framework import tensor_util

    if isinstance(value, np.ndarray):
        return _as_output(np.asarray(value), index, token, dtype)
    try:
        array, _ = tensor_util.make_ndarray_from_value(value, _dtypes.as_dtype(dtype))
    except (TypeError, ValueError) as err:
        raise errors.InvalidArgumentError(None, None, "%d-th value returned by %s: %s"
                                          % (index, token, err)) from None
    return array


def _call(token, inputs, Tout, eager=False):
    func = _FUNCS.get(token)
    if func is None:
        raise errors.InvalidArgumentError(
            None, None, "Callback %s is not found. The Python callable registered for this op "
            "belongs to another process." % token)
    if eager:
        args = [np.asarray(x).view(EagerValue) for x in inputs]
    else:  # NOTE: like TF's PyFunc, a 0-d input arrives as a NumPy scalar (a string as bytes)
        args = [np.asarray(x) for x in inputs]
        args = [a[()] if a.ndim == 0 else a for a in args]
    try:
        result = func(*args)
    except errors.OpError:
        raise
    except Exception as err:  # reported as the TF error class TF uses
        cls = errors.UnknownError
        for py_types, tf_class in _EXCEPTION_CLASSES:
            if isinstance(err, py_types):
                cls = tf_class
                break
        raise cls(None, None, "%s: %s" % (type(err).__name__, err)) from err
    if result is None:
        values = []
    elif isinstance(result, (list, tuple)):
        values = list(result)
    else:
        values = [result]
    if len(values) != len(Tout):
        raise errors.InvalidArgumentError(
            None, None, "%s returns %d values, but expects to see %d values."
            % (token, len(values), len(Tout)))
    convert = _eager_output if eager else _as_output
    outs = [convert(v, i, token, t) for i, (v, t) in enumerate(zip(values, Tout))]
    if len(outs) == 1:
        return outs[0]
    return outs or None


class _PyFunc(OpDef):
    def shape(self, input, *, Tout):
        return [TensorShape(None)] * len(Tout)

    def kernel(self, *input, token, Tout):
        return _call(token, input, Tout)

    grad = None  # TF marks both NotDifferentiable: tf.gradients gives None


_SCHEMA = {"inputs": ["input: Tin"], "outputs": ["output: Tout"],
           "attrs": ["token: string", "Tin: list(type) >= 0", "Tout: list(type) >= 0"]}


@register_op("PyFunc", stateful=True, **_SCHEMA)
class PyFunc(_PyFunc):
    pass


@register_op("PyFuncStateless", **_SCHEMA)
class PyFuncStateless(_PyFunc):
    pass


@register_op("EagerPyFunc", stateful=True, inputs=["input: Tin"], outputs=["output: Tout"],
             attrs=["token: string", "is_async: bool = false", "Tin: list(type) >= 0",
                    "Tout: list(type) >= 0"])
class EagerPyFunc(OpDef):
    def shape(self, input, *, Tout):
        return [TensorShape(None)] * len(Tout)

    def kernel(self, *input, token, Tout):
        return _call(token, input, Tout, eager=True)

    def grad(self, op, *grads):
        # NOTE: TF differentiates the body with a GradientTape over its eager ops; here the body
        # runs on NumPy arrays, so there is nothing to differentiate.
        raise LookupError("Gradients of tf.py_function (op %s) are not supported: its body runs on "
                          "NumPy arrays, not differentiable ops." % op.name)


def _py_func(func, inp, Tout, stateful, name, op_type=None):
    if not callable(func):
        raise TypeError("Expected func to be callable, got func of type %s" % type(func).__name__)
    single = not isinstance(Tout, (list, tuple))
    out_types = [_dtypes.as_dtype(t).base_dtype for t in ([Tout] if single else Tout)]
    inputs = list(inp) if isinstance(inp, (list, tuple)) else [inp]
    token = _register(func)
    op_type = op_type or ("PyFunc" if stateful else "PyFuncStateless")
    op = create_operation(op_type, [inputs], {"token": token, "Tout": out_types}, name=name)
    if single:
        return op.outputs[0]
    if not out_types:
        return op
    return list(op.outputs)


@tf_export("py_func")
def py_func(func, inp, Tout, stateful=True, name=None):
    """Runs `func(*arrays)` as an op; a single `Tout` gives a single tensor, a list a list.

    Outputs have unknown shape and must have exactly the declared dtypes."""
    return _py_func(func, inp, Tout, stateful, name)


@tf_export("py_function")
def py_function(func=None, inp=None, Tout=None, name=None):
    """Runs `func` on its inputs as an op (EagerPyFunc). The inputs arrive as NumPy arrays with
    a `.numpy()` method (TF passes EagerTensors); results convert to `Tout` as
    convert_to_tensor would. Not differentiable here."""
    return _py_func(func, [] if inp is None else inp, Tout, True, name, op_type="EagerPyFunc")


@tf_export("numpy_function")
def numpy_function(func, inp, Tout, stateful=True, name=None):
    return _py_func(func, inp, Tout, stateful, name)
