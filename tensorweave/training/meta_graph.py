"""tf.train.export_meta_graph / tf.train.import_meta_graph: MetaGraphDef files (`.meta`).

A MetaGraphDef holds the GraphDef, the SaverDef and the graph's collections as
CollectionDefs: variables collections as serialized VariableDefs (`bytes_list`), tensors and
operations by name (`node_list`), strings (`bytes_list`), ints (`int64_list`) and floats
(`float_list`). Files written by TensorFlow load here and files written here load in TensorFlow.
"""

import logging
import os

from tensorweave.framework import context, proto_convert
from tensorweave.framework.graph import GraphKeys

_log = logging.getLogger("tensorflow")

# Collections whose Variables are stored as VariableDef protos (TF registers the same keys).
VARIABLE_COLLECTIONS = (
    GraphKeys.GLOBAL_VARIABLES, GraphKeys.TRAINABLE_VARIABLES, GraphKeys.MOVING_AVERAGE_VARIABLES,
    GraphKeys.LOCAL_VARIABLES, GraphKeys.MODEL_VARIABLES, GraphKeys.GLOBAL_STEP,
    GraphKeys.METRIC_VARIABLES)
_TF_VERSION = "2.21.0"  # the TensorFlow API level tensorweave writes
_GIT_VERSION = "tensorweave"


# ----------------------------------------------------------------- OpDef protos
def op_def_proto(opdef, proto=None):
    """The OpDef proto (as in a MetaGraphDef's stripped_op_list) of an op declaration."""
    return proto_convert.op_def_to_proto(opdef, proto)


def stripped_op_list_for_graph(graph_def):
    """An OpList with the declarations of the op types `graph_def` uses (function names excluded)."""
    from tensorweave.framework import op_def
    from tensorweave.protos import op_def_pb2

    functions = {f.signature.name for f in graph_def.library.function}
    used = {n.op for n in graph_def.node}
    for f in graph_def.library.function:
        used.update(n.op for n in f.node_def)
    out = op_def_pb2.OpList()
    registry = op_def.registered_ops()
    for name in sorted(used - functions):
        decl = registry.get(name)
        if decl is not None:
            op_def_proto(decl, out.op.add())
    return out


def _strip_default_attrs(graph_def):
    from tensorweave.framework import op_def

    registry = op_def.registered_ops()
    nodes = list(graph_def.node) + [n for f in graph_def.library.function for n in f.node_def]
    for node in nodes:
        decl = registry.get(node.op)
        if decl is None:
            continue
        for name, adef in decl.attr_defs.items():
            if adef.has_default and name in node.attr and \
                    node.attr[name] == proto_convert.attr_to_proto(adef.default, adef.kind):
                del node.attr[name]


# ------------------------------------------------------------------ variables
def variable_to_proto(var, export_scope=None):
    """A VariableDef for a Variable (its own `to_proto` when it has one)."""
    to_proto = getattr(var, "to_proto", None)
    if to_proto is not None:
        return to_proto(export_scope=export_scope)
    return variable_def(var, export_scope)


def variable_def(var, export_scope=None):
    """A VariableDef built from a variable's ops (what a reference Variable's `to_proto` gives)."""
    from tensorweave.protos import variable_pb2

    vd = variable_pb2.VariableDef()
    vd.variable_name = _strip(var._variable.name, export_scope)
    initial = getattr(var, "_initial_value", None)
    if initial is not None:
        vd.initial_value_name = _strip(initial.name, export_scope)
    vd.initializer_name = _strip(var._initializer_op.name, export_scope)
    snapshot = getattr(var, "_snapshot", None)
    if snapshot is not None:
        vd.snapshot_name = _strip(snapshot.name, export_scope)
    vd.trainable = bool(getattr(var, "trainable", True))
    vd.is_resource = bool(getattr(var, "_is_resource", False))
    add_save_slice_info(vd, var, export_scope)
    sync = getattr(var, "_synchronization", None)
    agg = getattr(var, "_aggregation", None)
    if sync is not None and isinstance(getattr(sync, "value", None), int):
        vd.synchronization = sync.value
    if agg is not None and isinstance(getattr(agg, "value", None), int):
        vd.aggregation = agg.value
    return vd


def add_save_slice_info(vd, var, export_scope=None):
    """Fills the VariableDef `vd`'s save_slice_info_def from a partitioned variable's part."""
    info = getattr(var, "_save_slice_info", None)
    if info is not None:
        si = vd.save_slice_info_def
        si.full_name = _strip(info.full_name, export_scope)
        si.full_shape.extend(info.full_shape)
        si.var_offset.extend(info.var_offset)
        si.var_shape.extend(info.var_shape)


def variable_from_proto(variable_def, import_scope=None):
    from tensorweave.training import variables

    from_proto = getattr(variables.Variable, "from_proto", None)
    if from_proto is not None:
        var = from_proto(variable_def, import_scope=import_scope)
    else:
        var = variables.Variable(variable_def=variable_def, import_scope=import_scope)
    get_info = getattr(var, "_get_save_slice_info", None)
    if variable_def.HasField("save_slice_info_def") and get_info is not None and get_info() is None:
        from tensorweave.training.partitioned_variables import SaveSliceInfo

        var._set_save_slice_info(SaveSliceInfo(save_slice_info_def=variable_def.save_slice_info_def,
                                               import_scope=import_scope))
    return var


# ---------------------------------------------------------------- collections
def _strip(name, scope):
    if scope and name.startswith(scope + "/"):
        return name[len(scope) + 1:]
    return name


def _in_scope(name, scope):
    return not scope or name.startswith(scope + "/")


def _is_variable(value):
    return hasattr(value, "_variable") and hasattr(value, "_initializer_op")


def _exported(value, export_scope):
    if not export_scope:
        return True
    if isinstance(value, str):
        name = value
    elif _is_variable(value):
        name = value._variable.name
    else:
        name = getattr(value, "name", None)
        if not isinstance(name, str):
            return True
    return _in_scope(name, export_scope)


def _add_collection_def(meta_graph_def, key, graph, export_scope):
    from tensorweave.framework.ops import Operation, Tensor

    # As TF, drop the items outside `export_scope` first (named things and strings, which TF
    # takes for names) and write no collection_def at all when nothing is left.
    values = [v for v in graph.get_collection(key) if _exported(v, export_scope)]
    if not values:
        return
    col = meta_graph_def.collection_def[key]
    try:
        if key in VARIABLE_COLLECTIONS and _is_variable(values[0]):
            kept = [v for v in values if _in_scope(v._variable.name, export_scope)]
            col.bytes_list.value.extend(variable_to_proto(v, export_scope).SerializeToString()
                                        for v in kept)
        elif key == GraphKeys.SAVERS and hasattr(values[0], "saver_def"):
            protos = [v.to_proto(export_scope=export_scope) for v in values]
            col.bytes_list.value.extend(p.SerializeToString() for p in protos if p is not None)
        elif key == GraphKeys.QUEUE_RUNNERS and hasattr(values[0], "enqueue_ops"):
            # As TF: serialized QueueRunnerDefs, so the runners come back on import.
            protos = [v.to_proto(export_scope=export_scope) for v in values]
            col.bytes_list.value.extend(p.SerializeToString() for p in protos if p is not None)
        elif isinstance(values[0], (str, bytes)):
            col.bytes_list.value.extend(v.encode() if isinstance(v, str) else bytes(v) for v in values)
        elif isinstance(values[0], (bool, int)):
            col.int64_list.value.extend(int(v) for v in values)
        elif isinstance(values[0], float):
            col.float_list.value.extend(float(v) for v in values)
        else:
            names = []
            for v in values:
                if isinstance(v, (Tensor, Operation)) or hasattr(v, "name"):
                    name = v.name
                else:
                    raise TypeError("%r has no name" % (v,))
                if _in_scope(name, export_scope):
                    names.append(_strip(name, export_scope))
            col.node_list.value.extend(names)
    except Exception as err:  # noqa: BLE001 -- TF skips collections it cannot serialize
        _log.warning("Issue encountered when serializing: %s.\n%s", key, err)
        del meta_graph_def.collection_def[key]


def _scoped_name(name, scope):
    return scope + "/" + name if scope else name


def _restore_collection(graph, key, col, import_scope, variable_cache):
    kind = col.WhichOneof("kind")
    if kind is None:
        return
    if kind == "bytes_list" and key in VARIABLE_COLLECTIONS:
        from tensorweave.protos import variable_pb2

        for raw in col.bytes_list.value:
            var = variable_cache.get(raw)
            if var is None:
                vd = variable_pb2.VariableDef()
                vd.ParseFromString(raw)
                var = variable_cache[raw] = variable_from_proto(vd, import_scope)
            graph.add_to_collection(key, var)
    elif kind == "bytes_list" and key == GraphKeys.SAVERS:
        # As TF: each SaverDef of the collection comes back as a Saver on the imported ops.
        from tensorweave.protos import saver_pb2
        from tensorweave.training.saver import Saver

        for raw in col.bytes_list.value:
            saver_def = saver_pb2.SaverDef()
            saver_def.ParseFromString(raw)
            graph.add_to_collection(key, Saver.from_proto(saver_def, import_scope=import_scope))
    elif kind == "bytes_list" and key == GraphKeys.QUEUE_RUNNERS:
        from tensorweave.protos import queue_runner_pb2
        from tensorweave.training.queue_runner import QueueRunner

        for raw in col.bytes_list.value:
            runner_def = queue_runner_pb2.QueueRunnerDef()
            runner_def.ParseFromString(raw)
            graph.add_to_collection(key, QueueRunner.from_proto(runner_def, import_scope=import_scope))
    elif kind == "node_list":
        for name in col.node_list.value:
            graph.add_to_collection(key, graph.as_graph_element(_scoped_name(name, import_scope)))
    elif kind == "int64_list":
        for v in col.int64_list.value:
            graph.add_to_collection(key, int(v))
    elif kind == "float_list":
        for v in col.float_list.value:
            graph.add_to_collection(key, float(v))
    elif kind == "bytes_list":
        for v in col.bytes_list.value:
            graph.add_to_collection(key, _scoped_name(v.decode("utf-8", "replace"), import_scope)
                                    if import_scope else v)
    else:
        _log.warning("Cannot restore collection %s of kind %s.", key, kind)


# ----------------------------------------------------------------- export
def _graph_def_for_export(graph, export_scope, clear_devices):
    from tensorweave.protos import graph_pb2

    full = graph.as_graph_def(add_shapes=True)
    if not export_scope and not clear_devices:
        return full
    out = graph_pb2.GraphDef()
    out.versions.CopyFrom(full.versions)
    out.library.CopyFrom(full.library)
    for n in full.node:
        if not _in_scope(n.name, export_scope):
            continue
        new = out.node.add()
        new.CopyFrom(n)
        new.name = _strip(n.name, export_scope)
        del new.input[:]
        for i in n.input:
            ctrl = i.startswith("^")
            new.input.append(("^" if ctrl else "") + _strip(i[1:] if ctrl else i, export_scope))
        if clear_devices:
            new.device = ""
        if export_scope and "_class" in new.attr:
            cls = [b"loc:@" + _strip(s[5:].decode(), export_scope).encode() if s.startswith(b"loc:@")
                   else s for s in new.attr["_class"].list.s]
            del new.attr["_class"].list.s[:]
            new.attr["_class"].list.s.extend(cls)
    return out


def export_meta_graph(filename=None, meta_info_def=None, graph_def=None, saver_def=None,
                      collection_list=None, as_text=False, graph=None, export_scope=None,
                      clear_devices=False, clear_extraneous_savers=False, strip_default_attrs=False,
                      save_debug_info=False, **kwargs):
    """Returns the MetaGraphDef of `graph` (default: the default graph); writes it to
    `filename` (binary, or text with `as_text`) when given."""
    from tensorweave.protos import graph_pb2, meta_graph_pb2

    if graph is None:
        graph = context.get_default_graph()
    mg = meta_graph_pb2.MetaGraphDef()
    if meta_info_def is not None:
        mg.meta_info_def.CopyFrom(meta_info_def)
    if graph_def is not None:
        if not isinstance(graph_def, graph_pb2.GraphDef):
            raise TypeError("graph_def must be a GraphDef proto.")
        gd = graph_pb2.GraphDef()
        gd.CopyFrom(graph_def)
        if clear_devices:
            for n in gd.node:
                n.device = ""
    else:
        gd = _graph_def_for_export(graph, export_scope, clear_devices)
    if strip_default_attrs:
        _strip_default_attrs(gd)
        mg.meta_info_def.stripped_default_attrs = True
    mg.graph_def.CopyFrom(gd)
    info = mg.meta_info_def
    if not info.tensorflow_version:
        info.tensorflow_version = _TF_VERSION
    if not info.tensorflow_git_version:
        info.tensorflow_git_version = _GIT_VERSION
    if not info.HasField("stripped_op_list"):
        info.stripped_op_list.CopyFrom(stripped_op_list_for_graph(gd))
    if saver_def is not None:
        mg.saver_def.CopyFrom(saver_def)
    keys = collection_list if collection_list is not None else graph.get_all_collection_keys()
    for key in keys:
        if clear_extraneous_savers and key == GraphKeys.SAVERS:
            continue
        _add_collection_def(mg, key, graph, export_scope)
    if filename:
        from tensorweave.framework import graph_util

        graph_util.write_graph(mg, os.path.dirname(filename) or ".", os.path.basename(filename),
                               as_text=as_text)
    return mg


# ----------------------------------------------------------------- import
def read_meta_graph_file(filename):
    """Parses a `.meta` file, binary or text format."""
    from tensorweave.protos import meta_graph_pb2

    if not os.path.exists(filename):
        raise OSError("File does not exist. Received: %s." % filename)
    with open(filename, "rb") as f:
        data = f.read()
    mg = meta_graph_pb2.MetaGraphDef()
    from google.protobuf import message, text_format

    try:
        mg.ParseFromString(data)
        return mg
    except message.DecodeError:
        mg.Clear()  # not the binary format: try the text format
    try:
        text_format.Merge(data.decode("utf-8"), mg)
    except (UnicodeDecodeError, text_format.ParseError) as err:
        raise OSError("Cannot parse file %s: %s." % (filename, err)) from None
    return mg


def import_meta_graph(meta_graph_or_file, clear_devices=False, import_scope=None, **kwargs):
    """Imports a MetaGraphDef (proto or file name) into the default graph; returns a Saver built
    from its saver_def (or a default Saver when it has variables but no saver_def), else None."""
    from tensorweave.framework import importer
    from tensorweave.protos import graph_pb2, meta_graph_pb2

    if isinstance(meta_graph_or_file, meta_graph_pb2.MetaGraphDef):
        mg = meta_graph_or_file
    else:
        mg = read_meta_graph_file(os.fspath(meta_graph_or_file))
    graph = context.get_default_graph()
    gd = mg.graph_def
    if clear_devices:
        gd = graph_pb2.GraphDef()
        gd.CopyFrom(mg.graph_def)
        for n in gd.node:
            n.device = ""
    input_map = kwargs.get("input_map")
    with graph.as_default():
        if import_scope:
            with graph.name_scope(import_scope) as scope:  # uniquified like TF ("s", "s_1")
                import_scope = scope[:-1]
        importer.import_graph_def(gd, input_map=input_map,
                                  name=import_scope + "/" if import_scope else "")
        variable_cache = {}
        for key in sorted(mg.collection_def):
            _restore_collection(graph, key, mg.collection_def[key], import_scope, variable_cache)
    return _saver_for(mg, import_scope, graph)


def _saver_class():
    try:
        from tensorweave.training.saver import Saver
    except ImportError:
        return None
    return Saver


def _saver_for(mg, import_scope, graph):
    saver_cls = _saver_class()
    if mg.HasField("saver_def"):
        if saver_cls is None:
            _log.warning("tf.train.Saver is not available: import_meta_graph returns None.")
            return None
        saver_def = mg.saver_def
        if import_scope:
            from tensorweave.protos import saver_pb2

            saver_def = saver_pb2.SaverDef()
            saver_def.CopyFrom(mg.saver_def)
            for field in ("filename_tensor_name", "save_tensor_name", "restore_op_name"):
                setattr(saver_def, field, _scoped_name(getattr(saver_def, field), import_scope))
        return saver_cls(saver_def=saver_def, name=import_scope)
    has_variables = any(graph.get_collection(k, scope=import_scope) for k in
                        (GraphKeys.GLOBAL_VARIABLES, GraphKeys.SAVEABLE_OBJECTS))
    if has_variables and saver_cls is not None:
        return saver_cls()
    _log.info("Saver not created because there are no variables in the graph to restore")
    return None
