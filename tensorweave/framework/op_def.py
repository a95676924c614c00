"""Op declarations: one class per TF op type holding schema, shape function, kernel, gradient.

```python
@register_op("MatMul", inputs=["a: T", "b: T"], outputs=["product: T"],
             attrs=["T: {half, float, double, int32, int64}",
                    "transpose_a: bool = false", "transpose_b: bool = false"])
class MatMul(OpDef):
    def shape(self, a, b, *, transpose_a, transpose_b): ...  # input Tensors -> TensorShape(s)
    def kernel(self, a, b, *, transpose_a, transpose_b): ... # arrays -> array(s)
    def grad(self, op, grad): ...                             # -> list of input gradients
```
Shape functions receive the input *Tensors* (so they can read static shapes and, via
`constant_value`, constant inputs) and the attrs they name as keyword-only parameters.
Kernels receive NumPy arrays and the attrs they name; a kernel whose first parameter is
`ctx` also receives the per-session op context (variables, random state, ...).
`grad = None` declares an op not differentiable on purpose.
"""

import inspect
import re

from tensorweave.framework import context as _context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.ops import Operation as _Operation
from tensorweave.framework.ops import Tensor as _Tensor
from tensorweave.framework.ops import creation_site as _creation_site
from tensorweave.framework.graph import _GOOD_NAMES, check_node_name as _check_node_name
from tensorweave.framework.graph import _VALID_OP_NAME
from tensorweave.framework.graph import check_scope_name as _check_scope_name
from tensorweave.framework.tensor_shape import TensorShape

_REGISTRY = {}
# Callables `f(op, name_stack)` told of every op added to any graph (tf.GradientTape records
# ops this way while one records); empty, as it nearly always is, it costs one check per op.
OP_OBSERVERS = []
_context_state = _context._state  # per-thread graph stack (never rebound)
_DType = _dtypes.DType
_DEFAULT_RE = re.compile(r"(?<![<>!])=")
_MISSING = object()

_TYPE_NAMES = {
    "float": "float32", "double": "float64", "half": "float16", "bfloat16": "bfloat16",
    "float16": "float16", "float32": "float32", "float64": "float64",
    "int8": "int8", "int16": "int16", "int32": "int32", "int64": "int64",
    "uint8": "uint8", "uint16": "uint16", "uint32": "uint32", "uint64": "uint64",
    "bool": "bool", "string": "string", "complex64": "complex64", "complex128": "complex128",
    "resource": "resource", "variant": "variant",
    "qint8": "qint8", "quint8": "quint8", "qint16": "qint16", "quint16": "quint16", "qint32": "qint32",
}
_TYPE_GROUPS = {
    "realnumbertype": "float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64",
    "numbertype": "float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, "
                  "bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64",
    "floattype": "half, bfloat16, float, double",
    "inttype": "int8, int16, int32, int64, uint8, uint16, uint32, uint64",
}


def _dtype_from_schema(name):
    dtype = _SCHEMA_DTYPES.get(name)
    if dtype is None:
        text = name.strip()
        if text.startswith("DT_"):
            text = text[3:].lower()
        dtype = _SCHEMA_DTYPES[name] = _dtypes.as_dtype(_TYPE_NAMES.get(text, text))
    return dtype


_SCHEMA_DTYPES = {}  # schema type name -> DType: a few dozen names, read ~10,000 times at import


class ArgDef:
    """One input or output argument of an op schema."""

    __slots__ = ("name", "type_attr", "number_attr", "type_list_attr", "fixed_type", "is_ref")

    def __init__(self, spec):
        name, _, typ = spec.partition(":")
        self.name = name.strip()
        typ = typ.strip()
        self.is_ref = typ.startswith("Ref(")
        if self.is_ref:
            typ = typ[4:-1].strip()
        self.type_attr = self.number_attr = self.type_list_attr = self.fixed_type = None
        if "*" in typ:
            number, _, typ = typ.partition("*")
            self.number_attr = number.strip()
            typ = typ.strip()
        if typ in _TYPE_NAMES or typ.startswith("DT_"):
            self.fixed_type = _dtype_from_schema(typ)
        else:
            self.type_attr = typ  # resolved to type_list_attr at registration when list(type)

    @property
    def is_list(self):
        return self.number_attr is not None or self.type_list_attr is not None


class AttrDef:
    # allowed_enums: the type enums of `allowed` (type attrs only), so that the check on every
    # op built is an int set lookup, not a call of DType.__hash__.
    # checked: whether a given value needs checking (types, listed strings, ints with minimum).
    __slots__ = ("name", "kind", "default", "allowed", "minimum", "has_default", "allowed_enums",
                 "checked", "allowed_order")

    def __init__(self, spec):
        name, _, rest = spec.partition(":")
        self.name = name.strip()
        rest = rest.strip()
        default_text = None
        self.has_default = False
        m = _DEFAULT_RE.search(rest)
        if m:
            rest, default_text = rest[:m.start()].strip(), rest[m.end():]
            self.has_default = True
        self.minimum = None
        if ">=" in rest:
            rest, _, minimum = rest.partition(">=")
            rest = rest.strip()
            self.minimum = int(minimum)
        self.allowed = self.allowed_enums = self.allowed_order = None
        if rest in _TYPE_GROUPS:
            rest = "{%s}" % rest
        if rest.startswith("{"):
            items = [s.strip() for s in rest[1:-1].split(",") if s.strip()]
            if items and items[0][0] in "'\"":
                self.kind = "string"
                self.allowed = tuple(s.strip("'\"") for s in items)
            else:
                self.kind = "type"
                expanded = []
                for s in items:
                    expanded.extend(t.strip() for t in _TYPE_GROUPS.get(s, s).split(","))
                # allowed_order: the declared order, which TensorFlow's error messages list
                self.allowed_order = tuple(dict.fromkeys(_dtype_from_schema(s) for s in expanded))
                self.allowed = frozenset(self.allowed_order)
                self.allowed_enums = frozenset(d._type_enum for d in self.allowed)
        else:
            self.kind = rest
        self.checked = self.kind == "type" or (self.kind == "string" and self.allowed is not None) \
            or (self.kind == "int" and self.minimum is not None)
        if self.has_default:
            self.default = self._parse_default(default_text.strip())
        else:
            self.default = None

    def _parse_default(self, text):
        kind = self.kind
        if kind == "type":
            return _dtype_from_schema(text)
        if kind == "bool":
            return text.lower() == "true"
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "string":
            return text.strip("'\"")
        if kind == "shape":
            return TensorShape(None) if text in ("unknown", "None") else TensorShape(eval(text))  # noqa: S307
        if kind.startswith("list("):
            items = [s.strip() for s in text.strip("[]").split(",") if s.strip()]
            inner = kind[5:-1]
            if inner == "int":
                return [int(s) for s in items]
            if inner == "float":
                return [float(s) for s in items]
            if inner == "type":
                return [_dtype_from_schema(s) for s in items]
            return [s.strip("'\"") for s in items]
        return None


_RETURNS_OP, _RETURNS_TENSOR, _RETURNS_LIST = range(3)


class OpDef:
    """Base class of op declarations; `register_op` fills in the schema attributes."""

    type_name = None
    input_args = ()
    output_args = ()
    attr_defs = {}
    is_stateful = False
    # Set by register_op from the signatures:
    _shape_attrs = ()
    _kernel_attrs = ()
    _kernel_needs_ctx = False
    _has_list_inputs = False
    _returns = _RETURNS_LIST  # what apply_op returns: the op, its one output, or a list
    _out_type_attr = None  # the type attr of the only output, when plain (no list, no ref)
    _shape_takes_inputs_only = False  # shape(*inputs): no list inputs, no attrs

    def shape(self, *inputs, **attrs):
        return [TensorShape(None)] * self._num_outputs_unknown

    _num_outputs_unknown = 1

    def __repr__(self):
        return "<OpDef %s>" % self.type_name


def _code_of(fn):
    """The code object of a function or bound method, or None (builtins, ufuncs)."""
    fn = getattr(fn, "__func__", fn)
    return getattr(fn, "__code__", None)


def _keyword_params(fn):
    """(keyword-only parameter names, has **kwargs) of `fn`.

    Reads the code object directly: inspect.signature would cost ~40 ms of import time
    over the whole registry."""
    code = _code_of(fn)
    if code is None:
        sig = inspect.signature(fn)
        return (tuple(p.name for p in sig.parameters.values() if p.kind is p.KEYWORD_ONLY),
                any(p.kind is p.VAR_KEYWORD for p in sig.parameters.values()))
    n_pos = code.co_argcount
    names = code.co_varnames[n_pos:n_pos + code.co_kwonlyargcount]
    return tuple(names), bool(code.co_flags & inspect.CO_VARKEYWORDS)


def _positional_params(fn):
    """Positional parameter names of `fn` without `self`, or None for builtins/ufuncs."""
    code = _code_of(fn)
    if code is None:
        return None
    names = code.co_varnames[:code.co_argcount]
    return list(names[1:]) if hasattr(fn, "__func__") else list(names)


def register_op(type_name, inputs=(), outputs=(), attrs=(), stateful=False):
    """Class decorator registering an op declaration under its TF type name."""

    def decorate(cls):
        if type_name in _REGISTRY:
            raise ValueError("Op type %r is declared twice." % type_name)
        cls.type_name = type_name
        attr_defs = {}
        for spec in attrs:
            a = AttrDef(spec)
            attr_defs[a.name] = a
        in_args = [ArgDef(s) for s in inputs]
        out_args = [ArgDef(s) for s in outputs]
        for arg in in_args + out_args:
            if arg.type_attr and attr_defs.get(arg.type_attr) is not None and \
                    attr_defs[arg.type_attr].kind == "list(type)":
                arg.type_list_attr, arg.type_attr = arg.type_attr, None
        cls.attr_defs = attr_defs
        cls.input_args = tuple(in_args)
        cls.output_args = tuple(out_args)
        cls.is_stateful = stateful or getattr(cls, "is_stateful", False)
        inst = cls()
        names, varkw = _keyword_params(inst.shape)
        cls._shape_attrs = tuple(attr_defs) if varkw else names
        if "kernel" in cls.__dict__ or any("kernel" in b.__dict__ for b in cls.__mro__[1:-1]):
            # None: a builtin or NumPy ufunc used directly as the kernel
            # (`kernel = staticmethod(np.add)`): no attrs, no context, no Python frame per call.
            params = _positional_params(inst.kernel)
            if params is None:
                cls._kernel_needs_ctx = False
                cls._kernel_attrs = ()
            else:
                cls._kernel_needs_ctx = bool(params) and params[0] == "ctx"
                names, varkw = _keyword_params(inst.kernel)
                cls._kernel_attrs = tuple(attr_defs) if varkw else names
        cls._num_outputs_unknown = len(out_args)
        cls._has_list_inputs = any(a.is_list for a in in_args)
        cls._shape_takes_inputs_only = not cls._has_list_inputs and not cls._shape_attrs
        if not out_args:
            cls._returns = _RETURNS_OP
        elif len(out_args) == 1 and not out_args[0].is_list:
            cls._returns = _RETURNS_TENSOR
            out = out_args[0]
            cls._out_type_attr = out.type_attr if not out.is_ref else None
        else:
            cls._returns = _RETURNS_LIST
        _REGISTRY[type_name] = inst
        return cls

    return decorate


def get_op_def(type_name):
    try:
        return _REGISTRY[type_name]
    except KeyError:
        raise KeyError("Op type not registered '%s'" % type_name) from None


def registered_ops():
    return dict(_REGISTRY)


# `grad = NO_GRADIENT` in a declaration: TF registers no gradient for the op, so tf.gradients
# through it raises LookupError (unlike `grad = None`: not differentiable, no gradient flows).
NO_GRADIENT = _MISSING


def gradient_of(op_def):
    """The declared gradient: a callable, None (not differentiable), or _MISSING."""
    return getattr(type(op_def), "grad", _MISSING)


# ------------------------------------------------------------------- apply_op
def _observed_types(values, arg):
    """The dtype names list inputs convert to on their own (for TF's mismatch message)."""
    names = []
    for v in values:
        try:
            names.append(_ops.convert_to_tensor(v, as_ref=arg.is_ref).dtype.base_dtype.name)
        except (TypeError, ValueError):
            names.append("<NOT CONVERTIBLE TO TENSOR>")
    return ", ".join(names)


def _convert_input(value, dtype, preferred, arg, op_type, inferred_from, attrs, name=None):
    try:
        return _ops.convert_to_tensor(value, dtype=dtype, preferred_dtype=preferred,
                                      name=name or arg.name, as_ref=arg.is_ref)
    except (TypeError, ValueError) as err:
        if dtype is None and isinstance(err, TypeError):
            raise
        if isinstance(err, TypeError):
            raise TypeError(
                "Expected %s passed to parameter '%s' of op '%s', got %r of type '%s' instead. "
                "Error: %s" % (dtype.name, arg.name, op_type, value, type(value).__name__, err)
            ) from None
        try:
            observed = _ops.convert_to_tensor(value, as_ref=arg.is_ref).dtype.name
        except ValueError as err2:
            raise ValueError("Tried to convert '%s' to a tensor and failed. Error: %s"
                             % (arg.name, err2)) from None
        except TypeError:
            raise TypeError(
                "Expected %s passed to parameter '%s' of op '%s', got %r of type '%s' instead. "
                "Error: %s" % (dtype.name, arg.name, op_type, value, type(value).__name__, err)
            ) from None
        if dtype is None:
            raise
        source = inferred_from.get(arg.type_attr)
        if source is not None:
            raise TypeError(
                "Input '%s' of '%s' Op has type %s that does not match type %s of argument '%s'."
                % (arg.name, op_type, observed, dtype.name, source)
            ) from None
        raise TypeError(
            "Input '%s' of '%s' Op has type %s that does not match expected type of %s."
            % (arg.name, op_type, observed, dtype.name)
        ) from None


def _check_allowed(attr_def, dtype, arg_name, op_type):
    allowed = attr_def.allowed
    if allowed is not None and dtype not in allowed:
        names = ", ".join(d.name for d in (attr_def.allowed_order or sorted(allowed, key=str)))
        raise TypeError(
            "Value passed to parameter '%s' has DataType %s not in list of allowed values: %s"
            % (arg_name, dtype.name, names)
        )


def apply_op(op_type, inputs, attrs, name=None, graph=None):
    """Creates an op of `op_type` in the right graph and returns its output(s).

    `inputs` holds one entry per input arg (a value, or a list for list args); `attrs` the
    non-inferred attrs. Returns the Operation for ops without outputs, the Tensor for
    single-output ops, and a list of Tensors otherwise.
    """
    op_def = _REGISTRY.get(op_type)
    if op_def is None:
        raise KeyError("Op type not registered '%s'" % op_type)
    op = _create(op_def, op_type, inputs, attrs, name, graph)
    returns = op_def._returns
    if returns == _RETURNS_TENSOR:
        return op._outputs[0]
    if returns == _RETURNS_OP:
        return op
    return list(op._outputs)


def create_operation(op_type, inputs, attrs, name=None, graph=None):
    """Like apply_op but always returns the Operation."""
    op_def = get_op_def(op_type)
    return _create(op_def, op_type, inputs, attrs, name, graph)


def _create(op_def, op_type, inputs, attrs, name, graph):
    in_args = op_def.input_args
    if len(inputs) != len(in_args):
        raise TypeError("%s takes %d inputs, got %d." % (op_type, len(in_args), len(inputs)))
    # The common case, checked first: no graph given and every input is a Tensor of the
    # default graph. Inputs then need no conversion and no capture.
    if graph is None:
        stack = _context_state.graph_stack  # context.get_default_graph(), inlined
        g = stack[-1] if stack else _context.get_default_graph()
        for v in inputs:
            if type(v) is not _Tensor or v._op._graph is not g:
                local = False
                g = _ops.get_graph_from_inputs(inputs, None)
                break
        else:
            local = True
    else:
        local = False
        g = _ops.get_graph_from_inputs(inputs, graph)
    if g._finalized:
        raise RuntimeError("Graph is finalized and cannot be modified.")
    # NOTE: this thread's scope state, read as a dict: each attribute read on a threading.local
    # costs several times a dict lookup, and an op reads about eight.
    state = g._scopes.__dict__
    if name:
        if type(name) is not str or name not in _GOOD_NAMES:
            name = _checked_name(g, name)
        if name[-1] == "/":
            name = name[:-1]
        else:
            name = g._unique_name(state["name_stack"], name)
    else:
        name = g._unique_name(state["name_stack"], op_type)
    attr_defs = op_def.attr_defs
    inferred_from = {}  # type attr -> the input arg it was read from (for error messages)
    if local and not op_def._has_list_inputs:
        flat_inputs = tuple(inputs)
        for arg, t in zip(in_args, flat_inputs):
            type_attr = arg.type_attr  # exactly one of type_attr and fixed_type is set
            want = attrs.get(type_attr) if type_attr else arg.fixed_type
            if want is None:
                dt = t._dtype.base_dtype
                adef = attr_defs[type_attr]
                if adef.allowed_enums is not None and dt._type_enum not in adef.allowed_enums:
                    _check_allowed(adef, dt, arg.name, op_type)
                attrs[type_attr] = dt
                inferred_from[type_attr] = arg.name
            elif t._dtype is not want:
                _check_input_dtype(t, want, arg, op_type, inferred_from, attrs)
    else:
        flat_inputs = _convert_inputs(g, g._scopes, op_type, in_args, inputs, attrs, attr_defs,
                                      inferred_from, name)
    if len(inferred_from) != len(attr_defs):  # else every attr was read from a checked input
        _check_attrs(op_type, attrs, attr_defs, inferred_from)
    out_type_attr = op_def._out_type_attr
    out_dtypes = [attrs[out_type_attr]] if out_type_attr else _output_dtypes(op_def, attrs)
    if op_def._shape_takes_inputs_only:
        try:
            shapes = op_def.shape(*flat_inputs)
        except ValueError as err:
            raise _shape_error(err, op_type, name, flat_inputs, attrs,
                               lambda: op_def.shape(*flat_inputs)) from None
        if shapes.__class__ is TensorShape and len(out_dtypes) == 1:
            out_shapes = [shapes]
        else:
            out_shapes = _normalize_shapes(shapes, op_type, len(out_dtypes))
    else:
        out_shapes = _infer_shapes(op_def, op_type, name, in_args, flat_inputs, inputs, attrs,
                                   len(out_dtypes))
    return _finish(g, state, op_def, op_type, name, flat_inputs, attrs, out_dtypes, out_shapes)


def _checked_name(g, name):
    """`name` as a str, checked as TF checks the scope a named op opens and, for an exact name
    (ending in "/"), the node name it gives. A str in _GOOD_NAMES needs no check: a valid op
    name ending in "/" is a valid scope name, and without the "/" a valid node name."""
    if not isinstance(name, str):
        if not isinstance(name, bytes):
            raise TypeError("Op name must be a string, not %s: %r." % (type(name).__name__, name))
        name = name.decode()
    if name in _GOOD_NAMES:
        return name
    if name[-1] == "/":
        # Exact names are mostly fresh scope strings ("add_7/"): one match settles both checks.
        if not _VALID_OP_NAME.match(name):
            _check_scope_name(g, name)
            _check_node_name(g, name[:-1], absolute=True)
    else:
        _check_scope_name(g, name)
    return name


def _check_input_dtype(t, want, arg, op_type, inferred_from, attrs):
    """Raises TypeError unless Tensor `t` can feed an input of dtype `want` (a ref dtype and
    its base type are interchangeable here)."""
    if want.__class__ is not _DType:
        want = _dtypes.as_dtype(want)
    if t._dtype.base_dtype is not want.base_dtype:
        # A Tensor never converts to another dtype: this raises the error TF gives.
        _convert_input(t, want, None, arg, op_type, inferred_from, attrs)
        raise TypeError("Input '%s' of '%s' Op has type %s that does not match expected type "
                        "of %s." % (arg.name, op_type, t._dtype.name, want.name))


def _apply_attr_scopes(state, op_type, attrs):
    override = state["gradient_override"]
    if override and op_type in override:
        attrs["_gradient_op_type"] = override[op_type]
    for k, v in state["attr_scope"].items():
        attrs.setdefault(k, v)


def _finish(g, state, op_def, op_type, name, flat_inputs, attrs, out_dtypes, out_shapes):
    """Builds the Operation once its inputs, attrs and outputs are known, applying the control
    dependency, attr, gradient override, colocation and device scopes, and adds it to `g`.

    `state`: the `__dict__` of `g._scopes` (this thread's scope stacks)."""
    if state["gradient_override"] or state["attr_scope"]:
        _apply_attr_scopes(state, op_type, attrs)  # (every declared attr is set by now)
    if state["container"] and attrs.get("container", None) == "" and op_def.is_stateful:
        attrs["container"] = state["container"]
    if name in g._ops_by_name:
        # NOTE: an exact name ("x/") is not uniquified nor marked used, so it, or a later unique
        # name equal to it, can meet an existing op: TF refuses the second node.
        raise ValueError("Duplicate node name in graph: '%s'" % name)
    control_stack = state["control_stack"]
    control = _control_inputs_for(g, flat_inputs) if control_stack else ()
    # The creation site search starts above _finish and its caller (_create or _const).
    op = _Operation(g, op_type, name, flat_inputs, out_dtypes, out_shapes, attrs, control, op_def,
                    _creation_site(2))
    if state["colocation_stack"]:
        attrs["_class"] = _colocation_classes(state["colocation_stack"])
    device = state["device_cache"]
    op._device = device if device is not None else g._device_for_op(op)
    g._add_op(op)
    for controller in control_stack:
        controller.seen.add(op)
    if getattr(g, "_has_v1_control_flow", False) and flat_inputs:
        from tensorweave.ops.control_flow_v1 import check_new_op_inputs

        check_new_op_inputs(op)  # NOTE: as TF, a refused op stays in the graph
    if op._control_flow_context is not None:  # built inside a TF1 cond branch or while loop
        from tensorweave.ops.control_flow_v1 import process_new_op

        process_new_op(op._control_flow_context, op, state)
    if OP_OBSERVERS:
        for observe in OP_OBSERVERS:
            observe(op, state["name_stack"])
    return op


def _control_inputs_for(g, flat_inputs):
    return g._control_dependencies_for_inputs(set(t._op for t in flat_inputs))


def _colocation_classes(colocation_stack):
    classes = []
    for c in colocation_stack:
        for grp in c.colocation_groups():
            s = grp.decode()
            if s not in classes:
                classes.append(s)
    return sorted(classes)  # as TF: sorted(set(groups))


def _convert_inputs(g, scopes, op_type, in_args, inputs, attrs, attr_defs, inferred_from, name):
    """The input Tensors of a new op in `g`, converting values and checking dtypes.

    Fills in the type and length attrs read from the inputs."""
    # NOTE: as in TF, Python values are converted to tensors inside the op's own name scope
    # (`Add/y`), after the op's name is reserved.
    Tensor = _ops.Tensor
    saved_stack = scopes.name_stack
    if any(type(v) is not Tensor for v in inputs):
        scopes.name_stack = name
    try:
        flat_inputs = []
        for arg, value in zip(in_args, inputs):
            type_attr = arg.type_attr
            if arg.number_attr is None and arg.type_list_attr is None:
                if type(value) is Tensor and value._op._graph is g:
                    dtype = arg.fixed_type or (attrs.get(type_attr) if type_attr else None)
                    if dtype is not None and value._dtype is not dtype and \
                            value._dtype.base_dtype is not _dtypes.as_dtype(dtype).base_dtype:
                        t = _convert_input(value, _dtypes.as_dtype(dtype), None, arg, op_type,
                                           inferred_from, attrs)
                    else:
                        t = value
                else:
                    if type(value) is Tensor:
                        value = _input_from_other_graph(g, value)
                    dtype = arg.fixed_type
                    preferred = None
                    if dtype is None and type_attr is not None:
                        dtype = attrs.get(type_attr)
                        if dtype is None:
                            adef = attr_defs.get(type_attr)
                            preferred = adef.default if adef is not None else None
                        else:
                            dtype = _dtypes.as_dtype(dtype)
                    if preferred is not None and type(value) in (list, tuple) and not value \
                            and preferred is not _dtypes.float32:
                        # NOTE: TF converts an empty list first as float32 (a Const named
                        # after the input, left unused), then as the attr's default dtype
                        # ("Reshape/shape_1" for tf.reshape(x, [])).
                        _ops.convert_to_tensor(value, name=arg.name)
                    t = _convert_input(value, dtype, preferred, arg, op_type, inferred_from, attrs)
                    if t._op._graph is not g:
                        t = _input_from_other_graph(g, t)
                if type_attr is not None and type_attr not in attrs:
                    dt = t._dtype.base_dtype
                    _check_allowed(attr_defs[type_attr], dt, arg.name, op_type)
                    attrs[type_attr] = dt
                    inferred_from[type_attr] = arg.name
                elif arg.fixed_type is not None and t._dtype.base_dtype is not arg.fixed_type and not arg.is_ref:
                    if t._dtype.base_dtype is not arg.fixed_type.base_dtype:
                        raise TypeError(
                            "Input '%s' of '%s' Op has type %s that does not match expected type of %s."
                            % (arg.name, op_type, t._dtype.name, arg.fixed_type.name)
                        )
                flat_inputs.append(t)
                continue
            flat_inputs.extend(_convert_list_input(g, op_type, arg, value, attrs, attr_defs,
                                                   inferred_from))
    finally:
        scopes.name_stack = saved_stack
    return tuple(flat_inputs)


def _convert_list_input(g, op_type, arg, value, attrs, attr_defs, inferred_from):
    Tensor = _ops.Tensor
    type_attr = arg.type_attr
    if isinstance(value, Tensor) or not isinstance(value, (list, tuple)):
        raise TypeError("Expected list for '%s' argument to '%s' Op, not %r." % (arg.name, op_type, value))
    if arg.type_list_attr is not None:
        given = attrs.get(arg.type_list_attr)
        ts = []
        for i, v in enumerate(value):
            dt = _dtypes.as_dtype(given[i]) if given is not None else None
            ts.append(_convert_input(v, dt, None, arg, op_type, inferred_from, attrs,
                                     "%s_%d" % (arg.name, i)))
        if given is None:
            attrs[arg.type_list_attr] = [t._dtype.base_dtype for t in ts]
    else:
        dtype = arg.fixed_type or (attrs.get(type_attr) if type_attr else None)
        if dtype is None:
            for v in value:
                if isinstance(v, Tensor) or hasattr(v, "_as_tensor_dtype"):
                    dtype = v.dtype.base_dtype
                    break
        preferred = None
        if dtype is None and type_attr is not None and attr_defs.get(type_attr) is not None:
            preferred = attr_defs[type_attr].default
        ts = []
        try:
            for i, v in enumerate(value):
                # NOTE: list elements are named like TF's convert_n: "values_0", "values_1", ...
                t = _convert_input(v, None if dtype is None else _dtypes.as_dtype(dtype), preferred,
                                   arg, op_type, inferred_from, attrs, "%s_%d" % (arg.name, i))
                if dtype is None:
                    dtype = t._dtype.base_dtype
                ts.append(t)
        except (TypeError, ValueError):
            if arg.number_attr is None:
                raise
            if arg.fixed_type is not None:
                raise TypeError("Tensors in list passed to '%s' of '%s' Op have types [%s] that do "
                                "not match expected type %s." % (arg.name, op_type,
                                                                 _observed_types(value, arg),
                                                                 arg.fixed_type.name)) from None
            raise TypeError("Tensors in list passed to '%s' of '%s' Op have types [%s] that don't "
                            "all match." % (arg.name, op_type, _observed_types(value, arg))) from None
        if type_attr is not None and type_attr not in attrs:
            if ts:
                _check_allowed(attr_defs[type_attr], dtype, arg.name, op_type)
                attrs[type_attr] = dtype
            else:
                adef = attr_defs.get(type_attr)
                if adef is not None and adef.has_default:
                    attrs[type_attr] = adef.default
        n = arg.number_attr
        if n in attrs and attrs[n] != len(ts):
            raise ValueError("List argument '%s' to '%s' Op with length %d must have length %d."
                             % (arg.name, op_type, len(ts), attrs[n]))
        minimum = attr_defs[n].minimum if n in attr_defs else None
        if minimum is not None and len(ts) < minimum:
            raise ValueError("List argument '%s' to '%s' Op with length %d shorter than minimum "
                             "length %d." % (arg.name, op_type, len(ts), minimum))
        attrs[n] = len(ts)
    for k, t in enumerate(ts):
        if t._op._graph is not g:
            ts[k] = _input_from_other_graph(g, t)
    return ts


def _check_attrs(op_type, attrs, attr_defs, inferred_from):
    """Fills in attr defaults and checks the given attrs against their declarations."""
    for aname, adef in attr_defs.items():
        if aname not in attrs:
            if adef.has_default:
                d = adef.default
                attrs[aname] = list(d) if isinstance(d, list) else d
            else:
                raise TypeError("No argument for attr %s of op '%s'." % (aname, op_type))
            if adef.minimum is not None and adef.kind == "int":
                _check_minimum(op_type, aname, adef, attrs[aname])
        elif adef.checked and aname not in inferred_from:  # inferred: checked on its input
            _check_attr(op_type, attrs, aname, adef)


def _check_attr(op_type, attrs, aname, adef):
    kind = adef.kind
    v = attrs[aname]
    if kind == "type":
        if not isinstance(v, _dtypes.DType):
            v = attrs[aname] = _dtypes.as_dtype(v)
        if adef.allowed_enums is not None and v._type_enum not in adef.allowed_enums:
            _check_allowed(adef, v, aname, op_type)
    elif kind == "string":
        if isinstance(v, bytes):
            v = attrs[aname] = v.decode()
        if v not in adef.allowed:
            raise ValueError("Attr '%s' of '%s' Op passed string '%s' not in: %s."
                             % (aname, op_type, v, ", ".join("\"%s\"" % s for s in adef.allowed)))
    else:
        _check_minimum(op_type, aname, adef, v)


def _check_minimum(op_type, aname, adef, value):
    if value < adef.minimum:
        raise ValueError("Attr '%s' of '%s' Op passed %d less than minimum %d."
                         % (aname, op_type, value, adef.minimum))


def _output_dtypes(op_def, attrs):
    out_dtypes = []
    for arg in op_def.output_args:
        if arg.fixed_type is not None:
            dts = [arg.fixed_type]
        elif arg.type_list_attr is not None:
            dts = [_dtypes.as_dtype(d) for d in attrs[arg.type_list_attr]]
        else:
            dts = [attrs[arg.type_attr]]
        if arg.number_attr is not None:
            dts = dts * attrs[arg.number_attr]
        if arg.is_ref:
            dts = [d._as_ref for d in dts]
        out_dtypes.extend(dts)
    return out_dtypes


def _input_from_other_graph(g, t):
    # Hook for FuncGraph (framework/func_graph.py): an op built in a function body takes a
    # tensor of an enclosing graph through a captured placeholder.
    if g._building_function:
        return g.capture(t)
    raise ValueError("%s must be from the same graph as the op's other inputs." % t)


def _infer_shapes(op_def, op_type, name, in_args, flat_inputs, inputs, attrs, n_out):
    shape_args = []
    if not op_def._has_list_inputs:
        shape_args = flat_inputs
    else:
        pos = 0
        for arg, value in zip(in_args, inputs):
            if arg.is_list:
                n = attrs[arg.number_attr] if arg.number_attr else len(attrs[arg.type_list_attr])
                shape_args.append(list(flat_inputs[pos:pos + n]))
                pos += n
            else:
                shape_args.append(flat_inputs[pos])
                pos += 1
    shape_attrs = op_def._shape_attrs
    kw = {}
    try:
        if shape_attrs:
            for k in shape_attrs:
                kw[k] = attrs[k]
            shapes = op_def.shape(*shape_args, **kw)
        else:
            shapes = op_def.shape(*shape_args)
    except ValueError as err:
        raise _shape_error(err, op_type, name, flat_inputs, attrs,
                           lambda: op_def.shape(*shape_args, **kw)) from None
    return _normalize_shapes(shapes, op_type, n_out)


def _shape_error(err, op_type, name, flat_inputs, attrs, rerun):
    """The ValueError TF's shape inference gives: the message, the NodeDef summary, the input
    shapes and the constant inputs the shape function read (`rerun` calls it again to learn
    which ones: only on this error path)."""
    in_shapes = ", ".join(_shape_text(t) for t in flat_inputs)
    # TF first infers without the values of constant inputs, and only reruns with them when
    # that pass succeeds: an error found blind names no computed input tensors.
    blind_err = _run_with_constants(rerun, False)
    if isinstance(blind_err, ValueError):
        err, values, partial = blind_err, [], []
    else:
        values, partial = _requested_constants(flat_inputs, rerun)
    text = "%s for '%s' with input shapes: %s" % (
        err, _summarize_node(op_type, name, flat_inputs, attrs), in_shapes)
    if values:
        text += " and with computed input tensors: " + ", ".join(values)
    if partial:
        text += " and with input tensors computed as partial shapes: " + ",".join(partial)
    return ValueError(text + ".")


def _run_with_constants(rerun, requests):
    """Runs a shape function again with `constant_requests` set; returns what it raised."""
    state = _context._state
    state.constant_requests = requests
    try:
        rerun()
    except Exception as err:  # noqa: BLE001 -- only the error (or the requests) matter
        return err
    finally:
        state.constant_requests = None
    return None


def _requested_constants(flat_inputs, rerun):
    requests = []
    _run_with_constants(rerun, requests)
    from tensorweave.framework import tensor_util

    values, partial = [], []
    for i, t in enumerate(flat_inputs):
        kinds = {kind for kind, r in requests if r is t}
        if "shape" in kinds:
            shape = tensor_util.constant_value_as_shape(t)
            if shape.ndims is not None:
                partial.append("input[%d] = %s" % (i, _dims_text(shape)))
                continue
        if kinds:
            value = tensor_util.constant_value(t)
            if value is not None:
                values.append("input[%d] = <%s>" % (i, _summarize_value(value)))
    return values, partial


def _summarize_value(value):
    """Tensor::SummarizeValue: the elements separated by spaces, a bracket per inner row."""
    import numpy as np

    a = np.asarray(value)

    def elem(x):
        if isinstance(x, bytes):
            return x.decode("utf-8", "replace")
        if isinstance(x, (bool, np.bool_)):
            return "1" if x else "0"
        return str(x)

    def nested(x):
        if x.ndim <= 1:
            return " ".join(elem(e) for e in x.reshape(-1).tolist())
        return "".join("[%s]" % nested(row) for row in x)

    flat = a.reshape(-1)
    if a.ndim <= 1 or flat.size > 256:
        text = " ".join(elem(e) for e in flat[:256].tolist())
        return text + ("..." if flat.size > 256 else "")
    # PrintOneDim brackets every row below the outermost dimension, not the tensor as a whole.
    return nested(a)


def _summarize_node(op_type, name, flat_inputs, attrs):
    """SummarizeNodeDef: "{{node n}} = Op[attr=value, ...](input, ^control)"."""
    attr_text = ", ".join("%s=%s" % (k, _summarize_attr(attrs[k]))
                          for k in sorted(attrs) if not k.startswith("_"))
    names = []
    for t in flat_inputs:
        names.append(t._op._name if t._value_index == 0 else "%s:%d" % (t._op._name, t._value_index))
    if flat_inputs:
        g = flat_inputs[0]._op._graph
        if g._scopes.__dict__.get("control_stack"):
            names.extend("^" + op._name for op in _control_inputs_for(g, flat_inputs))
    return "{{node %s}} = %s[%s](%s)" % (name, op_type, attr_text, ", ".join(names))


def _summarize_attr(v):
    """SummarizeAttrValue, for the attr values ops are built with."""
    import numpy as np

    if isinstance(v, _dtypes.DType):
        from tensorweave.protos import types_pb2

        return types_pb2.DataType.Name(v.as_datatype_enum)
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return _float_text(v)
    if isinstance(v, bytes):
        return '"%s"' % v.decode("utf-8", "backslashreplace")
    if isinstance(v, str):
        return '"%s"' % v
    if isinstance(v, TensorShape):
        return "<unknown>" if v.ndims is None else _dims_text(v)
    if isinstance(v, (list, tuple)):
        return "[%s]" % ", ".join(_summarize_attr(e) for e in v)
    if hasattr(v, "name") and isinstance(getattr(v, "name"), str):  # a function
        return v.name
    return str(v)


def _float_text(v):
    """FloatToBuffer: "%g" with 6 digits, or 9 when 6 do not round-trip (1 -> "1", 0.1 -> "0.1")."""
    import numpy as np

    f = np.float32(v)
    text = "%.6g" % f
    if np.float32(text) != f and not np.isnan(f):
        text = "%.9g" % f
    return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(text, text)


def _dims_text(shape):
    return "[" + ",".join("?" if d is None else str(d) for d in shape.as_list()) + "]"


def _normalize_shapes(shapes, op_type, n_out):
    """A shape function's result as a list of one TensorShape per output."""
    if isinstance(shapes, TensorShape):
        shapes = [shapes]
    elif shapes is None:
        shapes = [TensorShape(None)] * n_out
    if len(shapes) != n_out:
        if len(shapes) == 1 and n_out > 1:
            shapes = list(shapes) * n_out
        else:
            raise AssertionError("shape function of %s returned %d shapes for %d outputs"
                                 % (op_type, len(shapes), n_out))
    return [s if isinstance(s, TensorShape) else TensorShape(s) for s in shapes]


def _shape_text(t):
    s = t._shape
    if s.ndims is None:
        return "?"
    return "[" + ",".join("?" if d is None else str(d) for d in s.as_list()) + "]"
