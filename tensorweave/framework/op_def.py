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

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.tensor_shape import TensorShape

_REGISTRY = {}
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
    "numbertype": "float, double, int32, uint8, int16, int8, complex64, int64, bfloat16, uint16, "
                  "complex128, half, uint32, uint64",
    "floattype": "half, bfloat16, float, double",
    "inttype": "int8, int16, int32, int64, uint8, uint16, uint32, uint64",
}


def _dtype_from_schema(name):
    name = name.strip()
    if name.startswith("DT_"):
        name = name[3:].lower()
    return _dtypes.as_dtype(_TYPE_NAMES.get(name, name))


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
    __slots__ = ("name", "kind", "default", "allowed", "minimum", "has_default")

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
        self.allowed = None
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
                self.allowed = frozenset(_dtype_from_schema(s) for s in expanded)
        else:
            self.kind = rest
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


def gradient_of(op_def):
    """The declared gradient: a callable, None (not differentiable), or _MISSING."""
    return getattr(type(op_def), "grad", _MISSING)


# ------------------------------------------------------------------- apply_op
def _convert_input(value, dtype, preferred, arg, op_type, inferred_from, attrs):
    try:
        return _ops.convert_to_tensor(value, dtype=dtype, preferred_dtype=preferred,
                                      name=arg.name, as_ref=arg.is_ref)
    except (TypeError, ValueError) as err:
        if dtype is None:
            raise
        try:
            observed = _ops.convert_to_tensor(value, as_ref=arg.is_ref).dtype.name
        except (TypeError, ValueError):
            raise TypeError(
                "Expected %s passed to parameter '%s' of op '%s', got %r of type '%s' instead. "
                "Error: %s" % (dtype.name, arg.name, op_type, value, type(value).__name__, err)
            ) from None
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
        names = ", ".join(sorted(d.name for d in allowed))
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
    outs = op._outputs
    n_out = len(op_def.output_args)
    if n_out == 0:
        return op
    if n_out == 1 and not op_def.output_args[0].is_list:
        return outs[0]
    return list(outs)


def create_operation(op_type, inputs, attrs, name=None, graph=None):
    """Like apply_op but always returns the Operation."""
    op_def = get_op_def(op_type)
    return _create(op_def, op_type, inputs, attrs, name, graph)


def _create(op_def, op_type, inputs, attrs, name, graph):
    in_args = op_def.input_args
    if len(inputs) != len(in_args):
        raise TypeError("%s takes %d inputs, got %d." % (op_type, len(in_args), len(inputs)))
    g = _ops.get_graph_from_inputs(inputs, graph)
    if g._finalized:
        raise RuntimeError("Graph is finalized and cannot be modified.")
    attr_defs = op_def.attr_defs
    inferred_from = {}
    # name
    scopes = g._scopes
    if name:
        if not isinstance(name, str):
            name = name.decode() if isinstance(name, bytes) else str(name)
        if name[-1] == "/":
            name = name[:-1]
        else:
            name = g.unique_name(name)
    else:
        name = g.unique_name(op_type)
    # NOTE: as in TF, Python values are converted to tensors inside the op's own name scope
    # (`Add/y`), after the op's name is reserved.
    saved_stack = scopes.name_stack
    if any(type(v) is not _ops.Tensor for v in inputs):
        scopes.name_stack = name
    try:
        flat_inputs = []
        Tensor = _ops.Tensor
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
            # list arguments
            if isinstance(value, Tensor) or not isinstance(value, (list, tuple)):
                raise TypeError("Expected list for '%s' argument to '%s' Op, not %r." % (arg.name, op_type, value))
            if arg.type_list_attr is not None:
                given = attrs.get(arg.type_list_attr)
                ts = []
                for i, v in enumerate(value):
                    dt = _dtypes.as_dtype(given[i]) if given is not None else None
                    ts.append(_convert_input(v, dt, None, arg, op_type, inferred_from, attrs))
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
                for v in value:
                    t = _convert_input(v, None if dtype is None else _dtypes.as_dtype(dtype), preferred,
                                       arg, op_type, inferred_from, attrs)
                    if dtype is None:
                        dtype = t._dtype.base_dtype
                    ts.append(t)
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
                attrs[n] = len(ts)
            for k, t in enumerate(ts):
                if t._op._graph is not g:
                    ts[k] = _input_from_other_graph(g, t)
            flat_inputs.extend(ts)
    finally:
        scopes.name_stack = saved_stack
    # attrs: defaults and checks
    for aname, adef in attr_defs.items():
        if aname not in attrs:
            if adef.has_default:
                d = adef.default
                attrs[aname] = list(d) if isinstance(d, list) else d
            else:
                raise TypeError("No argument for attr %s of op '%s'." % (aname, op_type))
        elif adef.kind == "type":
            v = attrs[aname]
            if not isinstance(v, _dtypes.DType):
                v = attrs[aname] = _dtypes.as_dtype(v)
            _check_allowed(adef, v, aname, op_type)
        elif adef.allowed is not None and adef.kind == "string":
            v = attrs[aname]
            if isinstance(v, bytes):
                v = attrs[aname] = v.decode()
            if v not in adef.allowed:
                raise ValueError("Attr '%s' of '%s' Op passed string '%s' not in: %s."
                                 % (aname, op_type, v, ", ".join("\"%s\"" % s for s in adef.allowed)))
        if adef.minimum is not None and adef.kind == "int" and attrs[aname] < adef.minimum:
            raise ValueError("Attr '%s' of '%s' Op passed %d less than minimum %d."
                             % (aname, op_type, attrs[aname], adef.minimum))
    # output dtypes
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
    override = scopes.gradient_override
    if override and op_type in override:
        attrs["_gradient_op_type"] = override[op_type]
    if scopes.attr_scope:
        for k, v in scopes.attr_scope.items():
            attrs.setdefault(k, v)
    # static shapes
    out_shapes = _infer_shapes(op_def, op_type, name, in_args, flat_inputs, inputs, attrs, len(out_dtypes))
    control = g._control_dependencies_for_inputs(set(t._op for t in flat_inputs)) \
        if scopes.control_stack else ()
    op = _ops.Operation(g, op_type, name, tuple(flat_inputs), out_dtypes, out_shapes, attrs,
                        control, op_def)
    if scopes.colocation_stack:
        classes = []
        for c in scopes.colocation_stack:
            for grp in c.colocation_groups():
                s = grp.decode()
                if s not in classes:
                    classes.append(s)
        attrs["_class"] = classes
    op._device = g._device_for_op(op)
    g._add_op(op)
    return op


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
                shape_args.append(flat_inputs[pos:pos + n])
                pos += n
            else:
                shape_args.append(flat_inputs[pos])
                pos += 1
    kw = {k: attrs[k] for k in op_def._shape_attrs} if op_def._shape_attrs else {}
    try:
        shapes = op_def.shape(*shape_args, **kw)
    except ValueError as err:
        in_shapes = ", ".join(_shape_text(t) for t in flat_inputs)
        raise ValueError("%s for '{{node %s}} = %s' with input shapes: %s."
                         % (str(err).rstrip("."), name, op_type, in_shapes)) from None
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
