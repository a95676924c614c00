"""Object-based checkpoints in graph mode: `tf.train.Checkpoint` (TF's V1 class),
`tf.train.CheckpointManager` and `tf.train.CheckpointOptions`.

The files are TF's: a V2 bundle holding ``_CHECKPOINTABLE_OBJECT_GRAPH`` (a serialized
``TrackableObjectGraph``) and one tensor per variable, keyed by the path of names from the
root object to it::

    model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE
    optimizer/beta1_power/.ATTRIBUTES/VARIABLE_VALUE
    model/dense/kernel/.OPTIMIZER_SLOT/optimizer/m/.ATTRIBUTES/VARIABLE_VALUE
    save_counter/.ATTRIBUTES/VARIABLE_VALUE

Objects are numbered breadth-first from the root (children in the order `module.py` gives them);
a variable reachable along several paths is saved once, under the first. In a name, "." is
written ".." and "/" is written ".S".

Restoring matches the checkpoint's object graph against the Python objects reachable from the
root, child name by child name, and then the optimizers' slot variables. Matching is done again
each time a status is used, so objects attached (or slots created) after `restore()` but before
`run_restore_ops()` are restored too, as TF's deferred restorations do.
"""

from __future__ import annotations

import collections
import numbers
import os
import time
from typing import Any

from tensorweave.framework import context, errors
from tensorweave.training import checkpoint_management as _management
from tensorweave.training.module import AutoTrackable, is_trackable, is_variable, trackable_children

OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH"
_VALUE_SUFFIX = "/.ATTRIBUTES/VARIABLE_VALUE"


def _escape(name: str) -> str:
    return name.replace(".", "..").replace("/", ".S")


def _object_graph_pb2():
    from tensorweave.protos import trackable_object_graph_pb2

    return trackable_object_graph_pb2


def _is_optimizer(value: Any) -> bool:
    from tensorweave.training.optimizer import Optimizer

    return isinstance(value, Optimizer)


def _full_name(var) -> str:
    return var.op.name


# ------------------------------------------------------------------ the object graph
class _ObjectGraph:
    """The objects reachable from a root, numbered breadth-first, with their checkpoint keys."""

    def __init__(self, root, strict: bool = False) -> None:
        self.objects = [root]
        self.paths = [""]
        self.children: list[list[tuple[str, int]]] = []
        self.slots: dict[int, list[tuple[int, str, int]]] = {}
        ids = {id(root): 0}
        i = 0
        while i < len(self.objects):
            obj = self.objects[i]
            refs = []
            for name, child in trackable_children(obj, strict=strict):
                if id(child) not in ids:
                    ids[id(child)] = len(self.objects)
                    self.objects.append(child)
                    path = self.paths[i]
                    self.paths.append((path + "/" if path else "") + _escape(name))
                refs.append((name, ids[id(child)]))
            self.children.append(refs)
            i += 1
        non_slot = list(self.objects)
        for opt_id, opt in enumerate(non_slot):
            if not _is_optimizer(opt):
                continue
            for slot_name in opt.get_slot_names():
                for var_id, var in enumerate(non_slot):
                    if not is_variable(var):
                        continue
                    slot = opt.get_slot(var, slot_name)
                    if slot is None:
                        continue
                    if id(slot) in ids:
                        raise NotImplementedError(
                            "A slot variable was re-used as a dependency of a Trackable object: %s. "
                            "This is not currently allowed. File a feature request if this "
                            "limitation bothers you." % (slot,))
                    ids[id(slot)] = len(self.objects)
                    self.objects.append(slot)
                    self.paths.append("%s/.OPTIMIZER_SLOT/%s/%s" % (
                        self.paths[var_id], self.paths[opt_id], _escape(slot_name)))
                    self.children.append([])
                    self.slots.setdefault(opt_id, []).append((var_id, slot_name, ids[id(slot)]))

    def variables(self) -> list[tuple[int, Any]]:
        return [(i, obj) for i, obj in enumerate(self.objects) if is_variable(obj)]

    def key(self, node_id: int) -> str:
        return self.paths[node_id] + _VALUE_SUFFIX

    def to_proto(self):
        proto = _object_graph_pb2().TrackableObjectGraph()
        has_values = [is_variable(obj) for obj in self.objects]
        # A node has values when anything below it does (slots count for their variables).
        changed = True
        while changed:
            changed = False
            for i, refs in enumerate(self.children):
                if not has_values[i] and any(has_values[c] for _, c in refs):
                    has_values[i] = changed = True
        for i, obj in enumerate(self.objects):
            node = proto.nodes.add()
            for name, child in self.children[i]:
                node.children.add(node_id=child, local_name=name)
            if is_variable(obj):
                node.attributes.add(name="VARIABLE_VALUE", full_name=_full_name(obj),
                                    checkpoint_key=self.key(i))
            for var_id, slot_name, slot_id in self.slots.get(i, []):
                node.slot_variables.add(original_variable_node_id=var_id, slot_name=slot_name,
                                        slot_variable_node_id=slot_id)
            node.has_checkpoint_values.value = has_values[i]
        return proto


def _session(session):
    session = session or context.get_default_session()
    if session is None:
        # NOTE: TF fails here with AttributeError ('NoneType' object has no attribute 'run').
        raise AttributeError("A session is required to save or restore a tf.train.Checkpoint in "
                             "graph mode, and there is no default session: pass session= or call "
                             "it inside `with tf.Session():`.")
    return session


def _graph_of(objects, fallback=None):
    for obj in objects:
        if is_variable(obj):
            return obj.op.graph
    return fallback or context.get_default_graph()


def _saveable(var, key):
    from tensorweave.training import saver

    return saver.saveable_objects_for_op(var, key)[0]


class _TrackableSaver:
    """Builds (once per set of saved variables and graph) and runs the save op."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def save(self, root, file_prefix: str, session) -> str:
        from tensorweave.ops import graph_ops, io_ops

        graph_view = _ObjectGraph(root, strict=True)
        variables = graph_view.variables()
        graph = _graph_of([v for _, v in variables], session.graph)
        signature = (id(graph), tuple((graph_view.key(i), id(v)) for i, v in variables))
        built = self._cache.get(signature)
        if built is None:
            with graph.as_default(), graph.control_dependencies(None):
                with graph.device("/device:CPU:0"):
                    prefix = graph_ops.placeholder("string", shape=(), name="saver_filename")
                    proto = graph_ops.placeholder("string", shape=(), name="object_graph")
                saveables = [_saveable(v, graph_view.key(i)) for i, v in variables]
                names = [OBJECT_GRAPH_KEY] + [s.specs[0].name for s in saveables]
                tensors = [proto] + [s.specs[0].tensor for s in saveables]
                save_op = io_ops.save_v2(prefix, names, [""] * len(names), tensors)
            built = (prefix, proto, save_op, [v for _, v in variables])  # keeps the ids valid
            self._cache[signature] = built
        prefix, proto, save_op, _ = built
        directory = os.path.dirname(file_prefix)
        if directory:
            os.makedirs(directory, exist_ok=True)
        session.run(save_op, {prefix: file_prefix,
                              proto: graph_view.to_proto().SerializeToString(deterministic=True)})
        return file_prefix


# ------------------------------------------------------------------------- statuses
class _Match:
    """Which checkpoint node each reachable Python object corresponds to."""

    def __init__(self, root, proto) -> None:
        self.graph_view = _ObjectGraph(root)
        self.by_node: dict[int, Any] = {0: root}
        self.unresolved_slots = []
        queue = collections.deque([(0, root)])
        while queue:
            node_id, obj = queue.popleft()
            kids = dict(trackable_children(obj))
            for ref in proto.nodes[node_id].children:
                child = kids.get(ref.local_name)
                if child is None or ref.node_id in self.by_node:
                    continue
                self.by_node[ref.node_id] = child
                queue.append((ref.node_id, child))
        for node_id, obj in list(self.by_node.items()):
            if not _is_optimizer(obj):
                continue
            for ref in proto.nodes[node_id].slot_variables:
                var = self.by_node.get(ref.original_variable_node_id)
                slot = obj.get_slot(var, ref.slot_name) if is_variable(var) else None
                if slot is None:
                    self.unresolved_slots.append(ref)
                elif ref.slot_variable_node_id not in self.by_node:
                    self.by_node[ref.slot_variable_node_id] = slot
        self.matched_ids = {id(obj) for obj in self.by_node.values()}


def _describe(proto, node_id: int) -> str:
    """TF's "(root).a.b" path of a checkpoint node (the first path reaching it)."""
    names = {0: "(root)"}
    queue = collections.deque([0])
    while queue:
        parent = queue.popleft()
        for ref in proto.nodes[parent].children:
            if ref.node_id not in names:
                names[ref.node_id] = names[parent] + "." + ref.local_name
                queue.append(ref.node_id)
    return names.get(node_id, "node %d" % node_id)


class CheckpointLoadStatus:
    """What `Checkpoint.restore(path)` returns: runs and checks the restoration."""

    def __init__(self, root, save_path: str, proto) -> None:
        self._root = root
        self._save_path = save_path
        self._proto = proto
        self._restore_ops: dict = {}
        self._partial = False

    def _match(self) -> _Match:
        return _Match(self._root, self._proto)

    def _restore_op(self, match: _Match):
        pairs = []
        for node_id, obj in sorted(match.by_node.items()):
            if not is_variable(obj):
                continue
            for attribute in self._proto.nodes[node_id].attributes:
                if attribute.name == "VARIABLE_VALUE":
                    pairs.append((attribute.checkpoint_key, obj))
        return self._restore_op_for(pairs)

    def _restore_op_for(self, pairs):
        """(filename placeholder, restore op) assigning each (checkpoint key, variable) pair;
        built once per set of pairs."""
        from tensorweave.ops import graph_ops
        from tensorweave.training import saver

        if not pairs:
            return None, None
        graph = _graph_of([v for _, v in pairs])
        signature = (graph, tuple((k, id(v)) for k, v in pairs))
        if signature not in self._restore_ops:
            with graph.as_default(), graph.control_dependencies(None):
                with graph.device("/device:CPU:0"):
                    prefix = graph_ops.placeholder("string", shape=(), name="restore_filename")
                saveables = [_saveable(v, k) for k, v in pairs]
                op = saver.BaseSaverBuilder()._AddRestoreOps(prefix, saveables, False, False,
                                                              name="restore_checkpoint")
            # The variables stay referenced so that their ids in the key stay theirs.
            self._restore_ops[signature] = (prefix, op, [v for _, v in pairs])
        return self._restore_ops[signature][:2]

    def run_restore_ops(self, session=None) -> None:
        """Restores every matched variable's value in `session` (default: the default one)."""
        session = _session(session)
        prefix, op = self._restore_op(self._match())
        if op is not None:
            session.run(op, {prefix: self._save_path})

    def initialize_or_restore(self, session=None) -> None:
        """Restores the matched variables and runs the initializers of the others."""
        session = _session(session)
        match = self._match()
        prefix, op = self._restore_op(match)
        if op is not None:
            session.run(op, {prefix: self._save_path})
        initializers = [obj.initializer for obj in match.graph_view.objects
                        if is_variable(obj) and id(obj) not in match.matched_ids]
        if initializers:
            session.run(initializers)

    def assert_consumed(self):
        """AssertionError unless every checkpoint value and every Python variable matched."""
        match = self._match()
        self._check_python_objects(match)
        for node_id, node in enumerate(self._proto.nodes):
            if node.attributes and node_id not in match.by_node:
                raise AssertionError("Unresolved object in checkpoint %s: %s"
                                     % (_describe(self._proto, node_id), node))
        if match.unresolved_slots:
            raise AssertionError("Unresolved slot restorations: %s" % (match.unresolved_slots,))
        return self

    def assert_existing_objects_matched(self):
        """AssertionError unless every Python variable reachable now has a checkpoint value."""
        return self._check_python_objects(self._match())

    def _check_python_objects(self, match: _Match):
        unused = [obj for obj in match.graph_view.objects
                  if is_variable(obj) and id(obj) not in match.matched_ids]
        if unused:
            raise AssertionError(
                "Found %d Python objects that were not bound to checkpointed values, likely due to "
                "changes in the Python program. Showing %d of %d unmatched objects: %s"
                % (len(unused), min(len(unused), 10), len(unused), unused[:10]))
        return self

    def assert_nontrivial_match(self):
        """AssertionError when nothing but the root matched the checkpoint."""
        match = self._match()
        if len(match.by_node) <= 1:
            unused = [obj for obj in match.graph_view.objects[1:]]
            raise AssertionError(
                "Nothing except the root object matched a checkpointed value. Typically this means "
                "that the checkpoint does not match the Python program. The following objects have "
                "no matching checkpointed value: %s" % (unused,))
        return self

    def expect_partial(self):
        """Silences warnings about values left unrestored (none are printed here)."""
        self._partial = True
        return self


class InitializationOnlyStatus:
    """What `Checkpoint.restore(None)` returns: only initializes."""

    _MESSAGE = "No checkpoint specified (save_path=None); nothing is being restored."

    def __init__(self, root) -> None:
        self._root = root

    def run_restore_ops(self, session=None):
        raise AssertionError("No checkpoint specified, so no restore ops are available "
                             "(save_path=None to Saver.restore).")

    def initialize_or_restore(self, session=None) -> None:
        session = _session(session)
        initializers = [v.initializer for _, v in _ObjectGraph(self._root).variables()]
        if initializers:
            session.run(initializers)

    def assert_consumed(self):
        raise AssertionError(self._MESSAGE)

    def assert_existing_objects_matched(self):
        raise AssertionError(self._MESSAGE)

    def assert_nontrivial_match(self):
        raise AssertionError(self._MESSAGE)

    def expect_partial(self):
        return self


class NameBasedSaverStatus(CheckpointLoadStatus):
    """A `tf.train.Saver` checkpoint (no object graph): variables restore by graph name."""

    def __init__(self, root, save_path: str, keys) -> None:
        super().__init__(root, save_path, None)
        self._keys = set(keys)

    def _restore_op(self, match):
        # Every variable restores by its graph name; one missing from the checkpoint fails
        # the restore (NotFoundError), as in TF (the save counter included).
        pairs = [(v.op.name, v) for _, v in _ObjectGraph(self._root).variables()]
        return self._restore_op_for(pairs)

    def _match(self):
        return None

    def initialize_or_restore(self, session=None) -> None:
        self.run_restore_ops(session)

    def _unmatched(self):
        return [v for _, v in _ObjectGraph(self._root).variables() if v.op.name not in self._keys]

    def assert_consumed(self):
        unused = self._unmatched()
        if unused:
            raise AssertionError("Some objects had attributes which were not restored: %s" % (unused,))
        return self

    def assert_existing_objects_matched(self):
        raise AssertionError("Restoring a name-based tf.train.Saver checkpoint using the object-based "
                             "restore API. This mode uses global names to match variables, and so "
                             "is somewhat fragile. It also adds new restore ops to the graph each "
                             "time it is called when graph building. Prefer re-encoding training "
                             "checkpoints in the object-based format.")

    def assert_nontrivial_match(self):
        return self.assert_existing_objects_matched()


def _read_object_graph(save_path: str):
    """The checkpoint's TrackableObjectGraph, or (None, keys) for a name-based checkpoint."""
    from tensorweave.training import checkpoint_format

    if not _management.checkpoint_exists_internal(save_path):
        raise errors.NotFoundError(None, None, "Unsuccessful TensorSliceReader constructor: Failed "
                                   "to find any matching files for %s" % save_path)
    with checkpoint_format.BundleReader(save_path) as reader:
        names = reader.datatypes()
        if OBJECT_GRAPH_KEY not in names:
            return None, list(names)
        blob = reader.read(OBJECT_GRAPH_KEY)[()]
    proto = _object_graph_pb2().TrackableObjectGraph()
    proto.ParseFromString(bytes(blob))
    return proto, list(names)


# ----------------------------------------------------------------------- Checkpoint
class CheckpointV1(AutoTrackable):
    """Saves and restores a graph of trackable objects (TF's V1 `tf.train.Checkpoint`).

    `Checkpoint(model=..., optimizer=..., step=...)`: each keyword names a child of the root.
    `save(prefix, session)` writes ``prefix-<n>`` with n the incremented `save_counter`,
    `write(prefix, session)` writes ``prefix`` itself, `restore(path)` returns a status whose
    `run_restore_ops(session)` assigns the saved values.
    """

    def __init__(self, **kwargs) -> None:
        self._self_saver = _TrackableSaver()
        self._self_save_counter = None
        self._self_save_assign = None
        for name, value in sorted(kwargs.items(), key=lambda item: item[0]):
            if not is_trackable(value):
                raise ValueError(
                    "`Checkpoint` was expecting a trackable object (an object derived from "
                    "`Trackable`), got %r. If you believe this object should be trackable (i.e. it "
                    "is part of the TensorFlow Python API and manages state), please open an "
                    "issue." % (value,))
            setattr(self, name, value)

    def _trackable_children(self):
        children = super()._trackable_children()
        if self._self_save_counter is not None:
            children.append(("save_counter", self._self_save_counter))
        return children

    def _maybe_create_save_counter(self) -> bool:
        if self._self_save_counter is not None:
            return False
        from tensorweave.training.variables import Variable

        graph = context.get_default_graph()
        with graph.control_dependencies(None), graph.device("/cpu:0"):
            self._self_save_counter = Variable(0, name="save_counter", dtype="int64",
                                               trainable=False, use_resource=True)
        return True

    @property
    def save_counter(self):
        """An int64 variable counting `save()` calls (created on first use)."""
        self._maybe_create_save_counter()
        return self._self_save_counter

    def write(self, file_prefix, session=None, options=None) -> str:
        """Writes a checkpoint at exactly `file_prefix` (no counter, no state file)."""
        file_prefix = _text(file_prefix)
        return self._self_saver.save(self, file_prefix, _session(session))

    def save(self, file_prefix, session=None, options=None) -> str:
        """Writes ``file_prefix-<save_counter>`` and records it in the directory's state file."""
        session = _session(session)
        file_prefix = _text(file_prefix)
        if self._maybe_create_save_counter():
            session.run(self._self_save_counter.initializer)
        number = session.run(self._save_counter_increment())
        path = self.write("%s-%d" % (file_prefix, number), session=session)
        _management.update_checkpoint_state_internal(
            save_dir=os.path.dirname(file_prefix), model_checkpoint_path=path,
            all_model_checkpoint_paths=[path], save_relative_paths=True)
        return path

    def _save_counter_increment(self):
        counter = self.save_counter
        graph = counter.op.graph
        if self._self_save_assign is None or self._self_save_assign.graph is not graph:
            with graph.as_default(), graph.control_dependencies(None), \
                    graph.colocate_with(counter.op):
                self._self_save_assign = counter.assign_add(1, read_value=True)
        return self._self_save_assign

    def restore(self, save_path, options=None):
        """A status for restoring `save_path` (None: an initialization-only status).

        Raises NotFoundError when there is no checkpoint at `save_path`.
        """
        if save_path is None:
            return InitializationOnlyStatus(self)
        save_path = _text(save_path)
        proto, names = _read_object_graph(save_path)
        self._maybe_create_save_counter()  # so that it restores too
        if proto is None:
            return NameBasedSaverStatus(self, save_path, names)
        return CheckpointLoadStatus(self, save_path, proto)

    def __setattr__(self, name, value):
        if name == "save_counter":
            raise AttributeError("property 'save_counter' of 'CheckpointV1' object has no setter")
        super().__setattr__(name, value)


def _text(path) -> str:
    path = os.fspath(path)
    return path.decode("utf-8") if isinstance(path, bytes) else path


Checkpoint = CheckpointV1


class CheckpointOptions:
    """Options of `Checkpoint.save`/`write`/`restore` (accepted; saving here is synchronous and
    local, so they change nothing)."""

    __slots__ = (
        "enable_async",
        "experimental_enable_async_checkpoint",
        "experimental_io_device",
        "experimental_sharding_callback",
        "experimental_skip_slot_variables",
        "experimental_write_callbacks",
    )

    def __init__(self, experimental_io_device=None, experimental_enable_async_checkpoint=False,
                 experimental_write_callbacks=None, enable_async=False,
                 experimental_skip_slot_variables=False, experimental_sharding_callback=None):
        self.experimental_io_device = experimental_io_device
        self.experimental_enable_async_checkpoint = experimental_enable_async_checkpoint
        self.experimental_write_callbacks = experimental_write_callbacks
        self.enable_async = enable_async
        self.experimental_skip_slot_variables = experimental_skip_slot_variables
        self.experimental_sharding_callback = experimental_sharding_callback


# ------------------------------------------------------------------ CheckpointManager
class CheckpointManager:
    """Numbers, keeps and deletes the checkpoints of one `Checkpoint` in a directory."""

    def __init__(self, checkpoint, directory, max_to_keep, keep_checkpoint_every_n_hours=None,
                 checkpoint_name="ckpt", step_counter=None, checkpoint_interval=None,
                 init_fn=None, last_checkpoint_step=None):
        if max_to_keep is not None and max_to_keep <= 0:
            raise ValueError("Expected a positive integer or `None` for `max_to_keep`, got %d."
                             % (max_to_keep,))
        if checkpoint_interval is not None and step_counter is None:
            raise ValueError("`step_counter` should be passed if `checkpoint_interval` is not None.")
        self._checkpoint = checkpoint
        self._directory = _text(directory)
        self._max_to_keep = max_to_keep
        self._keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self._prefix = os.path.join(self._directory, checkpoint_name)
        self._step_counter = step_counter
        self._checkpoint_interval = checkpoint_interval
        self._init_fn = init_fn
        self._last_checkpoint_step = last_checkpoint_step
        self._maybe_delete: collections.OrderedDict = collections.OrderedDict()
        now = time.time()
        state = _management.get_checkpoint_state(self._directory)
        if state is None:
            self._latest_checkpoint = None
            self._last_preserved_timestamp = now
            return
        self._latest_checkpoint = state.model_checkpoint_path
        self._last_preserved_timestamp = state.last_preserved_timestamp
        self._last_preserved_timestamp = min(self._last_preserved_timestamp, now)  # the clock went back
        stamps = list(state.all_model_checkpoint_timestamps) or \
            [self._last_preserved_timestamp] * len(state.all_model_checkpoint_paths)
        for path, stamp in zip(state.all_model_checkpoint_paths, stamps):
            stamp = min(stamp, now)
            if stamp > self._last_preserved_timestamp:
                self._maybe_delete[path] = stamp

    @property
    def directory(self) -> str:
        return self._directory

    @property
    def checkpoint(self):
        return self._checkpoint

    @property
    def checkpoint_interval(self):
        return self._checkpoint_interval

    @property
    def latest_checkpoint(self):
        """The newest checkpoint prefix managed here, or None."""
        return self._latest_checkpoint

    @property
    def checkpoints(self) -> list:
        """The prefixes of the kept checkpoints, oldest first."""
        return list(self._maybe_delete)

    def sync(self) -> None:
        """Checkpoints are written synchronously; nothing to wait for."""

    def _sweep(self) -> None:
        if not self._max_to_keep:
            return
        while len(self._maybe_delete) > self._max_to_keep:
            path, stamp = self._maybe_delete.popitem(last=False)
            if self._keep_checkpoint_every_n_hours and (
                    stamp - self._keep_checkpoint_every_n_hours * 3600.0
                    >= self._last_preserved_timestamp):
                self._last_preserved_timestamp = stamp
                continue
            _management.remove_checkpoint(path)

    def _record_state(self) -> None:
        _management.update_checkpoint_state_internal(
            save_dir=os.path.dirname(self._prefix), model_checkpoint_path=self._latest_checkpoint,
            all_model_checkpoint_paths=list(self._maybe_delete),
            all_model_checkpoint_timestamps=list(self._maybe_delete.values()),
            last_preserved_timestamp=self._last_preserved_timestamp, save_relative_paths=True)

    def save(self, checkpoint_number=None, check_interval=True, options=None, session=None):
        """Writes ``<directory>/<checkpoint_name>-<n>`` and deletes checkpoints beyond
        `max_to_keep`. n is `checkpoint_number` (an int or an integer tensor/variable) or else
        the checkpoint's incremented `save_counter`. Returns the prefix, or None when
        `checkpoint_interval` steps have not passed yet."""
        session = _session(session)
        if check_interval and self._checkpoint_interval is not None:
            step = int(session.run(self._step_counter))
            if self._last_checkpoint_step is not None and \
                    step - self._last_checkpoint_step < self._checkpoint_interval:
                return None
            self._last_checkpoint_step = step
        checkpoint = self._checkpoint
        if checkpoint._maybe_create_save_counter():
            session.run(checkpoint.save_counter.initializer)
        counter = session.run(checkpoint._save_counter_increment())
        if checkpoint_number is None:
            checkpoint_number = counter
        elif not isinstance(checkpoint_number, numbers.Integral):
            checkpoint_number = session.run(checkpoint_number)
        path = checkpoint.write("%s-%d" % (self._prefix, int(checkpoint_number)), session=session)
        self._maybe_delete.pop(path, None)  # a rewritten checkpoint moves to the end
        self._maybe_delete[path] = time.time()
        self._latest_checkpoint = path
        self._sweep()
        self._record_state()
        return path

    def restore_or_initialize(self):
        """Restores the latest checkpoint (returning its path and leaving the status's ops to the
        caller), or calls `init_fn` and returns None when there is none."""
        if self._latest_checkpoint is not None:
            self._checkpoint.restore(self._latest_checkpoint)
            return self._latest_checkpoint
        if self._init_fn is not None:
            self._init_fn()
        return None
