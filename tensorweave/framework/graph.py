"""Graph: the op table, name uniquing, collections, scopes and the version counter."""

import contextlib
import re
import threading

from tensorweave.framework import context
from tensorweave.framework.device_spec import DeviceSpec, canonical_device, merge_device_strings

_VALID_OP_NAME = re.compile(r"^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$")
_VALID_SCOPE_NAME = re.compile(r"^[A-Za-z0-9_.\\/>-]*$")
_GOOD_NAMES = set()  # relative op names known to be valid in any (valid) scope


def check_node_name(graph, name, absolute=False):
    """Raises TF's ValueError when `name` (relative to the name scope unless `absolute`) makes an
    invalid node name. Used where TF builds the node directly (tf.constant, names ending in "/")."""
    if name in _GOOD_NAMES:
        return
    stack = graph._scopes.name_stack
    full = stack + "/" + name if stack and not absolute else name
    if not _VALID_OP_NAME.match(full):
        raise ValueError("`%s` is not a valid node name. Accepted names conform to Regex /%r/"
                         % (full, _VALID_OP_NAME))
    if len(_GOOD_NAMES) < 4096 and _VALID_OP_NAME.match(name):
        _GOOD_NAMES.add(name)


def check_scope_name(graph, name):
    """Raises TF's ValueError when `name` is not a valid name scope where it is entered (ops
    given a name open a scope of that name first, as TF's op wrappers do)."""
    if name in _GOOD_NAMES:
        return
    if graph._scopes.name_stack:
        if not _VALID_SCOPE_NAME.match(name):
            raise ValueError("'%s' is not a valid scope name. A scope name has to match the "
                             "following pattern: %s" % (name, _VALID_SCOPE_NAME.pattern))
    elif not _VALID_OP_NAME.match(name):
        raise ValueError("'%s' is not a valid root scope name. A root scope name has to match "
                         "the following pattern: %s" % (name, _VALID_OP_NAME.pattern))
    if len(_GOOD_NAMES) < 4096 and _VALID_OP_NAME.match(name):
        _GOOD_NAMES.add(name)


class GraphKeys:
    """Standard collection names, as in TensorFlow."""

    GLOBAL_VARIABLES = "variables"
    LOCAL_VARIABLES = "local_variables"
    METRIC_VARIABLES = "metric_variables"
    MODEL_VARIABLES = "model_variables"
    TRAINABLE_VARIABLES = "trainable_variables"
    SUMMARIES = "summaries"
    QUEUE_RUNNERS = "queue_runners"
    TABLE_INITIALIZERS = "table_initializer"
    ASSET_FILEPATHS = "asset_filepaths"
    MOVING_AVERAGE_VARIABLES = "moving_average_variables"
    REGULARIZATION_LOSSES = "regularization_losses"
    CONCATENATED_VARIABLES = "concatenated_variables"
    SAVERS = "savers"
    WEIGHTS = "weights"
    BIASES = "biases"
    ACTIVATIONS = "activations"
    UPDATE_OPS = "update_ops"
    LOSSES = "losses"
    SAVEABLE_OBJECTS = "saveable_objects"
    RESOURCES = "resources"
    LOCAL_RESOURCES = "local_resources"
    TRAINABLE_RESOURCE_VARIABLES = "trainable_resource_variables"
    INIT_OP = "init_op"
    LOCAL_INIT_OP = "local_init_op"
    READY_OP = "ready_op"
    READY_FOR_LOCAL_INIT_OP = "ready_for_local_init_op"
    SUMMARY_OP = "summary_op"
    GLOBAL_STEP = "global_step"
    EVAL_STEP = "eval_step"
    TRAIN_OP = "train_op"
    COND_CONTEXT = "cond_context"
    WHILE_CONTEXT = "while_context"
    VARIABLES = GLOBAL_VARIABLES
    _STREAMING_MODEL_PORTS = "streaming_model_ports"
    _SUMMARY_COLLECTION = "_SUMMARY_V2"
    _VARIABLE_COLLECTIONS = [GLOBAL_VARIABLES, LOCAL_VARIABLES, METRIC_VARIABLES, MODEL_VARIABLES,
                             TRAINABLE_VARIABLES, MOVING_AVERAGE_VARIABLES, CONCATENATED_VARIABLES,
                             TRAINABLE_RESOURCE_VARIABLES]


class _ScopeState(threading.local):
    """Per-thread scope stacks of one graph."""

    def __init__(self):
        self.name_stack = ""
        self.device_stack = []  # entries: str (canonical) | None (reset) | callable
        self.device_cache = ""  # merged device when the stack holds only strings, else None
        self.control_stack = []  # _ControlDependencies controllers
        self.colocation_stack = []  # ops
        self.colocation_device = ""  # device of the innermost colocated op that has one
        self.attr_scope = {}
        self.gradient_override = {}
        self.container = ""  # tf.container: given to stateful ops with an empty "container" attr


def _raise_bad_device(entry):
    # What TF's device-string parsing raises for these values.
    if isinstance(entry, bytes):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        hash(entry)
    except TypeError:
        raise TypeError("unhashable type: '%s'" % type(entry).__name__) from None
    raise AttributeError("'%s' object has no attribute 'split'" % type(entry).__name__)


def _device_function_result(device):
    """The device string a device function's result sets on an op (not canonicalized)."""
    if isinstance(device, DeviceSpec):
        return device.to_string()
    if isinstance(device, bytes):
        return device.decode()
    if not isinstance(device, str):
        raise TypeError("Expected binary or unicode string, got %r" % (device,))
    return device


class _ControlDependencies:
    __slots__ = ("control_inputs", "seen")

    def __init__(self, control_inputs):
        self.control_inputs = control_inputs
        self.seen = set()


class Graph:
    """A TensorFlow computation: Operations (nodes) and Tensors (edges)."""

    def __init__(self):
        self._lock = threading.RLock()
        self._ops = []
        self._ops_by_name = {}
        self._names_in_use = {}
        self._collections = {}
        self._version = 0
        self._finalized = False
        self._scopes = _ScopeState()
        self._seed = None
        self._last_id = 0
        self._building_function = False
        self._variable_store = None  # set by training.variable_scope
        self._layer_name_uids = {}  # layers.base: base name -> last number given
        self._mutations = 0  # bumped when an existing op changes (plans must be rebuilt)
        self._unfeedable = set()
        self._unfetchable = set()

    # ------------------------------------------------------------------ basics
    @property
    def version(self):
        return self._version

    # -- GraphDef export: delegates to framework/graph_io.py (owned there; imports protobuf lazily)
    def as_graph_def(self, from_version=None, add_shapes=False):
        from tensorweave.framework import graph_io

        # NOTE: TF 2.x ignores `from_version` (the C API writes every node); so do we here.
        # graph_io.as_graph_def still honours it for incremental senders (remote sessions).
        del from_version
        return graph_io.as_graph_def(self, add_shapes=add_shapes)

    @property
    def graph_def_versions(self):
        from tensorweave.framework import graph_io

        return graph_io.graph_def_versions(self)

    @property
    def finalized(self):
        return self._finalized

    @property
    def building_function(self):
        return self._building_function

    @property
    def seed(self):
        return self._seed

    @seed.setter
    def seed(self, value):
        self._seed = value

    def finalize(self):
        self._finalized = True

    def _unsafe_unfinalize(self):
        self._finalized = False

    def switch_to_thread_local(self):
        """TF makes the graph's scope stacks thread-local here; they always are in tensorweave."""

    # The TF1 control-flow context (ops/control_flow_v1) ops are being built in, or None.
    # NOTE: a class attribute, so graphs that never use v1 control flow pay nothing for it.
    _control_flow_context = None

    def _get_control_flow_context(self):
        return self._control_flow_context

    def _set_control_flow_context(self, ctxt):
        self._control_flow_context = ctxt

    def _check_not_finalized(self):
        if self._finalized:
            raise RuntimeError("Graph is finalized and cannot be modified.")

    @contextlib.contextmanager
    def as_default(self):
        context.push_graph(self)
        try:
            yield self
        finally:
            context.pop_graph(self)

    def is_feedable(self, tensor):
        return tensor not in self._unfeedable

    def prevent_feeding(self, tensor):
        self._unfeedable.add(tensor)
        self._mutations += 1

    def is_fetchable(self, tensor_or_op):
        op = getattr(tensor_or_op, "_op", None)  # a Tensor is unfetchable when its op is
        if op is not None and op in self._unfetchable:
            return False
        return tensor_or_op not in self._unfetchable

    def prevent_fetching(self, op):
        self._unfetchable.add(op)
        self._mutations += 1

    @property
    def collections(self):
        """Names of the collections known to this graph."""
        return list(self._collections)

    def get_operations(self):
        return list(self._ops)

    def _add_op(self, op):
        """Registers a freshly built op (op_def._finish, which also tells the open
        control_dependencies scopes about it)."""
        self._ops_by_name[op._name] = op
        self._ops.append(op)
        self._version += 1

    # ----------------------------------------------------------------- lookups
    def get_operation_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Operation names are strings (or similar), not %s." % type(name).__name__)
        return self.as_graph_element(name, allow_tensor=False, allow_operation=True)

    def get_tensor_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Tensor names are strings (or similar), not %s." % type(name).__name__)
        return self.as_graph_element(name, allow_tensor=True, allow_operation=False)

    def as_graph_element(self, obj, allow_tensor=True, allow_operation=True):
        from tensorweave.framework.ops import Operation, Tensor

        if not allow_tensor and not allow_operation:
            raise ValueError("allow_tensor and allow_operation can't both be False.")
        if allow_tensor and allow_operation:
            types_str = "Tensor or Operation"
        elif allow_tensor:
            types_str = "Tensor"
        else:
            types_str = "Operation"
        conv = getattr(obj, "_as_graph_element", None)
        if conv is not None and callable(conv):
            obj = conv()
        if isinstance(obj, bytes):
            obj = obj.decode()
        if isinstance(obj, str):
            name = obj
            if ":" in name and allow_tensor:
                try:
                    op_name, index = name.split(":")
                    out_n = int(index)
                except ValueError:
                    raise ValueError(
                        "The name %r looks a like a Tensor name, but is not a valid one. "
                        "Tensor names must be of the form \"<op_name>:<output_index>\"." % name
                    ) from None
                op = self._ops_by_name.get(op_name)
                if op is None:
                    raise KeyError(
                        "The name %r refers to a Tensor which does not exist. The operation, "
                        "%r, does not exist in the graph." % (name, op_name)
                    )
                if out_n >= len(op._outputs):  # NOTE: like TF, a negative index counts from the end
                    raise KeyError(
                        "The name %r refers to a Tensor which does not exist. The operation, "
                        "%r, exists but only has %d outputs." % (name, op_name, len(op._outputs))
                    )
                return op._outputs[out_n]
            if ":" in name and not allow_tensor:
                raise ValueError("Name %r appears to refer to a Tensor, not a %s." % (name, types_str))
            if ":" not in name and allow_operation:
                op = self._ops_by_name.get(name)
                if op is None:
                    raise KeyError("The name %r refers to an Operation not in the graph." % name)
                return op
            if ":" not in name and not allow_operation:
                if name in self._ops_by_name:
                    raise ValueError(
                        "The name %r refers to an Operation, not a %s. Tensor names must be of "
                        "the form \"<op_name>:<output_index>\"." % (name, types_str)
                    )
                raise ValueError(
                    "The name %r looks like an (invalid) Operation name, not a %s. Tensor names "
                    "must be of the form \"<op_name>:<output_index>\"." % (name, types_str)
                )
        if isinstance(obj, Tensor) and allow_tensor:
            if obj.graph is not self:
                raise ValueError("Tensor %s is not an element of this graph." % obj)
            return obj
        if isinstance(obj, Operation) and allow_operation:
            if obj.graph is not self:
                raise ValueError("Operation %s is not an element of this graph." % obj)
            return obj
        raise TypeError("Can not convert a %s into a %s." % (type(obj).__name__, types_str))

    # ------------------------------------------------------------------ naming
    def get_name_scope(self):
        return self._scopes.name_stack

    @property
    def _name_stack(self):
        # TF1 code (and some libraries) read and restore the private name stack directly.
        return self._scopes.name_stack

    @_name_stack.setter
    def _name_stack(self, name_stack):
        self._scopes.name_stack = name_stack

    def unique_name(self, name, mark_as_used=True):
        return self._unique_name(self._scopes.name_stack, name, mark_as_used)

    def _unique_name(self, stack, name, mark_as_used=True):
        """unique_name under the name scope `stack` (for callers that already read it)."""
        if stack:
            name = f"{stack}/{name}"
        key = name.lower()  # NOTE: as in TF, names differing only in case collide
        used = self._names_in_use
        i = used.get(key, 0)
        if not i:
            if mark_as_used:
                used[key] = 1
            return name
        if mark_as_used:
            used[key] = i + 1
        base = key
        key = f"{base}_{i}"
        while key in used:  # "x_1" may have been taken by name
            i += 1
            key = f"{base}_{i}"
        if mark_as_used:
            used[key] = 1
        return f"{name}_{i}"

    def _mark_name_used(self, name):
        key = name.lower()
        self._names_in_use[key] = self._names_in_use.get(key, 0) + 1

    @contextlib.contextmanager
    def name_scope(self, name):
        old, returned = self._enter_name_scope(name)
        try:
            yield returned
        finally:
            self._scopes.name_stack = old

    def _enter_name_scope(self, name):
        """Opens name scope `name`; returns (the name stack to restore on exit, the scope
        string to yield). For name_scope and the faster scopes.name_scope class."""
        scopes = self._scopes
        if name:
            if not isinstance(name, str):
                if not isinstance(name, bytes):
                    raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)
                name = name.decode()
            check_scope_name(self, name)
        old = scopes.name_stack
        if not name:
            new_stack, returned = "", ""
        elif name[-1] == "/":
            new_stack, returned = name[:-1], name
        else:
            new_stack = self._unique_name(old, name)
            returned = new_stack + "/"
        scopes.name_stack = new_stack
        return old, returned

    # ------------------------------------------------------------- collections
    def add_to_collection(self, name, value):
        self._check_not_finalized()
        with self._lock:
            self._collections.setdefault(name, []).append(value)

    def add_to_collections(self, names, value):
        if isinstance(names, str):
            names = (names,)
        for name in set(names):
            self.add_to_collection(name, value)

    def get_collection_ref(self, name):
        with self._lock:
            coll = self._collections.get(name)
            if coll is None:
                coll = self._collections[name] = []
            return coll

    def get_collection(self, name, scope=None):
        with self._lock:
            coll = self._collections.get(name)
            if coll is None:
                return []
            if scope is None:
                return list(coll)
            regex = re.compile(scope)
            out = []
            for item in coll:
                try:
                    if regex.match(item.name):
                        out.append(item)
                except AttributeError:
                    pass
            return out

    def get_all_collection_keys(self):
        with self._lock:
            # NOTE: as in TF, only string keys (`Graph.collections` lists every key).
            return [k for k in self._collections if isinstance(k, str)]

    def clear_collection(self, name):
        self._check_not_finalized()
        with self._lock:
            self._collections.pop(name, None)

    # ---------------------------------------------------- control dependencies
    @contextlib.contextmanager
    def control_dependencies(self, control_inputs):
        scopes = self._scopes
        if control_inputs is None:
            # NOTE: as in TF, this also leaves any TF1 control-flow context (cond branch, loop).
            saved, saved_ctxt = scopes.control_stack, self._control_flow_context
            scopes.control_stack = []
            if saved_ctxt is not None:
                self._control_flow_context = None
            try:
                yield
            finally:
                scopes.control_stack = saved
                if saved_ctxt is not None:
                    self._control_flow_context = saved_ctxt
            return
        from tensorweave.framework.ops import Operation, Tensor

        ops = []
        current = set()
        for c in scopes.control_stack:
            current.update(c.control_inputs)
        for c in control_inputs:
            if callable(c) and not hasattr(c, "op") and not isinstance(c, Operation):
                c = c()
            if not isinstance(c, (Operation, Tensor)):
                op_attr = getattr(c, "op", None)
                if isinstance(op_attr, Operation):
                    c = op_attr
                else:
                    c = self.as_graph_element(c)
            if c.graph is not self:
                self.as_graph_element(c)  # raises TF's "... is not an element of this graph."
            if isinstance(c, Tensor):
                c = c.op
            if c not in current and c not in ops:
                ops.append(c)
                # As TF: mark ops used as manual control deps (shows in their NodeDef attrs).
                # Written directly: no kernel reads it, so plans need no rebuild.
                c._attrs["_has_manual_control_dependencies"] = True
        controller = _ControlDependencies(ops)
        scopes.control_stack.append(controller)
        try:
            yield
        finally:
            scopes.control_stack.remove(controller)

    def _control_dependencies_for_inputs(self, input_ops):
        stack = self._scopes.control_stack
        if not stack:
            return ()
        ret = []
        for controller in stack:
            if any(op in controller.seen for op in input_ops):
                continue
            for c in controller.control_inputs:
                if c not in input_ops and c not in ret:
                    ret.append(c)
        return ret

    # ----------------------------------------------------------------- devices
    @contextlib.contextmanager
    def device(self, device_name_or_function):
        scopes = self._scopes
        entry = device_name_or_function
        if isinstance(entry, DeviceSpec):
            entry = entry.to_string()
        if isinstance(entry, str):
            entry = canonical_device(entry)
        elif entry is not None and not callable(entry):
            _raise_bad_device(entry)
        scopes.device_stack.append(entry)
        saved_cache = scopes.device_cache
        scopes.device_cache = self._merge_device_stack(scopes.device_stack)
        try:
            yield
        finally:
            scopes.device_stack.pop()
            scopes.device_cache = saved_cache

    def _merge_device_stack(self, stack):
        """Merged device of a stack of strings, or None when a function is on it. Inside
        colocate_with, a colocated op's device overrides the device scopes."""
        coloc = self._scopes.colocation_device
        merged = ""
        for entry in stack:
            if entry is None:
                merged = ""
            elif isinstance(entry, str):
                merged = merge_device_strings(merged, entry)
            else:
                return None
        return coloc or merged

    def _device_for_op(self, op):
        """Applies a device stack holding functions to a new op, as TF does: innermost entry
        first; a string fills the fields still unset, a function's result replaces the device
        (kept as the function returned it); `tf.device(None)` stops the walk."""
        scopes = self._scopes
        cached = scopes.device_cache
        if cached is not None:
            return cached
        device = ""
        for entry in reversed(scopes.device_stack):
            if entry is None:
                break
            if isinstance(entry, str):
                if entry:
                    device = merge_device_strings(entry, device)
            else:
                op._device = device
                device = _device_function_result(entry(op))
        return scopes.colocation_device or device

    @contextlib.contextmanager
    def colocate_with(self, op, ignore_existing=False):
        from tensorweave.framework.ops import Operation, Tensor

        scopes = self._scopes
        if op is None:
            if not ignore_existing:
                raise ValueError("Trying to reset colocation (op is None) but ignore_existing is not True")
            # NOTE: as in TF, this also drops the device scopes entered so far.
            saved = (scopes.colocation_stack, scopes.colocation_device, scopes.device_stack,
                     scopes.device_cache)
            scopes.colocation_stack, scopes.colocation_device = [], ""
            scopes.device_stack, scopes.device_cache = [], ""
            try:
                yield
            finally:
                (scopes.colocation_stack, scopes.colocation_device, scopes.device_stack,
                 scopes.device_cache) = saved
            return
        if isinstance(op, Tensor):
            op = op.op
        elif not isinstance(op, Operation):
            inner = getattr(op, "op", None)
            if not isinstance(inner, Operation):
                raise TypeError("colocate_with expects an Operation, a Tensor or a Variable.")
            op = inner
        saved_stack, saved_coloc = scopes.colocation_stack, scopes.colocation_device
        saved_devices, saved_cache = scopes.device_stack, scopes.device_cache
        scopes.colocation_stack = ([] if ignore_existing else list(saved_stack)) + [op]
        # NOTE: as in TF, device scopes entered outside colocate_with do not apply inside it;
        # ones entered inside do, unless the colocated op has a device, which then wins.
        if op.device or ignore_existing:
            scopes.colocation_device = op.device
        scopes.device_stack = []
        scopes.device_cache = scopes.colocation_device
        try:
            yield
        finally:
            scopes.colocation_stack, scopes.colocation_device = saved_stack, saved_coloc
            scopes.device_stack, scopes.device_cache = saved_devices, saved_cache

    @contextlib.contextmanager
    def container(self, container_name):
        """Stateful ops created inside whose "container" attr is empty get `container_name`."""
        saved = self._scopes.container
        self._scopes.container = container_name
        try:
            yield container_name
        finally:
            self._scopes.container = saved

    # ------------------------------------------------------ gradient overrides
    @contextlib.contextmanager
    def gradient_override_map(self, op_type_map):
        if not isinstance(op_type_map, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in op_type_map.items()):
            raise TypeError("op_type_map must be a dictionary mapping strings to strings")
        saved = self._scopes.gradient_override
        self._scopes.gradient_override = dict(saved, **op_type_map)
        try:
            yield
        finally:
            self._scopes.gradient_override = saved

    @contextlib.contextmanager
    def _attr_scope(self, attr_map):
        saved = self._scopes.attr_scope
        self._scopes.attr_scope = dict(saved, **attr_map)
        try:
            yield
        finally:
            self._scopes.attr_scope = saved

    # -------------------------------------------------------------- op factory
    def create_op(self, op_type, inputs, dtypes=None, input_types=None, name=None, attrs=None,
                  op_def=None, compute_shapes=True, compute_device=True):
        """Creates an op of a registered type (TF's low-level Graph.create_op)."""
        from tensorweave.framework.op_def import create_operation

        return create_operation(op_type, list(inputs), dict(attrs or {}), name=name, graph=self)

    def _next_id(self):
        self._last_id += 1
        return self._last_id

    def __repr__(self):
        return "<tensorweave.Graph object at 0x%x>" % id(self)
