"""tf.graph_util: GraphDef surgery (freezing, pruning) and tf.train.write_graph.

All functions take and return GraphDef protos, as in TensorFlow; none touches a live graph
except `convert_variables_to_constants`, which reads variable values through the session.
"""

import os
import tempfile

from tensorweave.framework import errors, proto_convert
from tensorweave.protos import graph_pb2

_VARIABLE_OPS = ("Variable", "VariableV2", "VarHandleOp")
# Ops fed by a (frozen) reference variable become their value-typed counterparts.
_REF_TO_VALUE = {"RefSwitch": "Switch", "RefEnter": "Enter", "RefMerge": "Merge",
                 "RefIdentity": "Identity", "RefExit": "Exit", "RefNextIteration": "NextIteration"}


def _node_name(text):
    """"^x" / "x:1" / "x" -> "x"."""
    text = text.removeprefix("^")
    name, sep, idx = text.rpartition(":")
    return name if sep and idx.isdigit() else text


def _check_graph_def(graph_def):
    if not isinstance(graph_def, graph_pb2.GraphDef):
        raise TypeError("graph_def must be a graph_pb2.GraphDef proto, but got type %s."
                        % type(graph_def))


def _check_dest_nodes(dest_nodes):
    if isinstance(dest_nodes, (str, bytes)):
        raise TypeError("dest_nodes must be an iterable of strings, but got type %s."
                        % type(dest_nodes))


def _copy_header(src, dst):
    dst.versions.CopyFrom(src.versions)
    if src.HasField("library"):
        dst.library.CopyFrom(src.library)


def extract_sub_graph(graph_def, dest_nodes):
    """The nodes of `graph_def` that `dest_nodes` need (through data and control inputs)."""
    _check_graph_def(graph_def)
    _check_dest_nodes(dest_nodes)
    by_name = {n.name: n for n in graph_def.node}
    for d in dest_nodes:
        assert d in by_name, "%s is not in graph" % d  # NOTE: TF raises AssertionError here
    keep = set()
    stack = list(dest_nodes)
    while stack:
        name = stack.pop()
        if name in keep:
            continue
        keep.add(name)
        node = by_name.get(name)
        if node is not None:
            stack.extend(_node_name(i) for i in node.input)
    out = graph_pb2.GraphDef()
    for n in graph_def.node:
        if n.name in keep:
            out.node.add().CopyFrom(n)
    _copy_header(graph_def, out)
    return out


def _variable_value_tensors(sess, nodes, consumers):
    """Names of the tensors whose values freeze each variable node."""
    fetch = {}
    for n in nodes:
        if n.op == "VarHandleOp":
            reads = [c for c in consumers.get(n.name, ()) if c.op == "ReadVariableOp"]
            if not reads:
                raise errors.FailedPreconditionError(
                    None, None, "Cannot freeze resource variable '%s': nothing reads it." % n.name)
            fetch[n.name] = reads[0].name + ":0"
        else:
            fetch[n.name] = n.name + ":0"
    return fetch


def convert_variables_to_constants(sess, input_graph_def, output_node_names,
                                   variable_names_whitelist=None, variable_names_blacklist=None):
    """Replaces the variables that `output_node_names` need by Consts holding their values."""
    _check_graph_def(input_graph_def)
    sub = extract_sub_graph(input_graph_def, output_node_names)
    consumers = {}
    for n in sub.node:
        for i in n.input:
            consumers.setdefault(_node_name(i), []).append(n)
    variables = []
    for n in sub.node:
        if n.op not in _VARIABLE_OPS:
            continue
        if variable_names_whitelist is not None and n.name not in variable_names_whitelist:
            continue
        if variable_names_blacklist is not None and n.name in variable_names_blacklist:
            continue
        variables.append(n)
    fetch = _variable_value_tensors(sess, variables, consumers)
    values = sess.run([fetch[n.name] for n in variables]) if variables else []
    frozen = {n.name: v for n, v in zip(variables, values)}
    resource_reads = {c.name for n in variables if n.op == "VarHandleOp"
                      for c in consumers.get(n.name, ()) if c.op == "ReadVariableOp"}
    fed_by_ref = _downstream_of(sub, set(frozen))
    out = graph_pb2.GraphDef()
    for n in sub.node:
        new = out.node.add()
        if n.name in frozen:
            dtype = n.attr["dtype"].type
            new.name = n.name
            new.op = "Const"
            if n.device:
                new.device = n.device
            new.attr["dtype"].type = dtype
            from tensorweave.framework import dtypes as _dtypes

            proto_convert.ndarray_to_tensor_proto(
                _as_array(frozen[n.name]), _dtypes.as_dtype(dtype), new.attr["value"].tensor)
        elif n.name in resource_reads:
            new.name = n.name
            new.op = "Identity"
            new.input.extend(n.input)
            if n.device:
                new.device = n.device
            new.attr["T"].type = n.attr["dtype"].type
        else:
            new.CopyFrom(n)
            if n.name in fed_by_ref:
                _unref(new)
    _copy_header(sub, out)
    return out


def _as_array(value):
    import numpy as np

    return value if isinstance(value, np.ndarray) else np.asarray(value)


def _downstream_of(graph_def, roots):
    consumers = {}
    for n in graph_def.node:
        for i in n.input:
            if not i.startswith("^"):
                consumers.setdefault(_node_name(i), []).append(n.name)
    seen = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        for c in consumers.get(name, ()):
            if c not in seen:
                seen.add(c)
                stack.append(c)
    return seen


def _unref(node):
    """A node that read a frozen reference variable now reads a value."""
    if node.op in _REF_TO_VALUE:
        node.op = _REF_TO_VALUE[node.op]
    elif node.op in ("AssignAdd", "AssignSub"):
        node.op = "AddV2" if node.op == "AssignAdd" else "Sub"
        for attr in ("use_locking",):
            if attr in node.attr:
                del node.attr[attr]
    elif node.op == "Assign":
        node.op = "Identity"
        del node.input[0]
        for attr in ("use_locking", "validate_shape"):
            if attr in node.attr:
                del node.attr[attr]


def remove_training_nodes(input_graph, protected_nodes=None):
    """Drops CheckNumerics, Identity and StopGradient nodes not needed for inference (keeping
    `protected_nodes`, nodes with or used as control inputs and nodes others are colocated
    with), rewiring their consumers to their inputs.

    NOTE: TensorFlow also drops CheckNumerics nodes but forgets to rewire their data consumers;
    here they are forwarded like Identity nodes.
    """
    _check_graph_def(input_graph)
    protected = set(protected_nodes or ())
    control_targets = {i[1:] for n in input_graph.node for i in n.input if i.startswith("^")}
    colocated_with = {s[5:].decode("utf-8", "replace") for n in input_graph.node if "_class" in n.attr
                      for s in n.attr["_class"].list.s if s.startswith(b"loc:@")}
    splice = {}
    for n in input_graph.node:
        if n.name in protected or n.name in control_targets:
            continue
        data = [i for i in n.input if not i.startswith("^")]
        if n.op == "CheckNumerics" or (n.op in ("Identity", "StopGradient") and n.name not in colocated_with
                                       and len(data) == len(n.input) == 1):
            splice[n.name] = data[0] if data else None
    out = graph_pb2.GraphDef()
    for n in input_graph.node:
        if n.name in splice:
            continue
        new = out.node.add()
        new.CopyFrom(n)
        del new.input[:]
        for i in n.input:
            ctrl = i.startswith("^")
            target = i[1:] if ctrl else i
            seen = 0
            while _node_name(target) in splice and seen < len(splice) + 1:
                replacement = splice[_node_name(target)]
                if replacement is None:
                    break
                target = replacement
                seen += 1
            new.input.append(("^" + _node_name(target)) if ctrl else target)
        if "_class" in new.attr:
            kept = [s for s in new.attr["_class"].list.s
                    if not (s.startswith(b"loc:@") and s[5:].decode("utf-8", "replace") in splice)]
            if len(kept) != len(new.attr["_class"].list.s):
                if kept:
                    del new.attr["_class"].list.s[:]
                    new.attr["_class"].list.s.extend(kept)
                else:
                    del new.attr["_class"]
    _copy_header(input_graph, out)
    return out


def tensor_shape_from_node_def_name(graph, input_name):
    """The static shape of the tensor `input_name` ("op" means "op:0") of `graph`."""
    if ":" not in input_name:
        input_name += ":0"
    return graph.get_tensor_by_name(input_name).get_shape()


def must_run_on_cpu(node, pin_variables_on_cpu=False):
    """Whether a node (Operation or NodeDef) has to be placed on the CPU."""
    node_def = node.node_def if hasattr(node, "node_def") and not hasattr(node, "attr") else node
    op = node_def.op
    if pin_variables_on_cpu and op in _VARIABLE_OPS + ("VarIsInitializedOp", "ReadVariableOp"):
        return True
    if op == "Const":
        return node_def.attr["dtype"].type in (3, 7)  # int32, string
    if op in ("DynamicStitch", "ParallelDynamicStitch"):
        return node_def.attr["T"].type == 3
    if op == "Cast":
        return node_def.attr["SrcT"].type == 3
    return False


def write_graph(graph_or_graph_def, logdir, name, as_text=True):
    """Writes a Graph's (or a GraphDef's) GraphDef to `logdir/name`; returns the path.

    Text format (`as_text=True`) is protobuf's text format, readable by TensorFlow's
    `text_format.Parse`. The file is written atomically (temporary file, then rename).
    """
    if hasattr(graph_or_graph_def, "as_graph_def") and not isinstance(graph_or_graph_def,
                                                                        graph_pb2.GraphDef):
        graph_def = graph_or_graph_def.as_graph_def()
    else:
        graph_def = graph_or_graph_def
    if as_text:
        from google.protobuf import text_format

        data = text_format.MessageToString(graph_def).encode("utf-8")
    else:
        data = graph_def.SerializeToString()
    logdir = os.fspath(logdir)
    path = os.path.join(logdir, name)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    atomic_write(path, data)
    return path


def atomic_write(path, data):
    """Writes `data` to `path` through a temporary file renamed into place, so a reader never
    sees a partial file; the file gets the usual permissions (0666 less the umask)."""
    directory = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(prefix=".tmp_" + os.path.basename(path), dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
