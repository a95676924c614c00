"""Operation and Tensor, and the registry of conversions to Tensor."""

import os
import sys

import numpy as np

from tensorweave.framework import context
from tensorweave.framework import dtypes as _dtypes

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class _InternalFiles(dict):
    """filename -> whether it is a file of tensorweave, filled in on first sight.

    A cache of a pure function of the filename, not state."""

    def __missing__(self, filename):
        inside = self[filename] = filename.startswith(_PACKAGE_DIR)
        return inside


_INTERNAL_FILES = _InternalFiles()


def creation_site(depth):
    """(code, instruction offset) of the first frame outside tensorweave, looking from the
    frame `depth` calls above the caller; (None, 0) when every frame is tensorweave's.

    NOTE: only the code and offset are kept: `frame.f_lineno` scans the code's line table, a
    large share of the cost of building an op, so `_line_of` works the line out when asked."""
    internal = _INTERNAL_FILES
    try:
        f = sys._getframe(depth + 1)
        while internal[f.f_code.co_filename]:
            f = f.f_back
    except (AttributeError, ValueError):  # ran off the bottom of the stack
        return None, 0
    return f.f_code, f.f_lasti


def _line_of(code, offset):
    """The source line of the instruction at byte `offset` of `code` (as `frame.f_lineno`)."""
    for start, end, line in code.co_lines():
        if start <= offset < end and line is not None:
            return line
    return code.co_firstlineno


class InaccessibleTensorError(ValueError):
    """A tensor or op used where it cannot be reached (fetching one marked not fetchable)."""


class OperatorNotAllowedInGraphError(TypeError):
    """A Python operator (bool(), iteration) that needs a concrete value, used on a symbolic Tensor."""


# TensorFlow's own wording (it is what users search for).
_NUMPY_STYLE_ATTRS = frozenset(["T", "astype", "ravel", "transpose", "reshape", "clip", "size",
                                "tolist", "data"])
_NUMPY_STYLE_MSG = ("%s object has no attribute '%s'. \n        If you are looking for numpy-related "
                    "methods, please run the following:\n        "
                    "tf.experimental.numpy.experimental_enable_numpy_behavior()\n      ")
_NOT_ALLOWED = ("%s is not allowed. You can attempt the following resolutions to the problem: If you "
                "are running in Graph mode, use Eager execution mode or decorate this function with "
                "@tf.function. If you are using AutoGraph, you can try decorating this function with "
                "@tf.function. If that does not work, then you may be using an unsupported feature or "
                "your source code may not be visible to AutoGraph. See https://github.com/tensorflow/"
                "tensorflow/blob/master/tensorflow/python/autograph/g3doc/reference/limitations.md"
                "#access-to-source-code for more information.")


class Operation:
    """A node of the graph: an op type applied to input tensors, producing output tensors."""

    __slots__ = ("_graph", "_name", "_type", "_inputs", "_outputs", "_control_inputs", "_attrs",
                 "_device", "_id", "_op_def", "_site_code", "_site_offset", "_control_outputs",
                 "_control_flow_context", "__weakref__")

    def __init__(self, graph, op_type, name, inputs, output_dtypes, output_shapes, attrs,
                 control_inputs, op_def, site=None):
        # site: (code, offset) of the user's line that built the op (see `creation_site`)
        self._graph = graph
        self._name = name
        self._type = op_type
        self._inputs = inputs
        self._attrs = attrs
        # NOTE: control inputs and outputs are an empty tuple until the first one is added
        # (`_add_control_input`): most ops have none, and two lists per op cost build time.
        self._control_inputs = list(control_inputs) if control_inputs else ()
        self._control_outputs = ()
        self._device = ""
        # The TF1 control-flow context (cond branch, while loop) the op was built in.
        self._control_flow_context = graph._control_flow_context
        graph._last_id = self._id = graph._last_id + 1
        self._op_def = op_def
        if site is None:
            site = creation_site(1)
        self._site_code, self._site_offset = site
        if len(output_dtypes) == 1:
            self._outputs = [Tensor(self, 0, output_dtypes[0], output_shapes[0])]
        else:
            self._outputs = [Tensor(self, i, dt, sh) for i, (dt, sh) in
                             enumerate(zip(output_dtypes, output_shapes))]
        for t in inputs:
            t._consumers.append(self)
        for c in self._control_inputs:
            c._add_control_output(self)

    # -------------------------------------------------------------- properties
    @property
    def name(self):
        return self._name

    @property
    def type(self):
        return self._type

    @property
    def graph(self):
        return self._graph

    @property
    def inputs(self):
        return self._inputs

    @property
    def outputs(self):
        return list(self._outputs)

    @property
    def control_inputs(self):
        return list(self._control_inputs)

    @property
    def _control_outputs_list(self):
        return list(self._control_outputs)

    @property
    def device(self):
        return self._device

    @property
    def _traceback(self):
        """(filename, lineno, function) of the op's creation site outside tensorweave, or None."""
        code = self._site_code
        if code is None:
            return None
        return (code.co_filename, _line_of(code, self._site_offset), code.co_name)

    @property
    def traceback(self):
        site = self._traceback
        return [site] if site else []

    @property
    def node_def(self):
        from tensorweave.framework import graph_io

        return graph_io.node_def_of(self)

    @property
    def op_def(self):
        """The OpDef proto of this op's type (as TF gives it), or None for function calls."""
        if self._op_def is None:
            return None
        from tensorweave.framework import proto_convert  # imports protobuf: only when asked

        return proto_convert.op_def_to_proto(self._op_def)

    def colocation_groups(self):
        cls = self._attrs.get("_class")
        if cls:
            return sorted(c.encode() if isinstance(c, str) else c for c in cls)
        return [("loc:@" + self._name).encode()]

    def values(self):
        return tuple(self._outputs)

    def get_attr(self, name):
        try:
            value = self._attrs[name]
        except KeyError:
            if isinstance(name, bytes):
                name = name.decode()
                if name in self._attrs:
                    return self.get_attr(name)
            elif name is not None and not isinstance(name, str):
                raise TypeError("get_attr() expects an attr name as a str, got %s"
                                % type(name).__name__) from None
            raise ValueError("Operation '%s' has no attr named '%s'."
                             % (self._name, name or "")) from None
        if isinstance(value, str):
            return value.encode()
        if isinstance(value, list):
            if value and type(value[0]).__name__ == "TensorShape":
                return [_shape_proto(v) for v in value]
            return [v.encode() if isinstance(v, str) else v for v in value]
        if type(value).__name__ == "TensorShape":
            return _shape_proto(value)  # TF gives shape attrs as TensorShapeProtos
        if type(value) is np.ndarray:
            return self._tensor_attr_proto(value)  # and tensor attrs (Const's value) as TensorProtos
        return value

    def _tensor_attr_proto(self, value):
        from tensorweave.framework import proto_convert  # protobuf loads only when needed

        dtype = self._attrs.get("dtype")
        if not isinstance(dtype, _dtypes.DType) or dtype._is_ref_dtype:
            dtype = proto_convert._tensor_dtype(value)
        return proto_convert.ndarray_to_tensor_proto(value, dtype)

    def _set_attr(self, name, value):
        if hasattr(value, "WhichOneof"):  # an AttrValue proto, what TF's _set_attr takes
            from tensorweave.framework import proto_convert

            value = proto_convert.attr_from_proto(value)
        self._attrs[name] = value
        self._graph._version += 1
        self._graph._mutations += 1

    def _set_device(self, device):
        # NOTE: as in TF, the string is stored as given (only DeviceSpecs are turned into text).
        if not isinstance(device, str):
            device = device.to_string() if device is not None else ""
        self._device = device
        self._graph._version += 1
        self._graph._mutations += 1

    def _add_control_input(self, op):
        if op not in self._control_inputs:
            self._append_control_input(op)
            self._graph._version += 1
            self._graph._mutations += 1

    def _append_control_input(self, op):
        """Adds control edge op -> self, without the version bump (for graph builders)."""
        if self._control_inputs:
            self._control_inputs.append(op)
        else:
            self._control_inputs = [op]
        op._add_control_output(self)

    def _add_control_output(self, op):
        if self._control_outputs:
            self._control_outputs.append(op)
        else:
            self._control_outputs = [op]

    def _update_input(self, index, tensor):
        """Connects input `index` to `tensor` instead (a TF1 loop's back edge is made this way,
        after the loop body exists)."""
        inputs = list(self._inputs)
        old = inputs[index]
        inputs[index] = tensor
        self._inputs = type(self._inputs)(inputs) if isinstance(self._inputs, tuple) else inputs
        if old not in inputs and self in old._consumers:
            old._consumers.remove(self)
        tensor._consumers.append(self)
        self._graph._version += 1
        self._graph._mutations += 1

    def _get_control_flow_context(self):
        return self._control_flow_context

    def _set_control_flow_context(self, ctxt):
        self._control_flow_context = ctxt

    def _add_control_inputs(self, ops):
        for op in ops:
            self._add_control_input(op)

    def run(self, feed_dict=None, session=None):
        if session is None and context.get_default_session() is None:
            raise ValueError("Cannot execute operation using `run()`: No default session is "
                             "registered. Use `with sess.as_default():` or pass an explicit session "
                             "to `run(session=sess)`")
        if session is not None and session.graph is not self._graph:
            raise ValueError("Cannot use the given session to execute operation: the operation's "
                             "graph is different from the session's graph.")
        _run_using_default_session(self, feed_dict, self._graph, session)

    def _as_graph_element(self):
        return self

    def __repr__(self):
        return "<tf.Operation '%s' type=%s>" % (self._name, self._type)

    def __str__(self):
        return str(self.node_def)


class Tensor:
    """A symbolic handle to one output of an Operation."""

    __slots__ = ("_op", "_value_index", "_dtype", "_shape", "_consumers", "_name", "__weakref__")

    # NumPy must hand binary operators with a Tensor on the right to the Tensor.
    __array_priority__ = 100

    def __init__(self, op, value_index, dtype, shape):
        self._op = op
        self._value_index = value_index
        self._dtype = dtype
        self._shape = shape
        self._consumers = []
        self._name = None

    @property
    def op(self):
        return self._op

    @property
    def value_index(self):
        return self._value_index

    @property
    def dtype(self):
        return self._dtype

    @property
    def graph(self):
        return self._op._graph

    @property
    def name(self):
        name = self._name
        if name is None:
            name = self._name = "%s:%d" % (self._op._name, self._value_index)
        return name

    @property
    def device(self):
        return self._op._device

    @property
    def shape(self):
        return self._shape

    def get_shape(self):
        return self._shape

    def set_shape(self, shape):
        from tensorweave.framework.tensor_shape import TensorShape

        if not isinstance(shape, TensorShape):
            shape = TensorShape(shape)
        if not self._shape.is_compatible_with(shape):
            raise ValueError(_merge_error(self._shape, shape))
        self._shape = self._shape.merge_with(shape)

    def consumers(self):
        return list(self._consumers)

    def eval(self, feed_dict=None, session=None):
        return _run_using_default_session(self, feed_dict, self.graph, session)

    def _as_graph_element(self):
        return self

    def _as_node_def_input(self):
        if self._value_index == 0:
            return self._op._name
        return "%s:%d" % (self._op._name, self._value_index)

    def experimental_ref(self):
        return _TensorRef(self)

    def ref(self):
        return _TensorRef(self)

    # NOTE: in graph mode TF compares tensors by identity, so tensors work as dict keys; the
    # hash is the object's id, as TF's.
    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __bool__(self):
        raise OperatorNotAllowedInGraphError(_NOT_ALLOWED % "Using a symbolic `tf.Tensor` as a Python `bool`")

    __nonzero__ = __bool__  # TF keeps the Python 2 name too

    def __getattr__(self, name):
        # Only reached when normal lookup fails: TF points NumPy-style names at its numpy mode.
        if name in _NUMPY_STYLE_ATTRS:
            raise AttributeError(_NUMPY_STYLE_MSG % (type(self).__name__, name))
        return object.__getattribute__(self, name)

    def __round__(self, ndigits=None):
        # As TF (its numpy-style `around`): floats are scaled, rounded and scaled back, then the
        # cast back with `.astype` fails in graph mode; integers fail on `.astype` at once.
        if not (self._dtype.is_floating or self._dtype.is_complex):
            return self.astype
        from tensorweave.ops import math_ops, math_unary_ops

        factor = math_ops.cast(10.0 ** (ndigits or 0), self._dtype.base_dtype)
        math_ops.divide(math_unary_ops.round(math_ops.multiply(self, factor)), factor)
        return self.astype

    def __deepcopy__(self, memo):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)

    def __iter__(self):
        raise OperatorNotAllowedInGraphError(_NOT_ALLOWED % "Iterating over a symbolic `tf.Tensor`")

    @property
    def ndim(self):
        return self._shape.ndims

    def __len__(self):
        raise TypeError(
            "len is not well defined for a symbolic Tensor (%s). Please call `x.shape` "
            "rather than `len(x)` for shape information." % self.name
        )

    def __array__(self, dtype=None, copy=None):
        raise NotImplementedError(
            "Cannot convert a symbolic tf.Tensor (%s) to a numpy array. This error may "
            "indicate that you're trying to pass a Tensor to a NumPy call, which is not "
            "supported." % self.name
        )

    def __repr__(self):
        return "<tf.Tensor '%s' shape=%s dtype=%s>" % (self.name, self._shape, self._dtype.name)

    def __str__(self):
        if self._shape.ndims is None:
            return 'Tensor("%s", dtype=%s)' % (self.name, self._dtype.name)
        return 'Tensor("%s", shape=%s, dtype=%s)' % (self.name, self._shape, self._dtype.name)

    @classmethod
    def _override_operator(cls, operator, func):
        setattr(cls, operator, func)

    OVERLOADABLE_OPERATORS = frozenset([
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__div__", "__rdiv__",
        "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
        "__lt__", "__le__", "__gt__", "__ge__", "__ne__", "__eq__", "__and__", "__rand__", "__or__",
        "__ror__", "__xor__", "__rxor__", "__getitem__", "__pow__", "__rpow__", "__invert__",
        "__neg__", "__abs__", "__matmul__", "__rmatmul__"])


# NOTE: TF 2.x builds graph tensors as its subclass `SymbolicTensor`, the name `type(t).__name__`
# and TypeError messages ("... not 'SymbolicTensor'") show. One class here keeps the
# `type(v) is Tensor` fast paths, so it only takes the name.
Tensor.__name__ = Tensor.__qualname__ = "SymbolicTensor"


def _shape_proto(shape):
    from tensorweave.framework import proto_convert  # imports protobuf: only when asked

    return proto_convert.shape_to_proto(shape)


def _merge_error(mine, given):
    """TF's message for set_shape with an incompatible shape (from its shape inference)."""
    if mine.ndims != given.ndims:
        return "Shapes must be equal rank, but are %d and %d" % (mine.ndims, given.ndims)

    def text(shape):
        return "[" + ",".join("?" if d is None else str(d) for d in shape.as_list()) + "]"

    for i, (a, b) in enumerate(zip(mine.as_list(), given.as_list())):
        if a is not None and b is not None and a != b:
            return ("Dimension %d in both shapes must be equal, but are %d and %d. Shapes are %s "
                    "and %s." % (i, a, b, text(mine), text(given)))
    return "Shapes %s and %s are not compatible" % (mine, given)


class _TensorRef:
    __slots__ = ("_tensor",)

    def __init__(self, tensor):
        self._tensor = tensor

    def deref(self):
        return self._tensor

    def __hash__(self):
        return id(self._tensor)

    def __eq__(self, other):
        return isinstance(other, _TensorRef) and other._tensor is self._tensor

    def __repr__(self):
        return "<Reference wrapping %r>" % (self._tensor,)


def _run_using_default_session(fetch, feed_dict, graph, session):
    if session is None:
        session = context.get_default_session()
        if session is None:
            raise ValueError(
                "Cannot evaluate tensor using `eval()`: No default session is registered. Use "
                "`with sess.as_default()` or pass an explicit session to `eval(session=sess)`"
            )
    if session.graph is not graph:
        raise ValueError(
            "Cannot use the given session to evaluate tensor: the tensor's graph is "
            "different from the session's graph."
        )
    return session.run(fetch, feed_dict)


# ------------------------------------------------------------------ conversion
_conversion_registry = []  # (priority, types, fn) kept sorted by priority
_conversion_cache = {}  # type -> list of fns


def register_tensor_conversion_function(base_type, conversion_func, priority=100):
    """Registers `conversion_func(value, dtype=None, name=None, as_ref=False)` for `base_type`."""
    types = base_type if isinstance(base_type, tuple) else (base_type,)
    for t in types:
        if not isinstance(t, type):
            raise TypeError("Argument `base_type` must be a type or a tuple of types. Obtained: %s"
                            % (base_type,))
    if not callable(conversion_func):
        raise TypeError("Argument `conversion_func` must be callable. Received %s."
                        % (conversion_func,))
    _conversion_registry.append((priority, len(_conversion_registry), types, conversion_func))
    _conversion_registry.sort(key=lambda e: (e[0], e[1]))
    _conversion_cache.clear()


def register_tensor_conversion_function_for_users(base_type, conversion_func, priority=100):
    """tf.register_tensor_conversion_function: as the internal one, but Python numbers and NumPy
    values keep their built-in conversion."""
    import numbers

    import numpy as np

    types = base_type if isinstance(base_type, tuple) else (base_type,)
    if any(isinstance(t, type) and issubclass(t, (numbers.Integral, float, np.generic, np.ndarray))
           for t in types):
        raise TypeError("Cannot register conversions for Python numeric types and NumPy scalars "
                        "and arrays.")
    register_tensor_conversion_function(base_type, conversion_func, priority)


def _conversion_functions_for(value_type):
    fns = _conversion_cache.get(value_type)
    if fns is None:
        fns = [fn for _, _, types, fn in _conversion_registry if issubclass(value_type, types)]
        _conversion_cache[value_type] = fns
    return fns


def convert_to_tensor(value, dtype=None, name=None, preferred_dtype=None, dtype_hint=None,
                      as_ref=False):
    """Converts Tensors, Variables, arrays, lists and Python scalars to a Tensor."""
    if type(value) is Tensor:
        if dtype is not None:
            dtype = _dtypes.as_dtype(dtype)
            if not dtype.is_compatible_with(value._dtype):
                msg = ("Tensor conversion requested dtype %s for Tensor with dtype %s: %r"
                       % (dtype.name, value._dtype.name, value))
                raise ValueError(msg if name is None else "%s: %s" % (name, msg))  # as TF
        return value
    if dtype is not None:
        dtype = _dtypes.as_dtype(dtype)
    preferred_dtype = preferred_dtype or dtype_hint
    for fn in _conversion_functions_for(type(value)):
        if dtype is None and preferred_dtype is not None:
            try:
                ret = fn(value, dtype=_dtypes.as_dtype(preferred_dtype), name=name, as_ref=as_ref)
            except (TypeError, ValueError):
                ret = NotImplemented
            if ret is not NotImplemented and ret is not None:
                return ret
        ret = fn(value, dtype=dtype, name=name, as_ref=as_ref)
        if ret is NotImplemented:
            continue
        if not isinstance(ret, Tensor):
            raise RuntimeError("Conversion function %r for type %s returned non-Tensor: %r"
                               % (fn, type(value), ret))
        if dtype is not None and not dtype.is_compatible_with(ret._dtype):
            raise RuntimeError(
                "%r conversion function returned a Tensor of dtype %s when %s was requested"
                % (type(value), ret._dtype.name, dtype.name)
            )
        return ret
    if value is None:
        raise ValueError("None values not supported.")
    if isinstance(value, Operation):
        raise TypeError("can't convert Operation '%s' to Tensor" % value._name)
    if dtype is not None:
        raise TypeError("Expected %s, but got %s of type '%s'." % (dtype.name, value, type(value).__name__))
    raise TypeError("Failed to convert elements of %s to Tensor. Consider casting elements to a "
                    "supported type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for "
                    "supported TF dtypes." % (value,))


def convert_n_to_tensor(values, dtype=None, name=None, preferred_dtype=None):
    if not isinstance(values, (list, tuple)):
        raise TypeError("values must be a sequence.")
    return [convert_to_tensor(v, dtype=dtype, preferred_dtype=preferred_dtype,
                              name=None if name is None else "%s_%d" % (name, i))
            for i, v in enumerate(values)]


def convert_to_tensor_or_indexed_slices(value, dtype=None, name=None):
    if hasattr(value, "indices") and hasattr(value, "values") and hasattr(value, "dense_shape"):
        return value
    return convert_to_tensor(value, dtype=dtype, name=name)


def is_graph_element(value):
    return isinstance(value, (Tensor, Operation))


def get_graph_from_inputs(values, graph=None):
    """The graph that holds the graph elements among `values` (ValueError if several)."""
    if graph is None and (type(values) is list or type(values) is tuple):
        # The common case: only Tensors of the default graph (the loop below would agree).
        default = context.get_default_graph()
        for v in values:
            if type(v) is not Tensor or v._op._graph is not default:
                break
        else:
            return default
    found = None
    for v in values:
        g = _graph_of(v)
        if g is None:
            continue
        if found is None:
            found = g
        elif g is not found:
            fg = _building_function_graph(graph)
            if fg is not None:
                return fg._graph_for_inputs(values, graph)
            raise ValueError("%s must be from the same graph as %s." % (_describe(v), "other inputs"))
    if found is not None:
        # Hook for FuncGraph (framework/func_graph.py): while a function body is being built,
        # ops whose inputs come from enclosing graphs go into the body, which captures them.
        fg = _building_function_graph(graph)
        if fg is not None and fg is not found:
            return fg._graph_for_inputs(values, graph)
    if graph is not None and found is not None and found is not graph:
        raise ValueError("%s must be from the same graph as the op being created." % _describe(v))
    return found or graph or context.get_default_graph()


def _building_function_graph(graph):
    """The FuncGraph ops are being built in (`graph` or the default graph), else None."""
    g = graph if graph is not None else context.get_default_graph()
    return g if g._building_function else None


def _graph_of(v):
    t = type(v)
    if t is Tensor:
        return v._op._graph
    if t is Operation:
        return v._graph
    if t is list or t is tuple:
        for e in v:
            g = _graph_of(e)
            if g is not None:
                return g
        return None
    g = getattr(v, "graph", None)
    return g if g is not None and hasattr(g, "_ops_by_name") else None


def _describe(v):
    return "Tensor(%s)" % v.name if hasattr(v, "name") else repr(v)
