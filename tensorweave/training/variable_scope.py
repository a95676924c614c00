"""variable_scope / get_variable: named, shareable variables.

Each graph keeps one `_GraphVariables` in `graph._variable_store`: the variables created by
`get_variable` by full name, and (per thread, like the graph's name scopes) the current
VariableScope and the count of opened scope names used to make default names unique.

`get_variable` names depend only on the variable scope, never on name scopes; entering a
`variable_scope` also opens a name scope (uniquified: re-entering "foo" opens "foo_1").
"""

import copy
import enum
import functools
import inspect
import threading

from tensorweave._api import tf_export, tf_export_value
from tensorweave.framework import context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import init_ops
from tensorweave.training import partitioned_variables as _partitioned
from tensorweave.training import variables as _variables


class _ReuseMode(enum.Enum):
    """The mode of `reuse=tf.AUTO_REUSE`: get a variable if it exists, else create it."""

    AUTO_REUSE = 1


AUTO_REUSE = _ReuseMode.AUTO_REUSE
tf_export_value("AUTO_REUSE", AUTO_REUSE)


@tf_export("no_regularizer")
def no_regularizer(_):
    """Use this to explicitly not regularize a variable in a scope that has a regularizer."""
    del _


# ---------------------------------------------------------------------- VariableScope
@tf_export("VariableScope")
class VariableScope:
    """The defaults `get_variable` uses inside a `variable_scope`, and the scope's name."""

    def __init__(self, reuse, name="", initializer=None, regularizer=None, caching_device=None,
                 partitioner=None, custom_getter=None, name_scope="", dtype=_dtypes.float32,
                 use_resource=None, constraint=None):
        self._name = name
        self._initializer = initializer
        self._regularizer = regularizer
        self._reuse = reuse
        self._caching_device = caching_device
        self._partitioner = partitioner
        self._custom_getter = custom_getter
        self._name_scope = name_scope
        self._dtype = dtype
        self._use_resource = use_resource
        self._constraint = constraint

    @property
    def name(self):
        return self._name

    @property
    def original_name_scope(self):
        return self._name_scope

    @property
    def reuse(self):
        return self._reuse

    @property
    def initializer(self):
        return self._initializer

    @property
    def dtype(self):
        return self._dtype

    @property
    def use_resource(self):
        return self._use_resource

    @property
    def regularizer(self):
        return self._regularizer

    @property
    def caching_device(self):
        return self._caching_device

    @property
    def partitioner(self):
        return self._partitioner

    @property
    def custom_getter(self):
        return self._custom_getter

    @property
    def constraint(self):
        return self._constraint

    def reuse_variables(self):
        """Makes `get_variable` in this scope return existing variables."""
        self._reuse = True

    def set_initializer(self, initializer):
        self._initializer = initializer

    def set_dtype(self, dtype):
        self._dtype = dtype

    def set_use_resource(self, use_resource):
        self._use_resource = use_resource

    def set_regularizer(self, regularizer):
        self._regularizer = regularizer

    def set_caching_device(self, caching_device):
        self._caching_device = caching_device

    def set_partitioner(self, partitioner):
        self._partitioner = partitioner

    def set_custom_getter(self, custom_getter):
        self._custom_getter = custom_getter

    def get_collection(self, name):
        scope = self._name + "/" if self._name else ""
        return context.get_default_graph().get_collection(name, scope)

    def trainable_variables(self):
        return self.get_collection(GraphKeys.TRAINABLE_VARIABLES)

    def global_variables(self):
        return self.get_collection(GraphKeys.GLOBAL_VARIABLES)

    def local_variables(self):
        return self.get_collection(GraphKeys.LOCAL_VARIABLES)

    def get_variable(self, var_store, name, shape=None, dtype=None, initializer=None,
                     regularizer=None, reuse=None, trainable=None, collections=None,
                     caching_device=None, partitioner=None, validate_shape=True,
                     use_resource=None, custom_getter=None, constraint=None,
                     synchronization=None, aggregation=None):
        """Gets an existing variable or creates a new one, with this scope's defaults."""
        if regularizer is None:
            regularizer = self._regularizer
        if caching_device is None:
            caching_device = self._caching_device
        if partitioner is None:
            partitioner = self._partitioner
        if custom_getter is None:
            custom_getter = self._custom_getter
        if reuse is None:
            reuse = self._reuse
        if use_resource is None:
            use_resource = self._use_resource
        full_name = self.name + "/" + name if self.name else name
        # Variable names depend only on the variable scope: leave the name scope meanwhile.
        with name_scope(None):
            if dtype is not None and initializer is not None and not callable(initializer):
                init_dtype = _ops.convert_to_tensor(initializer).dtype.base_dtype
                if init_dtype != _dtypes.as_dtype(dtype).base_dtype:
                    raise ValueError("Initializer type '%s' and explicit dtype '%s' don't match."
                                     % (init_dtype, _dtypes.as_dtype(dtype)))
            if initializer is None:
                initializer = self._initializer
            if constraint is None:
                constraint = self._constraint
            if dtype is None:
                dtype = self._dtype
            return var_store.get_variable(
                full_name, shape=shape, dtype=dtype, initializer=initializer,
                regularizer=regularizer, reuse=reuse, trainable=trainable,
                collections=collections, caching_device=caching_device, partitioner=partitioner,
                validate_shape=validate_shape, use_resource=use_resource,
                custom_getter=custom_getter, constraint=constraint,
                synchronization=synchronization, aggregation=aggregation)

    def __repr__(self):
        return "<tf.VariableScope '%s'>" % self._name


# ---------------------------------------------------------------------- the stores
class _VariableStore:
    """The variables made by get_variable in one graph, by full name."""

    def __init__(self):
        self._vars = {}
        self._partitioned_vars = {}
        self._lock = threading.RLock()

    def get_variable(self, name, shape=None, dtype=_dtypes.float32, initializer=None,
                     regularizer=None, reuse=None, trainable=None, collections=None,
                     caching_device=None, partitioner=None, validate_shape=True,
                     use_resource=None, custom_getter=None, constraint=None,
                     synchronization=None, aggregation=None):
        if custom_getter is not None and not callable(custom_getter):
            raise ValueError("Passed a custom_getter which is not callable: %s" % custom_getter)
        try:
            dtype = dtype.base_dtype
        except AttributeError:
            pass

        def true_getter(name, shape=None, dtype=_dtypes.float32, initializer=None,
                        regularizer=None, reuse=None, trainable=None, collections=None,
                        caching_device=None, partitioner=None, validate_shape=True,
                        use_resource=None, constraint=None, synchronization=None,
                        aggregation=None):
            if partitioner is not None and not (isinstance(shape, (list, tuple)) and not shape):
                return self._get_partitioned_variable(
                    name, partitioner, shape=shape, dtype=dtype, initializer=initializer,
                    regularizer=regularizer, reuse=reuse, trainable=trainable,
                    collections=collections, caching_device=caching_device,
                    validate_shape=validate_shape, constraint=constraint,
                    synchronization=synchronization, aggregation=aggregation,
                    use_resource=use_resource)
            if partitioner is None and "%s/part_0" % name in self._vars and not (
                    reuse is True and name in self._partitioned_vars):
                raise ValueError("No partitioner was provided, but a partitioned version of the "
                                 "variable was found: %s/part_0. Perhaps a variable of the same "
                                 "name was already created with partitioning?" % name)
            return self._get_single_variable(
                name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                reuse=reuse, trainable=trainable, collections=collections,
                caching_device=caching_device, validate_shape=validate_shape,
                constraint=constraint, synchronization=synchronization, aggregation=aggregation,
                use_resource=use_resource)

        synchronization, aggregation, trainable = \
            _variables.validate_synchronization_aggregation_trainable(
                synchronization, aggregation, trainable, name)
        kwargs = {"name": name, "shape": shape, "dtype": dtype, "initializer": initializer,
                  "regularizer": regularizer, "reuse": reuse, "trainable": trainable,
                  "collections": collections, "caching_device": caching_device,
                  "partitioner": partitioner, "validate_shape": validate_shape,
                  "use_resource": use_resource, "synchronization": synchronization,
                  "aggregation": aggregation}
        if custom_getter is None:
            return true_getter(constraint=constraint, **kwargs)
        if _accepts(custom_getter, "constraint"):
            kwargs["constraint"] = constraint
        return custom_getter(getter=true_getter, **kwargs)

    def _get_partitioned_variable(self, name, partitioner, shape=None, dtype=_dtypes.float32,
                                  initializer=None, reuse=None, **kwargs):
        """A PartitionedVariable of parts `name/part_i` (see training/partitioned_variables.py)."""
        dtype = _dtypes.as_dtype(dtype)
        from_tensor = isinstance(initializer, _ops.Tensor)
        if name in self._vars:
            raise ValueError("A partitioner was provided, but an unpartitioned version of the "
                             "variable was found: %s. Perhaps a variable of the same name was "
                             "already created without partitioning?" % name)
        shape = TensorShape(shape)
        if from_tensor:
            shape = shape.merge_with(initializer.shape)
        partitions = None
        if reuse is not True or partitioner:
            partitions = _partitioned.call_partitioner(partitioner, shape, dtype)
        found = self._partitioned_vars.get(name)
        if found is not None:
            if reuse is False or reuse is None:
                raise ValueError("Partitioned variable with name %s already exists. Did you mean to "
                                 "set reuse=True or reuse=tf.AUTO_REUSE in VarScope?" % name)
            if not shape.is_compatible_with(found.get_shape()):
                raise ValueError("Trying to reuse partitioned variable %s, but specified shape %s "
                                 "and found shape %s." % (name, shape, found.get_shape()))
            if not dtype.is_compatible_with(found.dtype):
                raise ValueError("Trying to reuse partitioned variable %s, but specified dtype %s "
                                 "and found dtype %s." % (name, dtype.name, found.dtype.name))
            if partitions is not None and found._get_partitions() != partitions:
                raise ValueError("Trying to reuse partitioned variable %s, but specified partitions "
                                 "%s and found partitions %s." % (name, partitions,
                                                                  found._get_partitions()))
            return found
        if reuse is True:
            raise ValueError("PartitionedVariable %s does not exist, or was not created with "
                             "tf.get_variable(). Did you mean to set reuse=False or "
                             "reuse=tf.AUTO_REUSE in VarScope?" % name)
        parts = []
        for i, (offset, part_shape) in enumerate(_partitioned.slices(shape.as_list(), partitions)):
            part_name = "%s/part_%d" % (name, i)
            info = _partitioned.PartitionInfo(shape.as_list(), offset)
            with name_scope(part_name + "/PartitionedInitializer"):
                if initializer is None or callable(initializer):
                    init, init_shape = initializer, part_shape
                else:
                    from tensorweave.ops import slicing_ops

                    value = initializer if from_tensor else _ops.convert_to_tensor(initializer, dtype=dtype)
                    init, init_shape = slicing_ops.slice(value, offset, part_shape), None
                    dtype = init.dtype.base_dtype
            with name_scope(None):
                parts.append(self._get_single_variable(
                    part_name, shape=init_shape, dtype=dtype, initializer=init, reuse=reuse,
                    partition_info=info, **kwargs))
            # The Saver writes the parts as slices of one checkpoint tensor `name`, as TF does.
            parts[-1]._set_save_slice_info(
                _partitioned.SaveSliceInfo(name, shape.as_list(), offset, part_shape))
        var = _partitioned.PartitionedVariable(name, shape, dtype, parts, partitions)
        self._partitioned_vars[name] = var
        return var

    def _get_single_variable(self, name, shape=None, dtype=_dtypes.float32, initializer=None,
                             regularizer=None, reuse=None, trainable=None, collections=None,
                             caching_device=None, validate_shape=True, constraint=None,
                             synchronization=None, aggregation=None, use_resource=None,
                             partition_info=None):
        initializing_from_value = initializer is not None and not callable(initializer)
        if shape is not None and initializing_from_value:
            raise ValueError("If initializer is a constant, do not specify shape.")
        dtype = _dtypes.as_dtype(dtype)
        shape = TensorShape(shape)
        with self._lock:
            found = self._vars.get(name)
            if found is not None:
                if reuse is None or reuse is False:
                    raise ValueError(_already_exists_message(name, found))
                if not shape.is_compatible_with(found.get_shape()):
                    raise ValueError("Trying to share variable %s, but specified shape %s and "
                                     "found shape %s." % (name, shape, found.get_shape()))
                if not dtype.is_compatible_with(found.dtype):
                    raise ValueError("Trying to share variable %s, but specified dtype %s and "
                                     "found dtype %s." % (name, dtype.name, found.dtype.name))
                return found
            if reuse is True:
                raise ValueError("Variable %s does not exist, or was not created with "
                                 "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in "
                                 "VarScope?" % name)
            if initializer is None:
                if shape.ndims is None:
                    raise ValueError("Variable %s did not get an initializer, so its `shape` "
                                     "argument must be specified." % name)
                initializer, initializing_from_value = _default_initializer(name, dtype)
            g = context.get_default_graph()
            with g.control_dependencies(None):
                if initializing_from_value:
                    init_val = initializer
                    variable_dtype = None
                else:
                    if inspect.isclass(initializer):
                        initializer = initializer()
                    if shape.is_fully_defined():
                        init_val = functools.partial(initializer, shape.as_list(), dtype=dtype)
                        if _accepts(initializer, "partition_info"):
                            init_val = functools.partial(init_val, partition_info=partition_info)
                        variable_dtype = dtype.base_dtype
                    elif _needs_no_arguments(initializer):
                        init_val = initializer
                        variable_dtype = None
                    else:
                        raise ValueError(
                            "The initializer passed is not valid. It should be a callable with no "
                            "arguments and the shape should not be provided or an instance of "
                            "`tf.keras.initializers.*' and `shape` should be fully defined.")
            v = _variables.Variable(
                initial_value=init_val, name=name, trainable=trainable, collections=collections,
                caching_device=caching_device, dtype=variable_dtype,
                validate_shape=validate_shape, constraint=constraint,
                synchronization=synchronization, aggregation=aggregation,
                use_resource=use_resource)
            self._vars[name] = v
        if regularizer:
            with g.colocate_with(v.op), name_scope(name + "/Regularizer/"):
                loss = regularizer(v)
            if loss is not None:
                g.add_to_collection(GraphKeys.REGULARIZATION_LOSSES, loss)
        return v


def _already_exists_message(name, var):
    # NOTE: TF 2.21 adds no "Originally defined at" trace here: its default (resource)
    # variables have no creation traceback.
    return ("Variable %s already exists, disallowed. Did you mean to set reuse=True or "
            "reuse=tf.AUTO_REUSE in VarScope?" % name)


def _default_initializer(name, dtype):
    if dtype.is_floating:
        return init_ops.glorot_uniform_initializer(), False
    if dtype.is_integer or dtype.is_unsigned or dtype.is_bool or dtype == _dtypes.string:
        return init_ops.zeros_initializer(), False
    raise ValueError("An initializer for variable %s of %s is required" % (name, dtype.base_dtype))


def _accepts(fn, arg):
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return arg in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _needs_no_arguments(fn):
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
               for p in params.values())


class _ScopeState(threading.local):
    def __init__(self):
        self.current_scope = VariableScope(False)
        self.variable_scopes_count = {}


class _GraphVariables:
    """What one graph keeps for get_variable: the store and the per-thread scope state."""

    def __init__(self):
        self.store = _VariableStore()
        self.scopes = _ScopeState()

    def open_variable_scope(self, scope_name):
        counts = self.scopes.variable_scopes_count
        counts[scope_name] = counts.get(scope_name, 0) + 1

    def close_variable_subscopes(self, scope_name):
        counts = self.scopes.variable_scopes_count
        prefix = None if scope_name is None else scope_name + "/"
        for k in counts:
            if prefix is None or k.startswith(prefix):
                counts[k] = 0

    def variable_scope_count(self, scope_name):
        return self.scopes.variable_scopes_count.get(scope_name, 0)


def _graph_variables(graph=None):
    g = graph if graph is not None else context.get_default_graph()
    # Function bodies (cond branches, loop bodies) share the store of the graph they are in.
    while g.building_function and getattr(g, "outer_graph", None) is not None:
        g = g.outer_graph
    state = g._variable_store
    if state is None:
        with g._lock:
            state = g._variable_store
            if state is None:
                # TF keeps its variable (scope) stores in graph collections, created on first
                # use: a finalized graph refuses them.
                g._check_not_finalized()
                state = g._variable_store = _GraphVariables()
    return state


def _get_default_variable_store():
    return _graph_variables().store


@tf_export("get_variable_scope")
def get_variable_scope():
    """The current VariableScope of the default graph."""
    return _graph_variables().scopes.current_scope


def _get_unique_variable_scope(prefix):
    state = _graph_variables()
    current = state.scopes.current_scope
    name = current.name + "/" + prefix if current.name else prefix
    if state.variable_scope_count(name) == 0:
        return prefix
    idx = 1
    while state.variable_scope_count("%s_%d" % (name, idx)) > 0:
        idx += 1
    return "%s_%d" % (prefix, idx)


def _maybe_wrap_custom_getter(custom_getter, old_getter):
    """Nests custom getters: the new one receives a getter that applies the old one."""
    if old_getter is None:
        return custom_getter

    def wrapped(getter, *args, **kwargs):
        return custom_getter(functools.partial(old_getter, getter), *args, **kwargs)

    return wrapped


# ------------------------------------------------------------------- the scopes
class _pure_variable_scope:
    """Enters a variable scope without touching name scopes."""

    def __init__(self, name_or_scope, reuse=None, initializer=None, regularizer=None,
                 caching_device=None, partitioner=None, custom_getter=None, old_name_scope=None,
                 dtype=_dtypes.float32, use_resource=None, constraint=None):
        self._name_or_scope = name_or_scope
        self._reuse = reuse
        self._initializer = initializer
        self._regularizer = regularizer
        self._caching_device = caching_device
        self._partitioner = partitioner
        self._custom_getter = custom_getter
        self._old_name_scope = old_name_scope
        self._dtype = dtype
        self._use_resource = use_resource
        self._constraint = constraint
        self._state = _graph_variables()
        self._last = None
        if isinstance(name_or_scope, VariableScope):
            src = name_or_scope
            self._new_name = src.name
            scope = VariableScope(
                src.reuse if not reuse else reuse, name=self._new_name,
                initializer=src.initializer, regularizer=src.regularizer,
                caching_device=src.caching_device, partitioner=src.partitioner, dtype=src.dtype,
                custom_getter=src.custom_getter, name_scope=src.original_name_scope,
                use_resource=src.use_resource, constraint=constraint)
            self._apply_overrides(scope, src.custom_getter)
            self._cached_scope = scope

    def _apply_overrides(self, scope, old_getter):
        if self._initializer is not None:
            scope.set_initializer(self._initializer)
        if self._regularizer is not None:
            scope.set_regularizer(self._regularizer)
        if self._caching_device is not None:
            scope.set_caching_device(self._caching_device)
        if self._partitioner is not None:
            scope.set_partitioner(self._partitioner)
        if self._custom_getter is not None:
            scope.set_custom_getter(_maybe_wrap_custom_getter(self._custom_getter, old_getter))
        if self._dtype is not None:
            scope.set_dtype(self._dtype)
        if self._use_resource is not None:
            scope.set_use_resource(self._use_resource)

    def __enter__(self):
        state = self._state
        scopes = state.scopes
        self._old = scopes.current_scope
        if isinstance(self._name_or_scope, VariableScope):
            state.open_variable_scope(self._new_name)
            self._old_subscopes = copy.copy(scopes.variable_scopes_count)
            scope = self._cached_scope
        else:
            old = self._old
            self._new_name = (old.name + "/" + self._name_or_scope if old.name
                              else self._name_or_scope)
            self._reuse = self._reuse or old.reuse
            ns = self._name_or_scope if self._old_name_scope is None else self._old_name_scope
            scope = VariableScope(
                self._reuse, name=self._new_name, initializer=old.initializer,
                regularizer=old.regularizer, caching_device=old.caching_device,
                partitioner=old.partitioner, dtype=old.dtype, use_resource=old.use_resource,
                custom_getter=old.custom_getter, name_scope=ns, constraint=self._constraint)
            self._apply_overrides(scope, old.custom_getter)
            state.open_variable_scope(self._new_name)
        scopes.current_scope = scope
        self._last = scope
        return scope

    def __exit__(self, exc_type, exc, tb):
        scopes = self._state.scopes
        if scopes.current_scope is not self._last:
            raise RuntimeError("Improper nesting of variable_scope.")
        if isinstance(self._name_or_scope, VariableScope):
            scopes.variable_scopes_count = self._old_subscopes
        else:
            self._state.close_variable_subscopes(self._new_name)
        scopes.current_scope = self._old
        return False


@tf_export("variable_scope")
class variable_scope:
    """Opens a variable scope (and a name scope) for get_variable and its defaults.

    `variable_scope(name_or_scope, default_name=None, values=None, initializer=None,
    regularizer=None, caching_device=None, partitioner=None, custom_getter=None, reuse=None,
    dtype=None, use_resource=None, constraint=None, auxiliary_name_scope=True)`.
    Yields the new VariableScope.
    """

    def __init__(self, name_or_scope, default_name=None, values=None, initializer=None,
                 regularizer=None, caching_device=None, partitioner=None, custom_getter=None,
                 reuse=None, dtype=None, use_resource=None, constraint=None,
                 auxiliary_name_scope=True):
        self._name_or_scope = name_or_scope
        self._default_name = default_name
        self._values = values
        self._initializer = initializer
        self._regularizer = regularizer
        self._caching_device = caching_device
        self._partitioner = partitioner
        self._custom_getter = custom_getter
        self._reuse = reuse
        self._dtype = dtype
        self._use_resource = use_resource
        self._constraint = constraint
        if default_name is None and name_or_scope is None:
            raise TypeError("If default_name is None then name_or_scope is required")
        if self._reuse is False:  # False means "inherit", like None
            self._reuse = None
        if not (self._reuse is True or self._reuse is None or self._reuse is AUTO_REUSE):
            raise ValueError("The reuse parameter must be True or False or None.")
        if self._values is None:
            self._values = []
        if not isinstance(auxiliary_name_scope, bool):
            raise TypeError("The auxiliary_name_scope must be `True` or `False`, while get %s"
                            % auxiliary_name_scope)
        self._auxiliary_name_scope = auxiliary_name_scope
        self._graph = _ops.get_graph_from_inputs(self._values)
        self._pure = None
        self._current_name_scope = None
        self._graph_cm = None

    def _pure_scope(self, name_or_scope, old_name_scope):
        return _pure_variable_scope(
            name_or_scope, reuse=self._reuse, initializer=self._initializer,
            regularizer=self._regularizer, caching_device=self._caching_device,
            partitioner=self._partitioner, custom_getter=self._custom_getter,
            old_name_scope=old_name_scope, dtype=self._dtype, use_resource=self._use_resource,
            constraint=self._constraint)

    def __enter__(self):
        self._graph_cm = self._graph.as_default()
        self._graph_cm.__enter__()
        try:
            if self._pure is not None:  # re-entering the same object
                if self._current_name_scope is not None:
                    self._current_name_scope.__enter__()
                return self._pure.__enter__()
            return self._enter_uncached()
        except BaseException:
            self._graph_cm.__exit__(None, None, None)
            raise

    def _enter_uncached(self):
        if self._auxiliary_name_scope:
            current_name_scope = None
        else:  # re-enter the current name scope
            current = self._graph.get_name_scope()
            current_name_scope = name_scope(current + "/" if current else current)
        if self._name_or_scope is not None:
            if not isinstance(self._name_or_scope, (VariableScope, str)):
                raise TypeError("VariableScope: name_or_scope must be a string or VariableScope.")
            if isinstance(self._name_or_scope, str):
                ns_name = self._name_or_scope
            else:
                ns_name = self._name_or_scope.name.split("/")[-1]
            if ns_name or current_name_scope:
                current_name_scope = current_name_scope or name_scope(ns_name)
                entered = current_name_scope.__enter__()
                self._current_name_scope = current_name_scope
                if isinstance(self._name_or_scope, str):
                    old_name_scope = entered
                else:
                    old_name_scope = self._name_or_scope.original_name_scope
                pure = self._pure_scope(self._name_or_scope, old_name_scope)
            else:
                self._current_name_scope = None
                pure = self._pure_scope(self._name_or_scope, None)
        else:  # a unique name made from default_name
            if self._reuse:
                raise ValueError("reuse=True cannot be used without a name_or_scope")
            current_name_scope = current_name_scope or name_scope(self._default_name)
            entered = current_name_scope.__enter__()
            self._current_name_scope = current_name_scope
            unique = _get_unique_variable_scope(self._default_name)
            pure = self._pure_scope(unique, entered)
        try:
            result = pure.__enter__()
        except BaseException:
            if self._current_name_scope is not None:
                self._current_name_scope.__exit__(None, None, None)
            raise
        self._pure = pure
        return result

    def __exit__(self, exc_type, exc, tb):
        try:
            self._pure.__exit__(exc_type, exc, tb)
        finally:
            try:
                if self._current_name_scope is not None:
                    self._current_name_scope.__exit__(exc_type, exc, tb)
            finally:
                self._graph_cm.__exit__(exc_type, exc, tb)
        return False


@tf_export("get_variable")
def get_variable(name, shape=None, dtype=None, initializer=None, regularizer=None,
                 trainable=None, collections=None, caching_device=None, partitioner=None,
                 validate_shape=True, use_resource=None, custom_getter=None, constraint=None,
                 synchronization=None, aggregation=None):
    """Gets the variable `name` in the current variable scope, or creates it."""
    return get_variable_scope().get_variable(
        _get_default_variable_store(), name, shape=shape, dtype=dtype, initializer=initializer,
        regularizer=regularizer, trainable=trainable, collections=collections,
        caching_device=caching_device, partitioner=partitioner, validate_shape=validate_shape,
        use_resource=use_resource, custom_getter=custom_getter, constraint=constraint,
        synchronization=synchronization, aggregation=aggregation)


@tf_export("get_local_variable")
def get_local_variable(name, shape=None, dtype=None, initializer=None, regularizer=None,
                       trainable=False, collections=None, caching_device=None, partitioner=None,
                       validate_shape=True, use_resource=None, custom_getter=None,
                       constraint=None, synchronization=None, aggregation=None):
    """get_variable for a non-trainable variable in LOCAL_VARIABLES."""
    collections = list(collections or []) + [GraphKeys.LOCAL_VARIABLES]
    return get_variable(name, shape=shape, dtype=dtype, initializer=initializer,
                        regularizer=regularizer, trainable=False, collections=collections,
                        caching_device=caching_device, partitioner=partitioner,
                        validate_shape=validate_shape, use_resource=use_resource,
                        custom_getter=custom_getter, constraint=constraint,
                        synchronization=synchronization, aggregation=aggregation)
