"""Graphs to TensorFlow's protos: NodeDef, GraphDef (with a function library) and FunctionDef.

`node_def_of(op)` and `as_graph_def(graph)` write exactly what TensorFlow writes for the same
graph (names, inputs "x", "x:1", "^ctrl", canonical devices, every attr including defaults), so
the files load in TensorFlow. Function-valued attrs (the branches of If, the cond and body of
While) reference FuncGraphs; `as_graph_def` puts each one, recursively, into
`library.function` as a FunctionDef.

Importing this module imports protobuf; `Operation.node_def` and `Graph.as_graph_def` import
it lazily.
"""

import re

from tensorweave.framework import proto_convert
from tensorweave.protos import function_pb2, graph_pb2, node_def_pb2, versions_pb2

# TensorFlow 2.21's GraphDef version: the producer TF writes and the oldest consumer it needs.
GRAPH_DEF_VERSION = 2474
GRAPH_DEF_VERSION_MIN_CONSUMER = 0

# Attrs TensorFlow's runtime adds to nodes, with their kinds (they have no declaration).
INTERNAL_ATTR_KINDS = {
    "_class": "list(string)",
    "_output_shapes": "list(shape)",
    "_has_manual_control_dependencies": "bool",
    "_read_only_resource_inputs": "list(int)",
    "_lower_using_switch_merge": "bool",
    "_num_original_outputs": "int",
}


def versions_proto():
    v = versions_pb2.VersionDef()
    v.producer = GRAPH_DEF_VERSION
    v.min_consumer = GRAPH_DEF_VERSION_MIN_CONSUMER
    return v


def _attr_kind(op_def, name):
    if op_def is not None:
        adef = op_def.attr_defs.get(name)
        if adef is not None:
            return adef.kind
    return INTERNAL_ATTR_KINDS.get(name)


def fill_node_def(op, nd, on_function=None, input_name=None, sort_control=False):
    """Writes `op` into the NodeDef `nd`; `input_name(tensor)` overrides input naming.

    `sort_control` orders the "^ctrl" inputs by name, as TensorFlow's GraphDef export does
    (Operation.node_def keeps them in the order they were added).
    """
    nd.name = op._name
    nd.op = op._type
    if input_name is None:
        nd.input.extend(t._as_node_def_input() for t in op._inputs)
    else:
        nd.input.extend(input_name(t) for t in op._inputs)
    controls = ["^" + c._name for c in op._control_inputs]
    nd.input.extend(sorted(controls) if sort_control else controls)
    if op._device:
        nd.device = op._device
    op_def = op._op_def
    for key, value in op._attrs.items():
        if value is None:
            continue
        proto_convert.attr_to_proto(value, _attr_kind(op_def, key), nd.attr[key], on_function)
    return nd


def node_def_of(op):
    """Operation.node_def: the NodeDef TensorFlow writes for `op`."""
    return fill_node_def(op, node_def_pb2.NodeDef())


def graph_def_versions(graph=None):
    """Graph.graph_def_versions: the VersionDef of GraphDefs written from this graph."""
    return versions_proto()


def as_graph_def(graph, from_version=None, add_shapes=False):
    """Graph.as_graph_def: every op (created after `from_version` when given) as a GraphDef.

    With `add_shapes`, each node that has outputs gets an `_output_shapes` attr listing their
    static shapes. FuncGraphs referenced by function attrs go into `library.function`.
    """
    gd = graph_pb2.GraphDef()
    gd.versions.CopyFrom(versions_proto())
    library = _Library()
    for op in list(graph._ops):
        if from_version is not None and op._id <= from_version:
            continue
        nd = fill_node_def(op, gd.node.add(), library.add, sort_control=True)
        if add_shapes and op._outputs:
            nd.attr["_output_shapes"].Clear()  # an imported node may carry one already
            proto_convert.attr_to_proto([t._shape for t in op._outputs], "list(shape)",
                                        nd.attr["_output_shapes"])
    library.write(gd.library, add_shapes)
    return gd


# ----------------------------------------------------------------- functions
class _Library:
    """Collects the functions referenced by func attrs, in first-seen order, recursively."""

    def __init__(self):
        self.functions = {}  # library name -> FuncGraph (or FunctionDef proto)
        self.names = {}  # id(FuncGraph) -> library name

    def add(self, func):
        """Registers a function; returns the name it has in the library."""
        name = proto_convert._func_name(func)
        if not hasattr(func, "get_operations"):
            definition = getattr(func, "definition", None)  # a holder of a ready FunctionDef
            if definition is not None and name not in self.functions:
                self.functions[name] = definition
            return name
        known = self.names.get(id(func))
        if known is not None:
            return known
        # Two different FuncGraphs with one name (an imported library and functions built
        # here): the later one is stored under a fresh name.
        unique, i = name, 0
        while unique in self.functions:
            i += 1
            unique = "%s_%d" % (name, i)
        self.functions[unique] = func
        self.names[id(func)] = unique
        return unique

    def write(self, library_proto, add_shapes=False):
        done = set()
        while len(done) < len(self.functions):
            for name, func in list(self.functions.items()):
                if name in done:
                    continue
                done.add(name)
                fd = library_proto.function.add()
                if isinstance(func, function_pb2.FunctionDef):
                    fd.CopyFrom(func)
                else:
                    function_def_of(func, fd, self.add, add_shapes)
                    fd.signature.name = name


_ARG_NAME_BAD = re.compile(r"[^a-z0-9_]")


def _arg_name(text, used):
    """A valid, unused FunctionDef arg name (TF requires [a-z][a-z0-9_]*)."""
    base = _ARG_NAME_BAD.sub("_", text.lower()) or "arg"
    if not base[0].isalpha():
        base = "arg_" + base
    name, i = base, 0
    while name in used:
        i += 1
        name = "%s_%d" % (base, i)
    used.add(name)
    return name


def _output_arg_slots(op):
    """For each output index: (output arg name, index within that arg)."""
    op_def = op._op_def
    if op_def is None:
        return [("output", i) for i in range(len(op._outputs))]
    slots = []
    attrs = op._attrs
    for arg in op_def.output_args:
        if arg.number_attr is not None:
            n = attrs[arg.number_attr]
        elif arg.type_list_attr is not None:
            n = len(attrs[arg.type_list_attr])
        else:
            n = 1
        slots.extend((arg.name, k) for k in range(n))
    return slots


def function_def_of(func_graph, fd=None, on_function=None, add_shapes=False):
    """The FunctionDef of a FuncGraph: its `inputs` are the arguments, `outputs` the results.

    Body nodes reference each other as "node:output_arg:index" and the arguments by name, as
    TensorFlow's function library format requires.
    """
    if fd is None:
        fd = function_pb2.FunctionDef()
    sig = fd.signature
    sig.name = func_graph.name
    used = set()
    arg_of = {}  # input tensor -> arg name
    for t in func_graph.inputs:
        name = _arg_name(t.op.name, used)
        arg_of[t] = name
        a = sig.input_arg.add()
        a.name = name
        a.type = t.dtype.base_dtype.as_datatype_enum
    arg_ops = {t.op for t in func_graph.inputs}
    # Body node names must differ from argument names.
    node_name = {}
    for op in func_graph.get_operations():
        if op in arg_ops:
            continue
        name = op.name
        while name in used:
            name += "_0"
        used.add(name)
        node_name[op] = name
    slot_cache = {}

    def ref(t):
        if t in arg_of:
            return arg_of[t]
        op = t.op
        slots = slot_cache.get(op)
        if slots is None:
            slots = slot_cache[op] = _output_arg_slots(op)
        arg, k = slots[t.value_index]
        return "%s:%s:%d" % (node_name[op], arg, k)

    for op, name in node_name.items():
        nd = fd.node_def.add()
        fill_node_def(op, nd, on_function, ref)
        nd.name = name
        # Control inputs name nodes; drop those on arguments (they have no node).
        ctrl = ["^" + node_name[c] for c in op._control_inputs if c in node_name]
        del nd.input[len(op._inputs):]
        nd.input.extend(ctrl)
        if add_shapes and op._outputs:
            nd.attr["_output_shapes"].Clear()
            proto_convert.attr_to_proto([t._shape for t in op._outputs], "list(shape)",
                                        nd.attr["_output_shapes"])
    out_used = set()
    for t in func_graph.outputs:
        out_name = _arg_name(t.op.name.rsplit("/", 1)[-1], out_used)
        a = sig.output_arg.add()
        a.name = out_name
        a.type = t.dtype.base_dtype.as_datatype_enum
        fd.ret[out_name] = ref(t)
    for i, t in enumerate(func_graph.inputs):
        shapes = fd.arg_attr[i].attr["_output_shapes"]
        proto_convert.attr_to_proto([t.shape], "list(shape)", shapes)
    return fd
