"""tf.import_graph_def: GraphDef protos (written here or by TensorFlow) into the default graph.

Nodes are created with their exact names under an import scope ("import/" by default), in
dependency order whatever their order in the file; attrs are converted back to Python values,
attrs missing from the NodeDef get the defaults of our declarations, and attrs TensorFlow adds
(`_class`, `_output_shapes`, ...) are kept. TF1 control flow (Switch/Merge conds, Enter/Exit
while loops) is first rewritten into functional If/While ops by `functionalize`, and the
function library becomes FuncGraphs, built once per import.
"""

import heapq

from tensorweave.framework import context, errors, op_def, proto_convert
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.device_spec import canonical_device, merge_device_strings
from tensorweave.framework.tensor_shape import TensorShape

# TF's DataTypeString names, used in import error messages.
_TF_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half"}


def _type_text(dtype):
    name = dtype.name
    ref = name.endswith("_ref")
    base = name[:-4] if ref else name
    return _TF_TYPE_NAMES.get(base, base) + ("_ref" if ref else "")


class Node:
    """A NodeDef being imported: inputs as (source name, output index), attrs as AttrValues."""

    __slots__ = ("attrs", "controls", "device", "inputs", "name", "op", "order")

    def __init__(self, name, op_type, inputs=(), controls=(), device="", attrs=None, order=0):
        self.name = name
        self.op = op_type
        self.inputs = list(inputs)
        self.controls = list(controls)
        self.device = device
        self.attrs = {} if attrs is None else attrs
        self.order = order

    @classmethod
    def from_node_def(cls, nd, order):
        inputs, controls = [], []
        for s in nd.input:
            if s.startswith("^"):
                controls.append(s[1:])
            elif controls:
                raise ValueError("Node '%s': Control dependencies must come after regular "
                                 "dependencies (data input '%s' follows '^%s')"
                                 % (nd.name, s, controls[-1]))
            else:
                inputs.append(parse_tensor_name(s))
        return cls(nd.name, nd.op, inputs, controls, nd.device, dict(nd.attr), order)

    def __repr__(self):
        return "<Node %s = %s>" % (self.name, self.op)


def parse_tensor_name(s):
    """"x" -> ("x", 0); "x:1" -> ("x", 1)."""
    name, sep, idx = s.rpartition(":")
    if sep and idx.isdigit():
        return name, int(idx)
    return s, 0


# Op types that only GraphDefs written by TensorFlow use, declared in modules loaded on first
# need so that importing tensorweave does not pay for them.
_TF1_DATA_FLOW = "tensorweave.ops.tf1_data_flow_ops"
LAZY_OP_MODULES = {name: _TF1_DATA_FLOW for name in (
    "StackV2", "StackPushV2", "StackPopV2", "StackCloseV2", "TensorArrayV3", "TensorArrayGradV3",
    "TensorArrayGradWithShape", "TensorArrayWriteV3", "TensorArrayReadV3", "TensorArrayGatherV3",
    "TensorArrayScatterV3", "TensorArrayConcatV3", "TensorArraySplitV3", "TensorArraySizeV3",
    "TensorArrayCloseV3")}


def lookup_op_def(node):
    try:
        return op_def.get_op_def(node.op)
    except KeyError:
        module = LAZY_OP_MODULES.get(node.op)
        if module is not None:
            import importlib

            importlib.import_module(module)
            return op_def.get_op_def(node.op)
        raise errors.NotFoundError(
            None, None,
            "Op type not registered '%s' in binary running on tensorweave (node '%s'). Make sure "
            "the Op and Kernel are registered in the binary running in this process."
            % (node.op, node.name)) from None


def python_attrs(node, opdef, resolve_function=None):
    """The node's attrs as Python values, with declared defaults filled in."""
    try:
        attrs = {k: proto_convert.attr_from_proto(v, resolve_function) for k, v in node.attrs.items()}
    except ValueError as err:  # e.g. a tensor attr too large or inconsistent to load
        raise ValueError("Cannot import node '%s' (%s): %s" % (node.name, node.op, err)) from None
    for name, adef in opdef.attr_defs.items():
        if name in attrs:
            continue
        if not adef.has_default:
            raise ValueError("NodeDef missing attr '%s' from Op<name=%s>; NodeDef: {{node %s}}"
                             % (name, node.op, node.name))
        d = adef.default
        attrs[name] = list(d) if isinstance(d, list) else d
    return attrs


def _arg_count(arg, attrs):
    if arg.number_attr is not None:
        return int(attrs[arg.number_attr])
    if arg.type_list_attr is not None:
        return len(attrs[arg.type_list_attr])
    return 1


def _arg_dtypes(arg, attrs):
    if arg.type_list_attr is not None:
        dts = [_dtypes.as_dtype(t) for t in attrs[arg.type_list_attr]]
    else:
        dt = arg.fixed_type if arg.fixed_type is not None else attrs[arg.type_attr]
        dts = [_dtypes.as_dtype(dt)] * (int(attrs[arg.number_attr]) if arg.number_attr else 1)
    if arg.is_ref:
        dts = [d._as_ref for d in dts]
    return dts


def output_dtypes(node, opdef=None, attrs=None):
    """The dtypes of a node's outputs, from its declaration and attrs (no op is built)."""
    opdef = opdef or lookup_op_def(node)
    if attrs is None:
        attrs = python_attrs(node, opdef, resolve_function=lambda f: f)
    out = []
    for arg in opdef.output_args:
        out.extend(_arg_dtypes(arg, attrs))
    return out


# --------------------------------------------------------------------- building
def toposort(nodes, ignore=None):
    """Nodes ordered after their inputs, otherwise in file order; ValueError on cycles."""
    by_name = {n.name: n for n in nodes}
    pending = {}
    consumers = {}
    for n in nodes:
        deps = set()
        for src, idx in n.inputs:
            if ignore is not None and (src, idx) in ignore:
                continue
            if src in by_name:
                deps.add(src)
        for c in n.controls:
            if c in by_name and not (ignore is not None and ("^", c) in ignore):
                deps.add(c)
        pending[n.name] = len(deps)
        for d in deps:
            consumers.setdefault(d, []).append(n)
    ready = [(n.order, i, n) for i, n in enumerate(nodes) if pending[n.name] == 0]
    heapq.heapify(ready)
    out = []
    index = {n.name: i for i, n in enumerate(nodes)}
    while ready:
        _, _, n = heapq.heappop(ready)
        out.append(n)
        for c in consumers.get(n.name, ()):
            pending[c.name] -= 1
            if pending[c.name] == 0:
                heapq.heappush(ready, (c.order, index[c.name], c))
    if len(out) != len(nodes):
        raise ValueError("%d nodes in a cycle" % _count_on_cycles(nodes, out, consumers))
    return out


def _count_on_cycles(nodes, done, consumers):
    """How many unsorted nodes lie on cycles (not merely downstream of one)."""
    left = {n.name for n in nodes} - {n.name for n in done}
    changed = True
    while changed:
        changed = False
        for name in list(left):
            if not any(c.name in left for c in consumers.get(name, ())):
                left.discard(name)
                changed = True
    return len(left)


def _claim_name(graph, full_name):
    """Marks `full_name` used (uniquified like TF when it is taken) and returns it."""
    scopes = graph._scopes
    saved = scopes.name_stack
    scopes.name_stack = ""
    try:
        return graph.unique_name(full_name)
    finally:
        scopes.name_stack = saved


def build_nodes(graph, nodes, prefix="", input_map=None, resolve_function=None,
                extra_controls=(), default_device=None):
    """Creates ops for `nodes` in `graph`; returns {node name: Operation}.

    `input_map` maps (name, index) or ("^", name) to Tensors/Operations replacing those
    inputs. `resolve_function(NameAttrList)` turns function attrs into FuncGraphs.
    """
    input_map = input_map or {}
    for n in nodes:
        lookup_op_def(n)  # unknown op types fail before anything is created
    names = {n.name for n in nodes}
    built = {}
    by_name = {n.name: n for n in nodes}
    # A TF1 loop's back edges (NextIteration -> Merge) close cycles: each such Merge is built
    # with its first input in their place, and they are connected once everything exists.
    back = {(src, idx) for n in nodes if n.op in ("Merge", "RefMerge") for src, idx in n.inputs
            if src in by_name and by_name[src].op in ("NextIteration", "RefNextIteration")
            and (src, idx) not in input_map}
    ordered = toposort(nodes, {**input_map, **dict.fromkeys(back)} if back else input_map)
    pending_edges = []
    for n in ordered:
        node_map = input_map
        if back and n.op in ("Merge", "RefMerge"):
            edges = [(pos, ref) for pos, ref in enumerate(n.inputs) if ref in back]
            forward = [ref for ref in n.inputs if ref not in back]
            if edges and forward:
                node_map = dict(input_map)
                stand_in = _resolve_input(n, forward[0][0], forward[0][1], built, input_map, prefix)
                for pos, ref in edges:
                    node_map[ref] = stand_in
                    pending_edges.append((n.name, pos, ref))
        built[n.name] = _build_one(graph, n, prefix, names, built, node_map, resolve_function,
                                   extra_controls, default_device)
    for name, pos, (src, idx) in pending_edges:
        built[name]._update_input(pos, _resolve_input(by_name[name], src, idx, built, input_map,
                                                      prefix))
    return built


def _resolve_input(n, src, idx, built, input_map, prefix):
    mapped = input_map.get((src, idx))
    if mapped is not None:
        return mapped
    op = built.get(src)
    if op is None:
        raise ValueError("Node '%s': Unknown input node '%s'" % (n.name, src if not idx else
                                                                 "%s:%d" % (src, idx)))
    if idx >= len(op._outputs):
        raise ValueError("Node '%s': Connecting to invalid output %d of source node %s which has "
                         "%d outputs." % (n.name, idx, src, len(op._outputs)))
    return op._outputs[idx]


def _build_one(graph, n, prefix, names, built, input_map, resolve_function, extra_controls,
               default_device):
    opdef = lookup_op_def(n)
    attrs = python_attrs(n, opdef, resolve_function)
    full_name = prefix + n.name
    # Data inputs, grouped per input arg, with TF's type checks.
    counts = [_arg_count(arg, attrs) for arg in opdef.input_args]
    if sum(counts) != len(n.inputs):
        expected = ", ".join(_type_text(d) for arg in opdef.input_args for d in _arg_dtypes(arg, attrs))
        raise ValueError("NodeDef expected inputs '%s' do not match %d inputs specified; Op<name=%s>; "
                         "NodeDef: {{node %s}}" % (expected, len(n.inputs), n.op, full_name))
    grouped = []
    pos = 0
    loose_refs = getattr(opdef, "forwards_refs", False)  # If/While take values or references
    for arg, count in zip(opdef.input_args, counts):
        expected = _arg_dtypes(arg, attrs)
        ts = []
        for k in range(count):
            src, idx = n.inputs[pos]
            t = _resolve_input(n, src, idx, built, input_map, prefix)
            want = expected[k]
            if arg.is_ref and not loose_refs:
                ok = t.dtype is want
            else:
                ok = t.dtype.base_dtype is want.base_dtype
            if not ok:
                raise ValueError("Input %d of node %s was passed %s from %s incompatible with expected "
                                 "%s." % (pos, full_name, _type_text(t.dtype), t.name, _type_text(want)))
            ts.append(t)
            pos += 1
        grouped.append(ts if arg.is_list else ts[0])
    controls = []
    for c in n.controls:
        mapped = input_map.get(("^", c))
        if mapped is not None:
            op = mapped if isinstance(mapped, _ops.Operation) else mapped.op
        else:
            op = built.get(c)
            if op is None:
                raise ValueError("Node '%s': Unknown input node '^%s'" % (n.name, c))
        if op not in controls:
            controls.append(op)
    for op in extra_controls:
        if op not in controls:
            controls.append(op)
    cls = attrs.get("_class")
    if prefix and isinstance(cls, list):
        attrs["_class"] = [_prefix_colocation(s, prefix, names) for s in cls]
    name = _claim_name(graph, full_name)
    scopes = graph._scopes
    saved = scopes.control_stack, scopes.colocation_stack, scopes.attr_scope
    scopes.control_stack, scopes.colocation_stack, scopes.attr_scope = [], [], {}
    try:
        op = op_def._create(opdef, n.op, grouped, attrs, name + "/", graph)
    except (TypeError, ValueError) as err:
        raise ValueError("Cannot import node '%s' (%s): %s" % (full_name, n.op, err)) from None
    finally:
        scopes.control_stack, scopes.colocation_stack, scopes.attr_scope = saved
    for c in controls:  # a new op: no version bump, as if created with them
        if c not in op._control_inputs:
            op._append_control_input(c)
    if n.device:
        op._device = canonical_device(n.device)
        if default_device is not None:  # the node's own fields win; the scope fills the rest
            op._device = merge_device_strings(default_device, op._device)
    elif default_device is not None:
        op._device = default_device
    _refine_shapes(op, attrs.get("_output_shapes"))
    _refine_functional_shapes(op, attrs)
    return op


def _refine_functional_shapes(op, attrs):
    """Static shapes of If/While outputs from their function bodies (TF1 rewrites write none)."""
    kind = op._type
    if kind in ("If", "StatelessIf"):
        branches = [attrs.get("then_branch"), attrs.get("else_branch")]
        firsts = None
    elif kind in ("While", "StatelessWhile"):
        branches = [attrs.get("body")]
        firsts = [t._shape for t in op._inputs]
    else:
        return
    outs = [getattr(b, "outputs", None) for b in branches]
    if any(o is None or len(o) != len(op._outputs) for o in outs):
        return
    for k, t in enumerate(op._outputs):
        if t._shape.ndims is not None:
            continue
        shapes = [o[k]._shape for o in outs] + ([firsts[k]] if firsts else [])
        merged = shapes[0]
        for s in shapes[1:]:
            merged = merged.most_specific_compatible_shape(s)
        t._shape = merged


def _prefix_colocation(s, prefix, names):
    text = s.decode() if isinstance(s, bytes) else s
    if text.startswith("loc:@") and text[5:] in names:
        return "loc:@" + prefix + text[5:]
    return text


def _refine_shapes(op, shapes):
    if not isinstance(shapes, list) or len(shapes) != len(op._outputs):
        return
    for t, s in zip(op._outputs, shapes):
        if isinstance(s, TensorShape) and t._shape.is_compatible_with(s):
            t._shape = t._shape.merge_with(s)


# ------------------------------------------------------------------ public API
def _check_arguments(graph_def, input_map, return_elements):
    from tensorweave.protos import graph_pb2

    if not isinstance(graph_def, graph_pb2.GraphDef):
        if type(graph_def).__name__ == "GraphDef" and hasattr(graph_def, "SerializeToString"):
            converted = graph_pb2.GraphDef()
            converted.ParseFromString(graph_def.SerializeToString())
            graph_def = converted
        else:
            raise TypeError("Argument `graph_def` must be a GraphDef proto.")
    if input_map is None:
        input_map = {}
    elif not isinstance(input_map, dict):
        raise TypeError("Argument `input_map` must be a dictionary. Obtained %s" % type(input_map).__name__)
    bad = [k for k in input_map if not isinstance(k, str)]
    if bad:
        raise TypeError("All keys for argument `input_map` must be strings. Obtained keys: %s" % bad)
    if return_elements is not None:
        return_elements = list(return_elements)
        if not all(isinstance(x, str) for x in return_elements):
            raise TypeError("Argument `return_elements` must be a list of strings. Obtained %s."
                            % return_elements)
    return graph_def, input_map, return_elements


def import_graph_def(graph_def, input_map=None, return_elements=None, name=None, op_dict=None,
                     producer_op_list=None):
    """Imports `graph_def` into the default graph (see module docstring).

    Returns the Tensors/Operations named in `return_elements` ("op:0" for a tensor, "op" for an
    operation), or None when it is None.
    """
    graph_def, input_map, return_elements = _check_arguments(graph_def, input_map, return_elements)
    graph = context.get_default_graph()
    # As in TF, the import scope is taken before the graph_def is checked against input_map and
    # return_elements: a failed import still uses up its name.
    with _import_scope(graph, name) as prefix:
        built, aliases = _import_nodes(graph, graph_def, input_map, return_elements, prefix)
    if return_elements is None:
        return None
    return [_return_element(x, built, aliases) for x in return_elements]


def _import_nodes(graph, graph_def, input_map, return_elements, prefix):
    from tensorweave.framework import functionalize

    nodes = []
    seen = set()
    for i, nd in enumerate(graph_def.node):
        if nd.name in seen:
            raise ValueError("Node '%s' is not unique" % nd.name)
        seen.add(nd.name)
        nodes.append(Node.from_node_def(nd, i))
    by_name = {n.name: n for n in nodes}
    mapped_keys = _input_map_keys(input_map, by_name)
    if return_elements:
        _check_return_elements(return_elements, by_name)
    library = FunctionLibrary(graph_def.library)
    # TF1 control flow becomes functional If/While ops where it forms recognisable conds and
    # loops. Otherwise (or when input_map replaces a tensor inside one) it is imported as it
    # is: sessions run TF1's dataflow primitives directly (runtime/dataflow.py).
    try:
        rewritten, aliases = functionalize.functionalize(nodes, library)
    except ValueError:
        rewritten, aliases = nodes, {}
    if len(rewritten) != len(by_name) or aliases:
        remaining = {n.name for n in rewritten}
        if not any((k[1:] if src == "^" else src) not in remaining
                   for k, (src, _) in mapped_keys.items()):
            nodes = rewritten
        else:
            aliases = {}
    converted = _convert_input_map(graph, input_map, mapped_keys, prefix)
    scopes = graph._scopes
    extra_controls = [c for ctl in scopes.control_stack for c in ctl.control_inputs]
    default_device = scopes.device_cache if scopes.device_cache else None
    library.target_graph = graph
    built = build_nodes(graph, nodes, prefix, converted, library.resolve, extra_controls,
                        default_device)
    return built, aliases


class _NullScope:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


def _import_scope(graph, name):
    if name is not None and not name:
        return _NullScope("")
    if name is not None and not isinstance(name, str):
        if not isinstance(name, bytes):
            raise TypeError("import_graph_def name must be a string, got %s" % type(name).__name__)
        name = name.decode()
    if name is not None and not graph._scopes.name_stack and name[-1] != "/":
        from tensorweave.framework.graph import _VALID_OP_NAME

        if not _VALID_OP_NAME.match(name):
            raise ValueError("'%s' is not a valid root scope name. A root scope name has to match "
                             "the following pattern: %s" % (name, _VALID_OP_NAME.pattern))
    return graph.name_scope(name or "import")


def _input_map_keys(input_map, by_name):
    keys = {}
    missing = []
    for key in input_map:
        if key.startswith("^"):
            parsed = ("^", key[1:])
            found = key[1:] in by_name
        else:
            parsed = parse_tensor_name(key)
            found = parsed[0] in by_name and parsed[1] < _output_count(by_name[parsed[0]])
        if not found:
            missing.append(key)
        keys[key] = parsed
    if missing:
        raise ValueError("Attempted to map inputs that were not found in graph_def: [%s]"
                         % ", ".join(missing))
    return keys


def _output_count(node):
    """How many outputs `node` has; a large number when that cannot be told yet (the build
    reports unknown ops and bad attrs itself)."""
    try:
        return len(output_dtypes(node))
    except Exception:  # noqa: BLE001 - any failure here is reported, better worded, later
        return 1 << 30


def _convert_input_map(graph, input_map, keys, prefix):
    out = {}
    for key, value in input_map.items():
        parsed = keys[key]
        # NOTE: as in TF, every value (a "^op" key's too) must convert to a Tensor; a "^op"
        # key is remapped to that tensor's op.
        if not isinstance(value, _ops.Tensor):
            with graph.name_scope("_inputs"):
                value = _ops.convert_to_tensor(value)
        elif value.graph is not graph:
            raise ValueError("input_map value %s for key '%s' is not an element of this graph."
                             % (value.name, key))
        out[parsed] = value
    return out


def _check_return_elements(return_elements, by_name):
    for x in return_elements:
        if ":" in x:
            src, _ = parse_tensor_name(x)
            if src not in by_name:
                raise ValueError("Requested return tensor '%s' not found in graph def" % x)
        elif x not in by_name:
            raise ValueError("Requested return node '%s' not found in graph def" % x)


def _return_element(x, built, aliases):
    if ":" in x:
        src, idx = parse_tensor_name(x)
        if (src, idx) in aliases:
            src, idx = aliases[(src, idx)]
        op = built.get(src)
        if op is None:
            raise ValueError("Requested return tensor '%s' is inside a TF1 control-flow frame that "
                             "was imported as a functional If/While op." % x)
        if idx >= len(op._outputs):
            raise ValueError("Invalid return output %d of node '%s', which has %d output(s)"
                             % (idx, src, len(op._outputs)))
        return op._outputs[idx]
    op = built.get(aliases.get(x, x))
    if op is None:
        raise ValueError("Requested return node '%s' is inside a TF1 control-flow frame that was "
                         "imported as a functional If/While op." % x)
    return op


# ------------------------------------------------------------------- functions
class FunctionSpec:
    """A function to build: arg placeholders (Node names), body nodes and result tensors."""

    __slots__ = ("arg_shapes", "args", "name", "nodes", "outputs")

    def __init__(self, name, args, nodes, outputs, arg_shapes=None):
        self.name = name
        self.args = args  # [(node name, DType)]
        self.nodes = nodes  # Nodes, not including the args
        self.outputs = outputs  # [(node name, index)]
        self.arg_shapes = arg_shapes or {}


class FunctionLibrary:
    """The functions of one import: FunctionDefs of the GraphDef and generated ones."""

    def __init__(self, library_proto=None):
        self.defs = {}
        self.specs = {}
        self.built = {}
        self.target_graph = None
        if library_proto is not None:
            for fd in library_proto.function:
                self.defs[fd.signature.name] = fd

    def unique_name(self, base):
        name, i = base, 0
        while name in self.defs or name in self.specs:
            i += 1
            name = "%s_%d" % (base, i)
        return name

    def add_spec(self, spec):
        self.specs[spec.name] = spec

    def spec(self, name):
        spec = self.specs.get(name)
        if spec is None:
            fd = self.defs.get(name)
            if fd is None:
                raise errors.NotFoundError(None, None, "Function '%s' is not defined in the graph's "
                                                       "function library." % name)
            from tensorweave.framework import function_io

            spec = self.specs[name] = function_io.spec_from_function_def(fd)
        return spec

    def resolve(self, func):
        """A func attr (NameAttrList or name) -> the FuncGraph built for it."""
        name = func if isinstance(func, str) else func.name
        fg = self.built.get(name)
        if fg is None:
            from tensorweave.framework import function_io

            fg = self.built[name] = function_io.build_func_graph(self.spec(name), self)
        return fg
