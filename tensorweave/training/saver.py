"""`tf.train.Saver`: saves and restores variables with in-graph ops, in TF's V2 checkpoint format.

The graph a Saver builds is TensorFlow's, name for name, so MetaGraphs round-trip both ways:

    save/filename/input   Const "model"
    save/filename         PlaceholderWithDefault        (feeds the checkpoint prefix)
    save/Const            PlaceholderWithDefault        -> SaverDef.filename_tensor_name
    save/SaveV2           SaveV2(prefix, names, slices, variables...)
    save/control_dependency  Identity(save/Const) after SaveV2  -> SaverDef.save_tensor_name
    save/RestoreV2        RestoreV2 on /device:CPU:0
    save/Assign, save/Assign_1, ...
    save/restore_all      NoOp after the assigns        -> SaverDef.restore_op_name

Checkpoint keys are variable op names (or the keys of a dict `var_list`), sorted. The Python
side (`save`, `restore`, the `checkpoint` state file, `max_to_keep`) follows TF's Saver.
"""

import logging
import os
import time

import numpy as np

from tensorweave.framework import context, errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.op_def import apply_op, get_op_def
from tensorweave.framework.scopes import name_scope
from tensorweave.ops import io_ops
from tensorweave.training import checkpoint_management as _management
from tensorweave.training.checkpoint_management import (  # noqa: F401  (TF's saver module has them too)
    checkpoint_exists,
    get_checkpoint_mtimes,
    get_checkpoint_state,
    latest_checkpoint,
    update_checkpoint_state,
)

_log = logging.getLogger("tensorflow")
_VARIABLE_OPS = frozenset({"Variable", "VariableV2", "AutoReloadVariable", "VarHandleOp", "ReadVariableOp"})
_REF_VARIABLE_OPS = frozenset({"Variable", "VariableV2", "AutoReloadVariable"})
V1, V2 = 1, 2


def _saver_pb2():
    from tensorweave.protos import saver_pb2

    return saver_pb2


# ------------------------------------------------------------------ saveable objects
class SaveSpec:
    """One tensor to save: its value tensor, slice spec and checkpoint key."""

    def __init__(self, tensor, slice_spec, name, dtype=None, device=None):
        # `tensor` may be a function making it, called once when the save op is built (as
        # TF's reads of partitioned resource variables); then dtype and device are given.
        self._tensor = tensor
        self.slice_spec = slice_spec
        self.name = name
        self.dtype = dtype if dtype is not None else tensor.dtype.base_dtype
        self.device = device if device is not None else tensor.device

    @property
    def tensor(self):
        if callable(self._tensor):
            self._tensor = self._tensor()
        return self._tensor


class SaveableObject:
    """Something a Saver saves as one or more tensors (`specs`) and restores with `restore`."""

    def __init__(self, op, specs, name):
        self.op = op
        self.specs = specs
        self.name = name

    @property
    def device(self):
        return self.specs[0].device

    def restore(self, restored_tensors, restored_shapes):
        raise NotImplementedError


class ReferenceVariableSaveable(SaveableObject):
    """A ref variable (VariableV2): saved from its ref tensor, restored with Assign."""

    def __init__(self, var, slice_spec, name):
        super().__init__(var, [SaveSpec(var, slice_spec, name, dtype=var.dtype.base_dtype)], name)

    def restore(self, restored_tensors, restored_shapes):
        from tensorweave.ops import state_ops

        restored = restored_tensors[0]
        if restored_shapes is not None:
            from tensorweave.ops import array_ops

            restored = array_ops.reshape(restored, restored_shapes[0])
        # As in TF, a ref variable of fully defined shape refuses a restored value of another
        # shape (InvalidArgumentError at run time) unless the Saver reshapes.
        validate = restored_shapes is None and self.op.get_shape().is_fully_defined()
        return state_ops.assign(self.op, restored, validate_shape=validate)


class ResourceVariableSaveable(SaveableObject):
    """A resource variable (VarHandleOp): saved from a read, restored with AssignVariableOp."""

    def __init__(self, var, handle, read, slice_spec, name):
        self.handle_op = handle
        dtype = handle.op.get_attr("dtype") if callable(read) else read.dtype.base_dtype
        super().__init__(var, [SaveSpec(read, slice_spec, name, dtype=dtype,
                                        device=handle.device)], name)

    def restore(self, restored_tensors, restored_shapes):
        from tensorweave.ops import graph_ops

        restored = restored_tensors[0]
        if restored_shapes is not None:
            from tensorweave.ops import array_ops

            restored = array_ops.reshape(restored, restored_shapes[0])
        # As in TF, both the copy and the assign run on the variable's device.
        with _ops.get_graph_from_inputs([self.handle_op]).device(self.handle_op.device or None):
            restored = graph_ops.identity(restored)
            return apply_op("AssignVariableOp", [self.handle_op, restored],
                            {"dtype": restored.dtype.base_dtype}, name="AssignVariableOp")


def _tensor_comes_from_variable(t):
    return isinstance(t, _ops.Tensor) and t.op.type in _VARIABLE_OPS


def _variable_key(var):
    """The checkpoint key TF uses for a variable: its op name."""
    t = _ops.convert_to_tensor(var, as_ref=True) if not isinstance(var, _ops.Tensor) else var
    if not _tensor_comes_from_variable(t):
        raise TypeError("Variable to save is not a Variable: %s" % (var,))
    if t.op.type == "ReadVariableOp":
        return t.op.inputs[0].op.name
    return t.op.name


def _flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from _flatten(x)
        else:
            yield x


def op_list_to_dict(op_list):
    """{checkpoint key: variable} for a list of variables (keys are variable op names)."""
    if not isinstance(op_list, (list, tuple, set)):
        raise TypeError("Variables to save should be passed in a dict or a list. Got %s" % (op_list,))
    items = sorted(_flatten(list(op_list)), key=lambda x: x.name)
    out = {}
    for var in items:
        info = getattr(var, "_get_save_slice_info", None)
        info = info() if info is not None else None
        if isinstance(var, SaveableObject):
            key = var.name
        elif info is not None:
            # A part of a partitioned variable: saved as a slice of the tensor `full_name`.
            group = out.setdefault(info.full_name, [])
            if not isinstance(group, list):
                raise ValueError("Mixing slices and non-slices with the same name: %s" % info.full_name)
            group.append(var)
            continue
        elif hasattr(var, "_get_variable_list"):  # a PartitionedVariable
            key = var.name
        else:
            key = _variable_key(var)
        if key in out:
            raise ValueError("At least two variables have the same name: %s" % key)
        out[key] = var
    return out


def saveable_objects_for_op(op, name):
    """The SaveableObjects for one entry of a {name: variable} dict."""
    if isinstance(op, SaveableObject):
        return [op]
    if isinstance(op, (list, tuple)) or hasattr(op, "_get_variable_list"):
        return _slice_saveables(list(op), name)
    if not isinstance(name, str):
        raise TypeError("names_to_saveables must be a dict mapping string names to checkpointable "
                        "operations. Name is not a string: %s" % (name,))
    t = op if isinstance(op, _ops.Tensor) else _ops.convert_to_tensor(op, as_ref=True)
    if not _tensor_comes_from_variable(t):
        raise TypeError("names_to_saveables must be a dict mapping string names to Tensors/Variables. "
                        "Not a variable: %s" % (t,))
    return [_variable_saveable(op, t, "", name)]


def _variable_saveable(op, t, slice_spec, name):
    if t.op.type in _REF_VARIABLE_OPS:
        return ReferenceVariableSaveable(t, slice_spec, name)
    handle = t if t.op.type == "VarHandleOp" else t.op.inputs[0]
    graph_element = getattr(op, "_graph_element", None)
    read = graph_element if isinstance(graph_element, _ops.Tensor) else t
    if read.op.type == "VarHandleOp":
        with _ops.get_graph_from_inputs([handle]).as_default():
            read = apply_op("ReadVariableOp", [handle], {"dtype": handle.op.get_attr("dtype")},
                            name="Read/ReadVariableOp")
    return ResourceVariableSaveable(op, handle, read, slice_spec, name)


def _no_copy_read(var, handle):
    """TF's save-time read of a part of a partitioned resource variable, made when the save
    op is built: Read/DisableCopyOnRead, Read/ReadVariableOp, an Identity, and an Identity
    on the CPU."""

    def read():
        from tensorweave.ops import graph_ops
        from tensorweave.ops import resource_variable_ops as rvo

        g = handle.graph
        with g.device(var.device or None):
            with name_scope("Read"):
                rvo.disable_copy_on_read(handle)
                value = rvo.read_variable_op(handle, handle.op.get_attr("dtype"))
            value = graph_ops.identity(value)
        with g.device("/device:CPU:0"):
            return graph_ops.identity(value)

    return read


def _slice_saveables(parts, name):
    """The saveables of the parts of a partitioned variable: slices of the tensor `name`."""
    out, full_name = [], None
    for var in parts:
        if isinstance(var, SaveableObject):
            out.append(var)
            continue
        info = getattr(var, "_get_save_slice_info", None)
        info = info() if info is not None else None
        if info is None:
            raise ValueError("Slices must all be slices: %s" % (var,))
        if full_name is None:
            full_name = info.full_name
        elif full_name != info.full_name:
            raise ValueError("Slices must all be from the same tensor: %s != %s"
                             % (full_name, info.full_name))
        t = _ops.convert_to_tensor(var, as_ref=True)
        if not _tensor_comes_from_variable(t):
            raise ValueError("Slices must all be Variables: %s" % (var,))
        if t.op.type == "VarHandleOp":
            out.append(ResourceVariableSaveable(var, t, _no_copy_read(var, t), info.spec, name))
            continue
        out.append(_variable_saveable(var, t, info.spec, name))
    return out


def validate_and_slice_inputs(names_to_saveables):
    """The SaveableObjects of a var_list (list or dict), sorted by checkpoint key."""
    if not isinstance(names_to_saveables, dict):
        names_to_saveables = op_list_to_dict(names_to_saveables)
    saveables = []
    seen = set()
    for name, op in sorted(names_to_saveables.items(), key=lambda x: x[0]):
        for saveable in saveable_objects_for_op(op, name):
            key = id(saveable.op)
            if saveable.op is not None and key in seen:
                raise ValueError("The same saveable will be restored with two names: %s" % saveable.name)
            seen.add(key)
            saveables.append(saveable)
    return saveables


def _all_saveable_objects(graph):
    return graph.get_collection(GraphKeys.GLOBAL_VARIABLES) + graph.get_collection(GraphKeys.SAVEABLE_OBJECTS)


# ----------------------------------------------------------------------- the builder
def _registered(op_type):
    try:
        get_op_def(op_type)
        return True
    except KeyError:
        return False


class BaseSaverBuilder:
    """Builds the save and restore ops of a Saver (one SaveV2 and one RestoreV2 per shard)."""

    SaveSpec = SaveSpec
    SaveableObject = SaveableObject

    def __init__(self, write_version=V2):
        self._write_version = write_version

    # -- save
    def save_op(self, filename_tensor, saveables):
        names, slices, tensors = [], [], []
        for saveable in saveables:
            for spec in saveable.specs:
                names.append(spec.name)
                slices.append(spec.slice_spec)
                tensors.append(spec.tensor)
        if self._write_version != V2:
            raise NotImplementedError("Only the V2 checkpoint format is supported, not version %s"
                                      % self._write_version)
        return io_ops.save_v2(filename_tensor, names, slices, tensors)

    def _AddSaveOps(self, filename_tensor, saveables):
        from tensorweave.ops import graph_ops

        save = self.save_op(filename_tensor, saveables)
        g = filename_tensor.graph
        with name_scope(None, "control_dependency", [save, filename_tensor]) as scope, \
                g.colocate_with(filename_tensor.op), g.control_dependencies([save]):
            return graph_ops.identity(filename_tensor, name=scope)

    def _AddShardedSaveOps(self, checkpoint_prefix, per_device):
        from tensorweave.ops import array_ops, constant_op, graph_ops

        g = checkpoint_prefix.graph
        exact = all(_registered(t) for t in ("StaticRegexFullMatch", "StringJoin", "Select"))
        if exact:
            # TF's layout: shards go to "<prefix>_temp/part-0000k-of-0000n", then merge.
            with g.device("/device:CPU:*"):
                is_s3 = apply_op("StaticRegexFullMatch", [checkpoint_prefix], {"pattern": "^s3://.*"})
                suffix = apply_op("Select", [is_s3, constant_op.constant(".part"),
                                             constant_op.constant("_temp/part")], {})
                temp_prefix = apply_op("StringJoin", [[checkpoint_prefix, suffix]], {"separator": ""})
        else:
            temp_prefix = checkpoint_prefix  # shards go to "<prefix>-0000k-of-0000n", then merge
        num_shards = constant_op.constant(len(per_device), name="num_shards")
        saves, prefixes, last_device = [], [], None
        for shard, (device, saveables) in enumerate(per_device):
            last_device = device
            with g.device(_set_cpu0(device)):
                shard_prefix = io_ops.sharded_filename(temp_prefix, shard, num_shards)
                prefixes.append(shard_prefix)
                saves.append(self._AddSaveOps(shard_prefix, saveables))
        with g.control_dependencies([s.op for s in saves]), g.device(_set_cpu0(last_device)):
            with name_scope(None, "MergeV2Checkpoints", prefixes + [checkpoint_prefix]) as scope:
                packed = array_ops.stack(prefixes, name="checkpoint_prefixes")
                merge = io_ops.merge_v2_checkpoints(packed, checkpoint_prefix, delete_old_dirs=True,
                                                    name=scope)
            with g.control_dependencies([merge]):
                return graph_ops.identity(checkpoint_prefix)

    # -- restore
    def bulk_restore(self, filename_tensor, saveables, preferred_shard, restore_sequentially):
        specs = [spec for saveable in saveables for spec in saveable.specs]
        with filename_tensor.graph.device("/device:CPU:0"):
            return io_ops.restore_v2(filename_tensor, [s.name for s in specs], [s.slice_spec for s in specs],
                                     [s.dtype for s in specs])

    def _AddRestoreOps(self, filename_tensor, saveables, restore_sequentially, reshape,
                       preferred_shard=-1, name="restore_all"):
        from tensorweave.ops import graph_ops

        restored = self.bulk_restore(filename_tensor, saveables, preferred_shard, restore_sequentially)
        assigns = []
        i = 0
        for saveable in saveables:
            n = len(saveable.specs)
            shapes = None
            if reshape:
                shapes = [_static_shape(spec.tensor) for spec in saveable.specs]
            assigns.append(saveable.restore(restored[i:i + n], shapes))
            i += n
        return graph_ops.group(*assigns, name=name)

    def _AddShardedRestoreOps(self, filename_tensor, per_device, restore_sequentially, reshape):
        from tensorweave.ops import graph_ops

        g = filename_tensor.graph
        shards = []
        for shard, (device, saveables) in enumerate(per_device):
            with g.device(device or None):
                shards.append(self._AddRestoreOps(filename_tensor, saveables, restore_sequentially, reshape,
                                                  preferred_shard=shard, name="restore_shard"))
        return graph_ops.group(*shards, name="restore_all")

    @staticmethod
    def _GroupByDevices(saveables):
        from tensorweave.framework.device_spec import canonical_device

        per_device = {}
        for saveable in saveables:
            devices = {canonical_device(spec.device or "") for spec in saveable.specs}
            if len(devices) != 1:
                raise ValueError("All tensors of a saveable object must be on the same device: %s" % saveable.name)
            per_device.setdefault(devices.pop(), []).append(saveable)
        return sorted(per_device.items(), key=lambda kv: kv[0])

    def _build_internal(self, names_to_saveables, reshape=False, sharded=False, max_to_keep=5,
                        keep_checkpoint_every_n_hours=10000.0, name=None, restore_sequentially=False,
                        filename="model", build_save=True, build_restore=True):
        from tensorweave.ops import graph_ops

        if not build_save or not build_restore:
            raise ValueError("save and restore operations need to be built together  when eager "
                             "execution is not enabled.")
        saveables = validate_and_slice_inputs(names_to_saveables)
        if max_to_keep is None:
            max_to_keep = 0
        graph = _ops.get_graph_from_inputs([s.op for s in saveables if isinstance(s.op, _ops.Tensor)])
        with graph.as_default(), name_scope(name, "save", []):
            with name_scope("filename") as fscope:
                default = _string_const(filename or "model", "input")
                filename_tensor = graph_ops.placeholder_with_default(default, shape=(), name=fscope)
            filename_tensor = graph_ops.placeholder_with_default(filename_tensor, shape=(), name="Const")
            if sharded:
                per_device = self._GroupByDevices(saveables)
                save_tensor = self._AddShardedSaveOps(filename_tensor, per_device)
                restore_op = self._AddShardedRestoreOps(filename_tensor, per_device, restore_sequentially, reshape)
            else:
                save_tensor = self._AddSaveOps(filename_tensor, saveables)
                restore_op = self._AddRestoreOps(filename_tensor, saveables, restore_sequentially, reshape)
        return _saver_pb2().SaverDef(
            filename_tensor_name=filename_tensor.name, save_tensor_name=save_tensor.name,
            restore_op_name=restore_op.name, max_to_keep=max_to_keep, sharded=sharded,
            keep_checkpoint_every_n_hours=keep_checkpoint_every_n_hours, version=self._write_version)


class BulkSaverBuilder(BaseSaverBuilder):
    """TF's default builder: all tensors of a shard in one RestoreV2 (same as the base here)."""


def _string_const(value, name):
    from tensorweave.ops import constant_op

    return constant_op.constant(value, name=name)


def _static_shape(tensor):
    shape = tensor.shape
    return shape.as_list() if shape.is_fully_defined() else None


def _set_cpu0(device):
    """`device` with its device type and index set to CPU:0 (the job/task stay)."""
    from tensorweave.framework.device_spec import DeviceSpec

    spec = DeviceSpec.from_string(device or "")
    return DeviceSpec(job=spec.job, replica=spec.replica, task=spec.task,
                      device_type="CPU", device_index=0).to_string()


def _prepend_name_scope(name, import_scope):
    if not import_scope:
        return name
    if name.startswith("^"):
        return "^" + import_scope.rstrip("/") + "/" + name[1:]
    return import_scope.rstrip("/") + "/" + name


def _scoped_graph_name(name, import_scope, graph):
    """`name` under `import_scope`, unless only the unscoped name exists in `graph` (a SaverDef
    whose names were already scoped by the caller)."""
    scoped = _prepend_name_scope(name, import_scope)

    def exists(n):
        try:
            graph.as_graph_element(n)
            return True
        except (KeyError, ValueError, TypeError):
            return False

    if exists(scoped) or not exists(name):
        return scoped
    return name


def _strip_name_scope(name, export_scope):
    if not export_scope:
        return name
    prefix = export_scope.rstrip("/") + "/"
    return name.removeprefix(prefix)


# ------------------------------------------------------------------------- the Saver
def _is_session(sess):
    return callable(getattr(sess, "run", None)) and hasattr(sess, "graph")


class Saver:
    """Saves and restores variables (TF1's `tf.train.Saver`).

    Builds the save/restore ops at construction (unless `defer_build`), or takes them from an
    existing graph via `saver_def` (what `import_meta_graph` does; `name` is then the import
    scope prepended to the SaverDef's names).
    """

    def __init__(self, var_list=None, reshape=False, sharded=False, max_to_keep=5,
                 keep_checkpoint_every_n_hours=10000.0, name=None, restore_sequentially=False,
                 saver_def=None, builder=None, defer_build=False, allow_empty=False, write_version=V2,
                 pad_step_number=False, save_relative_paths=False, filename=None):
        if defer_build and var_list:
            raise ValueError("If `var_list` is provided then build cannot be deferred. Either set "
                             "defer_build=False or var_list=None.")
        self._var_list = var_list
        self._reshape = reshape
        self._sharded = sharded
        self._max_to_keep = max_to_keep
        self._keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self._name = name
        self._restore_sequentially = restore_sequentially
        self.saver_def = saver_def
        self._builder = builder
        self._is_built = False
        self._allow_empty = allow_empty
        self._is_empty = None
        self._write_version = write_version
        self._pad_step_number = pad_step_number
        self._filename = filename
        self._last_checkpoints = []
        self._checkpoints_to_be_deleted = []
        self._next_checkpoint_time = None
        self._save_relative_paths = save_relative_paths
        if not defer_build:
            self.build()
        if self.saver_def:
            self._check_saver_def()
            self._write_version = self.saver_def.version

    # ------------------------------------------------------------------- building
    def build(self):
        self._build(self._filename, build_save=True, build_restore=True)

    def _build(self, checkpoint_path, build_save, build_restore):
        if self._is_built:
            return
        self._is_built = True
        if not self.saver_def:
            if self._builder is None:
                self._builder = BulkSaverBuilder(self._write_version)
            if self._var_list is None:
                self._var_list = _all_saveable_objects(context.get_default_graph())
            elif not isinstance(self._var_list, (dict, list, tuple, set)):
                raise TypeError("Variables to save should be passed in a dict or a list. Got %s"
                                % (self._var_list,))
            if not self._var_list:
                if self._allow_empty:
                    self._is_empty = True
                    return
                raise ValueError("No variables to save")
            self._is_empty = False
            self.saver_def = self._builder._build_internal(
                self._var_list, reshape=self._reshape, sharded=self._sharded, max_to_keep=self._max_to_keep,
                keep_checkpoint_every_n_hours=self._keep_checkpoint_every_n_hours, name=self._name,
                restore_sequentially=self._restore_sequentially, filename=checkpoint_path,
                build_save=build_save, build_restore=build_restore)
        elif self._name:
            # Rebuilding from a SaverDef: `name` is the scope the graph was imported under.
            copy = _saver_pb2().SaverDef()
            copy.CopyFrom(self.saver_def)
            graph = context.get_default_graph()
            for field in ("filename_tensor_name", "save_tensor_name", "restore_op_name"):
                setattr(copy, field, _scoped_graph_name(getattr(copy, field), self._name, graph))
            self.saver_def = copy
        self._check_saver_def()
        self._next_checkpoint_time = time.time() + self.saver_def.keep_checkpoint_every_n_hours * 3600

    def _check_saver_def(self):
        if type(self.saver_def).__name__ != "SaverDef":
            raise ValueError("saver_def must be a saver_pb2.SaverDef: %s" % (self.saver_def,))
        if not self.saver_def.save_tensor_name:
            raise ValueError("saver_def must specify the save_tensor_name: %s" % str(self.saver_def))
        if not self.saver_def.restore_op_name:
            raise ValueError("saver_def must specify the restore_op_name: %s" % str(self.saver_def))

    def as_saver_def(self):
        """The SaverDef naming this Saver's filename tensor, save tensor and restore op."""
        return self.saver_def

    def to_proto(self, export_scope=None):
        """The SaverDef with `export_scope` stripped from its names (None if out of scope)."""
        if export_scope is None:
            return self.saver_def
        names = (self.saver_def.filename_tensor_name, self.saver_def.save_tensor_name,
                 self.saver_def.restore_op_name)
        if not all(n.startswith(export_scope) for n in names):
            return None
        copy = _saver_pb2().SaverDef()
        copy.CopyFrom(self.saver_def)
        copy.filename_tensor_name = _strip_name_scope(copy.filename_tensor_name, export_scope)
        copy.save_tensor_name = _strip_name_scope(copy.save_tensor_name, export_scope)
        copy.restore_op_name = _strip_name_scope(copy.restore_op_name, export_scope)
        return copy

    @staticmethod
    def from_proto(saver_def, import_scope=None):
        """A Saver using the ops a SaverDef names (under `import_scope`)."""
        return Saver(saver_def=saver_def, name=import_scope)

    # ------------------------------------------------------------ checkpoint list
    @property
    def last_checkpoints(self):
        """The checkpoints still kept, oldest first."""
        return [p for p, _ in self._last_checkpoints]

    def set_last_checkpoints(self, last_checkpoints):
        if not isinstance(last_checkpoints, list):  # NOTE: TF asserts this (AssertionError)
            raise AssertionError("last_checkpoints must be a list of paths: %r" % (last_checkpoints,))
        self._last_checkpoints = [(s, np.inf) for s in last_checkpoints]

    def set_last_checkpoints_with_time(self, last_checkpoints_with_time):
        if not isinstance(last_checkpoints_with_time, list):
            raise AssertionError("last_checkpoints_with_time must be a list of (path, time) pairs")
        self._last_checkpoints = list(last_checkpoints_with_time)

    def recover_last_checkpoints(self, checkpoint_paths):
        """Takes over `checkpoint_paths` (that still exist) as the kept checkpoints, e.g. after
        a restart, with their file times."""
        existing = [p for p in checkpoint_paths if _management.checkpoint_exists_internal(p)]
        mtimes = _management.get_checkpoint_mtimes(existing)
        self.set_last_checkpoints_with_time(list(zip(existing, mtimes)))

    def _record_last_checkpoint(self, latest_save_path):
        if not self.saver_def.max_to_keep:
            return
        self._last_checkpoints = [p for p in self._last_checkpoints if p[0] != latest_save_path]
        self._last_checkpoints.append((latest_save_path, time.time()))
        if len(self._last_checkpoints) > self.saver_def.max_to_keep:
            self._checkpoints_to_be_deleted.append(self._last_checkpoints.pop(0))

    def _maybe_delete_old_checkpoints(self, meta_graph_suffix="meta"):
        while self._checkpoints_to_be_deleted:
            path, stamp = self._checkpoints_to_be_deleted.pop(0)
            # keep_checkpoint_every_n_hours: keep one checkpoint per period for good.
            if self._next_checkpoint_time is not None and stamp > self._next_checkpoint_time:
                self._next_checkpoint_time += self.saver_def.keep_checkpoint_every_n_hours * 3600
                continue
            try:
                _management.remove_checkpoint(path, self.saver_def.version, meta_graph_suffix)
            except OSError as err:
                _log.warning("Ignoring: %s", err)

    # ----------------------------------------------------------------- save/restore
    def save(self, sess, save_path, global_step=None, latest_filename=None, meta_graph_suffix="meta",
             write_meta_graph=True, write_state=True, strip_default_attrs=False, save_debug_info=False):
        """Saves the variables' values in `sess` to `save_path` (suffixed `-<global_step>`).

        Returns the checkpoint prefix written (None for an empty Saver). Updates the state file
        `latest_filename` (default `checkpoint`) beside it, deletes checkpoints beyond
        `max_to_keep`, and writes `<prefix>.meta` when `write_meta_graph`.
        """
        if not self._is_built:
            raise RuntimeError("`build()` should be called before save if defer_build==True")
        if latest_filename is None:
            latest_filename = "checkpoint"
        if os.path.split(latest_filename)[0]:
            raise ValueError("'latest_filename' must not contain path components")
        save_path = os.fspath(save_path)
        if isinstance(save_path, bytes):
            save_path = save_path.decode("utf-8")
        if global_step is not None:
            if not isinstance(global_step, (int, np.integer)):
                global_step = int(sess.run(global_step))
            step = f"{int(global_step):08d}" if self._pad_step_number else "%d" % int(global_step)
            checkpoint_file = "%s-%s" % (save_path, step)
        else:
            checkpoint_file = save_path
            if os.path.basename(save_path) == latest_filename and not self._sharded:
                raise ValueError("'latest_filename' collides with 'save_path': '%s' and '%s'"
                                 % (latest_filename, save_path))
        if not _is_session(sess):
            raise TypeError("'sess' must be a Session; %s" % (sess,))
        save_path_parent = os.path.dirname(save_path)
        model_checkpoint_path = None
        if not self._is_empty:
            try:
                result = sess.run(self.saver_def.save_tensor_name,
                                  {self.saver_def.filename_tensor_name: checkpoint_file})
                model_checkpoint_path = result.decode("utf-8") if isinstance(result, bytes) else str(result)
                if write_state:
                    self._record_last_checkpoint(model_checkpoint_path)
                    _management.update_checkpoint_state_internal(
                        save_dir=save_path_parent, model_checkpoint_path=model_checkpoint_path,
                        all_model_checkpoint_paths=self.last_checkpoints, latest_filename=latest_filename,
                        save_relative_paths=self._save_relative_paths)
                    self._maybe_delete_old_checkpoints(meta_graph_suffix=meta_graph_suffix)
            except (errors.FailedPreconditionError, errors.NotFoundError) as exc:
                if not os.path.isdir(save_path_parent or "."):
                    raise ValueError(f"Parent directory of {save_path} doesn't exist, can't save.") \
                        from exc
                raise
        if write_meta_graph:
            meta_file = _management.meta_graph_filename(checkpoint_file, meta_graph_suffix=meta_graph_suffix)
            with sess.graph.as_default():
                self.export_meta_graph(meta_file, strip_default_attrs=strip_default_attrs)
        return None if self._is_empty else model_checkpoint_path

    def restore(self, sess, save_path):
        """Restores the variables in `sess` from the checkpoint prefix `save_path`."""
        if self._is_empty:
            return
        if save_path is None:
            raise ValueError("Can't load save_path when it is None.")
        prefix = os.fspath(save_path)
        if isinstance(prefix, bytes):
            prefix = prefix.decode("utf-8")
        if not _management.checkpoint_exists_internal(prefix):
            raise ValueError("The passed save_path is not a valid checkpoint: " + prefix)
        _log.info("Restoring parameters from %s", prefix)
        try:
            sess.run(self.saver_def.restore_op_name, {self.saver_def.filename_tensor_name: prefix})
        except errors.NotFoundError as err:
            raise _restore_error(err, "a Variable name or other graph key that is missing") from None
        except errors.InvalidArgumentError as err:
            raise _restore_error(err, "a mismatch between the current graph and the graph") from None

    def export_meta_graph(self, filename=None, collection_list=None, as_text=False, export_scope=None,
                          clear_devices=False, clear_extraneous_savers=False, strip_default_attrs=False,
                          save_debug_info=False):
        """Writes (and returns) the default graph's MetaGraphDef with this Saver's SaverDef.

        Needs `tensorweave.training.meta_graph`; without it nothing is written and None is
        returned.
        """
        try:
            from tensorweave.training import meta_graph
        except ImportError:
            _log.warning("Meta graph export is unavailable; %s was not written.", filename)
            return None
        return meta_graph.export_meta_graph(
            filename=filename, saver_def=self.saver_def, collection_list=collection_list, as_text=as_text,
            export_scope=export_scope, clear_devices=clear_devices,
            clear_extraneous_savers=clear_extraneous_savers, strip_default_attrs=strip_default_attrs)


def _restore_error(err, what):
    message = ("Restoring from checkpoint failed. This is most likely due to %s from the checkpoint. "
               "Please ensure that you have not altered the graph expected based on the checkpoint. "
               "Original error:\n\n%s" % (what, err.message))
    return type(err)(err.node_def, err.op, message)
