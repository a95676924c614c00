"""tf.Variable: a VariableV2 op with its initializer and snapshot, and the variable helpers.

A variable named `foo` is four ops, with TensorFlow's names:

    foo/initial_value   the initial value (Const, or whatever tensor was given)
    foo                 VariableV2, whose ref output `foo:0` is the variable's graph element
    foo/Assign          the initializer: Assign(foo, foo/initial_value)
    foo/read            Identity snapshot returned by `value()`

Values live in sessions, never here. Converting a Variable to a tensor gives its ref tensor:
consumers receive the value current when they run (see docs/developing.md).
"""

import contextlib
import enum

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import graph_ops, state_ops
from tensorweave.ops.init_ops import public_function


@tf_export("VariableSynchronization")
class VariableSynchronization(enum.Enum):
    AUTO = 0
    NONE = 1
    ON_WRITE = 2
    ON_READ = 3


@tf_export("VariableAggregation")
class VariableAggregation(enum.Enum):
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3
    ONLY_FIRST_TOWER = 3  # noqa: PIE796  (TF's alias of ONLY_FIRST_REPLICA)


def validate_synchronization_aggregation_trainable(synchronization, aggregation, trainable, name):
    """TF's defaults: trainable unless synchronized on read."""
    if aggregation is None:
        aggregation = VariableAggregation.NONE
    elif not isinstance(aggregation, VariableAggregation):
        try:
            aggregation = VariableAggregation(aggregation)
        except ValueError:
            raise ValueError("Invalid variable aggregation mode: %s for variable: %s"
                             % (aggregation, name)) from None
    if synchronization is None:
        synchronization = VariableSynchronization.AUTO
    elif not isinstance(synchronization, VariableSynchronization):
        try:
            synchronization = VariableSynchronization(synchronization)
        except ValueError:
            raise ValueError("Invalid variable synchronization mode: %s for variable: %s"
                             % (synchronization, name)) from None
    if trainable is None:
        trainable = synchronization != VariableSynchronization.ON_READ
    return synchronization, aggregation, trainable


def _delegate(method):
    """A Variable operator that applies Tensor's operator to the variable's value (as TF's do:
    a ref variable's `read` snapshot)."""

    def op(self, *args):
        return getattr(self._snapshot, method)(*args)

    op.__name__ = method
    return op


def _creation_graph(initial_value, init_from_fn):
    """(graph, name scope to re-enter) where a variable with this initial value is made."""
    g = context.get_default_graph() if init_from_fn else \
        _ops.get_graph_from_inputs([initial_value])
    if not g.building_function or (not init_from_fn and hasattr(initial_value, "graph")):
        return g, None
    current = g.get_name_scope()
    while g.building_function and getattr(g, "outer_graph", None) is not None:
        g = g.outer_graph
    return g, current + "/" if current else ""


class _VariableRef:
    """What `Variable.ref()` returns: hashable by identity, `deref()` gives the variable."""

    __slots__ = ("_variable",)

    def __init__(self, variable):
        self._variable = variable

    def deref(self):
        return self._variable

    def __hash__(self):
        return id(self._variable)

    def __eq__(self, other):
        return isinstance(other, _VariableRef) and other._variable is self._variable


class _VariableMetaclass(type):
    """Sends `tf.Variable(...)` through the creators of `tf.variable_creator_scope` (kept on
    the default graph by training/variable_creator.py) when there are any."""

    def __call__(cls, *args, **kwargs):
        if cls is Variable:
            stack = getattr(context.get_default_graph(), "_variable_creator_stack", None)
            if stack:
                from tensorweave.training.variable_creator import create_through

                return create_through(stack, args, kwargs)
        return super().__call__(*args, **kwargs)


@tf_export("Variable", "VariableV1")
class Variable(metaclass=_VariableMetaclass):
    """A TF1 reference variable (VariableV2 + Assign initializer + read snapshot)."""

    # NumPy must hand binary operators with a Variable on the right to the Variable.
    __array_priority__ = 100
    _is_resource = False

    def __new__(cls, *args, **kwargs):
        # tf.Variable(..., use_resource=True) (or with resource variables enabled, or from a
        # VariableDef marked is_resource) is a ResourceVariable, as in TensorFlow.
        # Otherwise, as in TF, tf.Variable makes a RefVariable.
        if cls is Variable:
            return object.__new__(ResourceVariable if _wants_resource(kwargs) else RefVariable)
        return object.__new__(cls)

    def __init__(self, initial_value=None, trainable=None, collections=None, validate_shape=True,
                 caching_device=None, name=None, variable_def=None, dtype=None,
                 expected_shape=None, import_scope=None, constraint=None, use_resource=None,
                 synchronization=None, aggregation=None, shape=None):
        if variable_def is not None:
            if initial_value is not None:
                raise ValueError("variable_def and initial_value are mutually exclusive.")
            self._init_from_proto(variable_def, import_scope)
            return
        synchronization, aggregation, trainable = validate_synchronization_aggregation_trainable(
            synchronization, aggregation, trainable, name)
        self._init_from_args(initial_value, trainable, collections, validate_shape, caching_device,
                             name, dtype, constraint, synchronization, aggregation, shape)

    def _init_from_args(self, initial_value, trainable, collections, validate_shape,
                        caching_device, name, dtype, constraint, synchronization, aggregation,
                        shape):
        if initial_value is None:
            raise ValueError("The `initial_value` arg to `tf.Variable` must be specified except "
                             "when you are not providing a `variable_def`. You provided neither.")
        init_from_fn = callable(initial_value)
        if collections is None:
            collections = [GraphKeys.GLOBAL_VARIABLES]
        if not isinstance(collections, (list, tuple, set)):
            raise ValueError(  # noqa: TRY004  (TF's class)
                "collections argument to Variable constructor must be a list, tuple, or set. "
                "Got %s of type %s" % (collections, type(collections)))
        if constraint is not None and not callable(constraint):
            raise ValueError("Argument `constraint` must be None or a callable. a callable. Got a "
                             "%s:  %s" % (type(constraint), constraint))
        if trainable and GraphKeys.TRAINABLE_VARIABLES not in collections:
            collections = list(collections) + [GraphKeys.TRAINABLE_VARIABLES]
        self._trainable = trainable
        self._synchronization = synchronization
        self._aggregation = aggregation
        self._constraint = constraint
        self._caching_device = caching_device
        self._save_slice_info = None
        values = [] if init_from_fn else [initial_value]
        g, outer_scope = _creation_graph(initial_value, init_from_fn)
        # Like TF's init_scope: a variable never depends on the control inputs around it, and
        # one made while building a function body (cond, while_loop) lives in the outer graph.
        reenter = contextlib.nullcontext() if outer_scope is None else g.name_scope(outer_scope)
        with g.as_default(), g.control_dependencies(None), reenter, \
                name_scope(name, "Variable", values) as scope:
            true_name = scope[:-1]
            if init_from_fn:
                with g._attr_scope({"_class": ["loc:@" + true_name]}), \
                        name_scope("Initializer"), g.device(None):
                    self._initial_value = _ops.convert_to_tensor(
                        initial_value(), name="initial_value", dtype=dtype)
            else:
                self._initial_value = _ops.convert_to_tensor(
                    initial_value, name="initial_value", dtype=dtype)
            # NOTE: as TF's RefVariable: validate_shape needs a fully defined initial value;
            # validate_shape=False gives an unknown shape unless `shape` is given (resource
            # variables differ).
            init_shape = self._initial_value.shape
            if validate_shape and not init_shape.is_fully_defined():
                raise ValueError(f"initial_value must have a shape specified: {self._initial_value}")
            var_shape = init_shape if validate_shape else TensorShape(None)
            if shape is not None:
                var_shape = TensorShape(shape)
                if validate_shape and not init_shape.is_compatible_with(var_shape):
                    raise ValueError(
                        "In this `tf.Variable` creation, the initial value's shape (%s) is not "
                        "compatible with the explicitly supplied `shape` argument (%s)."
                        % (init_shape, shape))
            self._variable = state_ops.variable_op_v2(
                var_shape, self._initial_value.dtype.base_dtype, name=scope)
            self._initializer_op = state_ops.assign(
                self._variable, self._initial_value, validate_shape=validate_shape).op
            if caching_device is not None:
                with g.device(caching_device):
                    self._snapshot = graph_ops.identity(self._variable, name="read")
            else:
                with g.colocate_with(self._variable.op):
                    self._snapshot = graph_ops.identity(self._variable, name="read")
        g.add_to_collections(collections, self)

    def _init_from_proto(self, variable_def, import_scope=None):
        """Rebuilds a Variable around existing ops from a VariableDef (proto or dict-like)."""
        g = context.get_default_graph()

        def scoped(name):
            if not name:
                return name
            return import_scope + "/" + name if import_scope else name

        def field(key):
            return getattr(variable_def, key, None) if not isinstance(variable_def, dict) \
                else variable_def.get(key)

        self._variable = g.as_graph_element(scoped(field("variable_name")))
        self._initializer_op = g.as_graph_element(scoped(field("initializer_name")))
        snapshot = field("snapshot_name")
        self._snapshot = g.as_graph_element(scoped(snapshot)) if snapshot else \
            graph_ops.identity(self._variable, name="read")
        initial = field("initial_value_name")
        self._initial_value = g.as_graph_element(scoped(initial)) if initial else None
        trainable = field("trainable")
        self._trainable = True if trainable is None else bool(trainable)
        self._synchronization = VariableSynchronization(field("synchronization") or 0)
        self._aggregation = VariableAggregation(field("aggregation") or 0)
        self._constraint = None
        self._caching_device = None
        self._save_slice_info = None

    @staticmethod
    def from_proto(variable_def, import_scope=None):
        """The Variable a VariableDef describes, around ops already in the default graph."""
        if _field(variable_def, "is_resource"):
            return ResourceVariable(variable_def=variable_def, import_scope=import_scope)
        return Variable(variable_def=variable_def, import_scope=import_scope)

    @classmethod
    def _from_ops(cls, variable, initializer_op, snapshot=None, initial_value=None,
                  trainable=True):
        """A Variable wrapping existing ops (e.g. of an imported graph); adds no collections."""
        self = object.__new__(RefVariable if cls is Variable else cls)
        self._variable = variable
        self._initializer_op = initializer_op
        self._snapshot = snapshot if snapshot is not None else variable
        self._initial_value = initial_value
        self._trainable = trainable
        self._synchronization = VariableSynchronization.AUTO
        self._aggregation = VariableAggregation.NONE
        self._constraint = None
        self._caching_device = None
        self._save_slice_info = None
        return self

    # ---------------------------------------------------------------- properties
    @property
    def name(self):
        return self._variable.name

    @property
    def op(self):
        return self._variable.op

    @property
    def dtype(self):
        # As in TF: a ref variable's dtype is its VariableV2's ref dtype (float32_ref).
        return self._variable.dtype

    @property
    def shape(self):
        return self._variable.shape

    def get_shape(self):
        return self._variable.shape

    def set_shape(self, shape):
        self._variable.set_shape(shape)
        self._snapshot.set_shape(shape)

    @property
    def graph(self):
        return self._variable.graph

    @property
    def device(self):
        return self._variable.device

    @property
    def initializer(self):
        return self._initializer_op

    @property
    def initial_value(self):
        return self._initial_value

    @property
    def constraint(self):
        return self._constraint

    @property
    def trainable(self):
        return self._trainable

    @property
    def synchronization(self):
        return self._synchronization

    @property
    def aggregation(self):
        return self._aggregation

    @property
    def _shared_name(self):
        return self._variable.op.name

    # ------------------------------------------------------------------- reading
    def _ref(self):
        return self._variable

    def _as_graph_element(self):
        return self._variable

    def value(self):
        """The snapshot `foo/read`."""
        return self._snapshot

    def read_value(self):
        """A new Identity reading the variable where it is created (name "read")."""
        return graph_ops.identity(self._variable, name="read")

    def initialized_value(self):
        """The value if initialized, else the initial value: for initializing other variables."""
        g = self.graph
        with g.as_default(), g.control_dependencies(None):
            cond = _cond_function()
            if cond is not None:
                return cond(is_variable_initialized(self), self.read_value,
                            lambda: self._initial_value)
            return self.read_value()

    _initialized_value = initialized_value  # the internal name both kinds of variable have

    def eval(self, session=None):
        return self._variable.eval(session=session)

    def load(self, value, session=None):
        """Writes `value` into the variable in `session` (default: the default session)."""
        if session is None:
            session = context.get_default_session()
            if session is None:
                raise ValueError("Either session argument should be provided or default session "
                                 "should be established")
        session.run(self._initializer_op, {self._initializer_op.inputs[1]: value})

    # ------------------------------------------------------------------ updating
    def assign(self, value, use_locking=False, name=None, read_value=True):
        out = state_ops.assign(self._variable, value, use_locking=use_locking, name=name)
        return out if read_value else out.op

    def assign_add(self, delta, use_locking=False, name=None, read_value=True):
        out = state_ops.assign_add(self._variable, delta, use_locking=use_locking, name=name)
        return out if read_value else out.op

    def assign_sub(self, delta, use_locking=False, name=None, read_value=True):
        out = state_ops.assign_sub(self._variable, delta, use_locking=use_locking, name=name)
        return out if read_value else out.op

    def _scatter(self, fn, sparse_delta, use_locking, name):
        if not (hasattr(sparse_delta, "indices") and hasattr(sparse_delta, "values")):
            raise TypeError("sparse_delta is not IndexedSlices: %s" % sparse_delta)
        return fn(self._variable, sparse_delta.indices, sparse_delta.values,
                  use_locking=use_locking, name=name)

    def scatter_update(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_update, sparse_delta, use_locking, name)

    def scatter_add(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_add, sparse_delta, use_locking, name)

    def scatter_sub(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_sub, sparse_delta, use_locking, name)

    def scatter_mul(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_mul, sparse_delta, use_locking, name)

    def scatter_div(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_div, sparse_delta, use_locking, name)

    def scatter_min(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_min, sparse_delta, use_locking, name)

    def scatter_max(self, sparse_delta, use_locking=False, name=None):
        return self._scatter(state_ops.scatter_max, sparse_delta, use_locking, name)

    def count_up_to(self, limit):
        return state_ops.count_up_to(self._variable, limit)

    def batch_scatter_update(self, sparse_delta, use_locking=False, name=None):
        """tf.batch_scatter_update of this variable with an IndexedSlices."""
        if not (hasattr(sparse_delta, "indices") and hasattr(sparse_delta, "values")):
            raise TypeError("Argument `sparse_delta` must be a `tf.IndexedSlices`. Received arg: "
                            "%s" % (sparse_delta,))
        return public_function("batch_scatter_update")(
            self, sparse_delta.indices, sparse_delta.values, use_locking=use_locking, name=name)

    def to_proto(self, export_scope=None):
        """The VariableDef naming this variable's ops (None if not under `export_scope`)."""
        if export_scope is not None and not self._variable.name.startswith(export_scope):
            return None
        from tensorweave.training import meta_graph

        return meta_graph.variable_def(self, export_scope)

    # ----------------------------------------------- slicing and N-d scatter updates
    def __getitem__(self, slice_spec):
        """A slice of the value whose `assign(value)` writes that region of the variable."""
        from tensorweave.ops import variable_update_ops

        return variable_update_ops.slice_variable(self, slice_spec)

    def _scatter_nd(self, kind, indices, updates, name):
        from tensorweave.ops import variable_update_ops

        return variable_update_ops.scatter_nd_variable(self, kind, indices, updates, None, name)

    def scatter_nd_update(self, indices, updates, name=None):
        return self._scatter_nd("Update", indices, updates, name)

    def scatter_nd_add(self, indices, updates, name=None):
        return self._scatter_nd("Add", indices, updates, name)

    def scatter_nd_sub(self, indices, updates, name=None):
        return self._scatter_nd("Sub", indices, updates, name)

    def scatter_nd_max(self, indices, updates, name=None):
        return self._scatter_nd("Max", indices, updates, name)

    def scatter_nd_min(self, indices, updates, name=None):
        return self._scatter_nd("Min", indices, updates, name)

    # -------------------------------------------------------------- save slices
    def _set_save_slice_info(self, save_slice_info):
        self._save_slice_info = save_slice_info

    def _get_save_slice_info(self):
        return self._save_slice_info

    # ------------------------------------------------------------ python object
    def ref(self):
        return _VariableRef(self)

    experimental_ref = ref

    # NOTE: graph-mode TF compares variables by identity, so they work as dict keys.
    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __iter__(self):
        raise _ops.OperatorNotAllowedInGraphError(
            _ops._NOT_ALLOWED % "Iterating over a symbolic `tf.Tensor`")

    def __bool__(self):
        return True  # as TF's RefVariable: a plain object here (resource variables differ)

    def __array__(self, dtype=None, copy=None):
        raise NotImplementedError(
            "Cannot convert a symbolic tf.Variable (%s) to a numpy array: run it in a session."
            % self.name)

    def __repr__(self):
        return "<tf.Variable '%s' shape=%s dtype=%s>" % (self.name, self.shape, self.dtype.name)


for _method in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
                "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",
                "__rmod__", "__pow__", "__rpow__", "__matmul__", "__rmatmul__", "__neg__",
                "__abs__", "__invert__", "__and__", "__rand__", "__or__", "__ror__", "__xor__",
                "__rxor__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(Variable, _method, _delegate(_method))
del _method


class RefVariable(Variable):
    """TF1's reference variable, what tf.Variable makes with resource variables disabled."""


class ResourceVariable(Variable):
    """A resource variable: a VarHandleOp whose value lives in the session, read explicitly.

    A variable named `v` is, with TensorFlow's names:

        v/Initializer/initial_value    the initial value
        v                              VarHandleOp; `v:0` (dtype resource) names the variable
        v/IsInitialized/VarIsInitializedOp
        v/Assign                       the initializer: AssignVariableOp(v, initial value)
        v/Read/ReadVariableOp          the graph element (`_graph_element`, saved by a Saver)

    Every `value()` (and every conversion to a tensor) is a new ReadVariableOp where it is
    used, so a read placed after an update (control dependencies) sees the update.
    """

    _is_resource = True
    _validate_shape = True  # assigns check the new value's shape (set per variable when made)

    def _init_from_args(self, initial_value, trainable, collections, validate_shape,
                        caching_device, name, dtype, constraint, synchronization, aggregation,
                        shape):
        from tensorweave.ops import resource_variable_ops as rvo

        if initial_value is None:
            raise ValueError("The `initial_value` arg to `tf.Variable` must be specified except "
                             "when you are not providing a `variable_def`. You provided neither.")
        init_from_fn = callable(initial_value)
        if collections is None:
            collections = [GraphKeys.GLOBAL_VARIABLES]
        if not isinstance(collections, (list, tuple, set)):
            raise ValueError(  # noqa: TRY004  (TF's class)
                "collections argument to Variable constructor must be a list, tuple, or set. "
                "Got %s of type %s" % (collections, type(collections)))
        if constraint is not None and not callable(constraint):
            raise ValueError("The `constraint` argument must be a callable.")
        if trainable and GraphKeys.TRAINABLE_VARIABLES not in collections:
            collections = list(collections) + [GraphKeys.TRAINABLE_VARIABLES]
        self._trainable = trainable
        self._synchronization = synchronization
        self._aggregation = aggregation
        self._constraint = constraint
        self._caching_device = caching_device
        self._save_slice_info = None
        values = [] if init_from_fn else [initial_value]
        g, outer_scope = _creation_graph(initial_value, init_from_fn)
        reenter = contextlib.nullcontext() if outer_scope is None else g.name_scope(outer_scope)
        with g.as_default(), g.control_dependencies(None), reenter, \
                name_scope(name, "Variable", values) as scope:
            handle_name = scope[:-1]
            with g._attr_scope({"_class": ["loc:@" + handle_name]}), name_scope("Initializer"), \
                    g.device(None):
                value = initial_value() if init_from_fn else initial_value
                self._initial_value = _ops.convert_to_tensor(value, name="initial_value",
                                                             dtype=dtype)
            # NOTE: as in TF 2.21, a resource variable takes the initial value's static shape,
            # known or not, whatever validate_shape says; validate_shape goes to its assigns
            # when that shape is fully known.
            var_shape = self._initial_value.shape
            if shape is not None:
                var_shape = TensorShape(shape)
                if not self._initial_value.shape.is_compatible_with(var_shape):
                    raise ValueError(
                        "In this `tf.Variable` creation, the initial value's shape (%s) is not "
                        "compatible with the explicitly supplied `shape` argument (%s)."
                        % (self._initial_value.shape, shape))
            self._dtype = self._initial_value.dtype.base_dtype
            # As TF: the handle is colocated with itself (its NodeDef has _class loc:@name).
            with g._attr_scope({"_class": ["loc:@" + handle_name]}):
                self._variable = rvo.var_handle_op(self._dtype, var_shape,
                                                   shared_name=handle_name, name=scope)
            self._var_shape = var_shape
            self._validate_shape = bool(validate_shape) and var_shape.is_fully_defined()
            # NOTE: as in TF, only the initializer and the first read are pinned to the
            # handle's device; IsInitialized takes the device scopes in force (so a
            # replica_device_setter puts it on the worker).
            with name_scope("IsInitialized"):
                self._is_initialized_op = rvo.var_is_initialized_op(self._variable)
            with g.colocate_with(None, ignore_existing=True), g.device(self._variable.device):
                with name_scope("Assign"):
                    self._initializer_op = apply_op(
                        "AssignVariableOp", [self._variable, self._initial_value],
                        {"dtype": self._dtype, "validate_shape": False},
                        name=_current_scope(g))
            with g.device(self._variable.device):
                with name_scope("Read"):
                    self._graph_element = rvo.read_variable_op(self._variable, self._dtype)
                    # As in TF: with a caching device, value() is one Identity of that read
                    # placed there (outside any colocation or device scope of the variable).
                    self._cached_value = None
                    if caching_device is not None:
                        with g.colocate_with(None, ignore_existing=True), \
                                g.device(caching_device):
                            self._cached_value = graph_ops.identity(self._graph_element)
        self._snapshot = self._graph_element
        g.add_to_collections(collections, self)

    def _init_from_proto(self, variable_def, import_scope=None):
        g = context.get_default_graph()

        def scoped(name):
            if not name:
                return name
            return import_scope + "/" + name if import_scope else name

        self._variable = g.as_graph_element(scoped(_field(variable_def, "variable_name")))
        self._dtype = self._variable.op.get_attr("dtype")
        self._var_shape = TensorShape(self._variable.op.get_attr("shape"))
        self._initializer_op = g.as_graph_element(scoped(_field(variable_def, "initializer_name")))
        snapshot = _field(variable_def, "snapshot_name")
        if snapshot:
            self._graph_element = g.as_graph_element(scoped(snapshot))
        else:
            from tensorweave.ops import resource_variable_ops as rvo

            with g.as_default(), g.colocate_with(self._variable.op), name_scope("Read"):
                self._graph_element = rvo.read_variable_op(self._variable, self._dtype)
        self._snapshot = self._graph_element
        initial = _field(variable_def, "initial_value_name")
        self._initial_value = g.as_graph_element(scoped(initial)) if initial else None
        trainable = _field(variable_def, "trainable")
        self._trainable = True if trainable is None else bool(trainable)
        self._synchronization = VariableSynchronization(_field(variable_def, "synchronization") or 0)
        self._aggregation = VariableAggregation(_field(variable_def, "aggregation") or 0)
        self._constraint = None
        self._caching_device = None
        self._save_slice_info = None
        self._is_initialized_op = None

    @classmethod
    def _from_ops(cls, variable, initializer_op, snapshot=None, initial_value=None,
                  trainable=True):
        self = super()._from_ops(variable, initializer_op, snapshot, initial_value, trainable)
        self._dtype = variable.op.get_attr("dtype")
        self._var_shape = TensorShape(variable.op.get_attr("shape"))
        self._graph_element = snapshot
        self._is_initialized_op = None
        self._cached_value = None
        return self

    # ---------------------------------------------------------------- properties
    @property
    def handle(self):
        return self._variable

    @property
    def dtype(self):
        return self._dtype

    @property
    def shape(self):
        return self._var_shape

    def get_shape(self):
        return self._var_shape

    def set_shape(self, shape):
        """As TF: merges `shape` into the variable's static shape (ValueError if incompatible)."""
        self._var_shape = self._var_shape.merge_with(TensorShape(shape))

    @property
    def create(self):
        return self._initializer_op

    def _as_graph_element(self):
        return self._graph_element

    def _ref(self):
        return self._variable

    # ------------------------------------------------------------------- reading
    def _read_variable_op(self):
        from tensorweave.ops import resource_variable_ops as rvo

        # NOTE: as in TF, a read takes the device scopes in force, not the handle's device.
        return rvo.read_variable_op(self._variable, self._dtype)

    def value(self):
        """A new ReadVariableOp of the variable (the cached read with a caching device)."""
        cached = getattr(self, "_cached_value", None)
        if cached is not None:
            return cached
        # As in TF, outside every device and colocation scope (so placed with the handle).
        with self._variable.graph.colocate_with(None, ignore_existing=True):
            return self._read_variable_op()

    def read_value(self):
        with name_scope("Read"):
            value = self._read_variable_op()
        return graph_ops.identity(value)

    def sparse_read(self, indices, name=None):
        from tensorweave.ops import resource_variable_ops as rvo

        with name_scope("Gather" if name is None else name) as scope:
            return rvo.resource_gather(self._variable, indices, self._dtype, name=scope)

    def is_initialized(self, name=None):
        from tensorweave.ops import resource_variable_ops as rvo

        return rvo.var_is_initialized_op(self._variable, name=name)

    def initialized_value(self):
        # As in TF 2.x: resource variables do not have it (TF1 ref variables do); TF raises it
        # with no message. Use read_value(), or tf.cond(tf.is_variable_initialized(v), ...).
        raise NotImplementedError()

    def _initialized_value(self):
        """The value if initialized, else the initial value (what the optimizers' slots and
        ExponentialMovingAverage start from)."""
        g = self.graph
        with g.as_default(), g.control_dependencies(None):
            cond = _cond_function()
            if cond is not None:
                return cond(self.is_initialized(), self.read_value,
                            lambda: self._initial_value)
            return self.read_value()

    def eval(self, session=None):
        return self._graph_element.eval(session=session)

    def _dense_var_to_tensor(self, dtype=None, name=None, as_ref=False):
        if dtype is not None and not dtype.is_compatible_with(self._dtype):
            raise ValueError("Incompatible type conversion requested to type '%s' for variable "
                             "of type '%s'" % (dtype.name, self._dtype.name))
        if as_ref:
            return self._variable
        return self.value()

    # ------------------------------------------------------------------ updating
    def _lazy_read(self, update_op, read_value):
        if not read_value:
            return update_op
        return _UnreadVariable._after(self, update_op)

    def _update_dependencies(self):
        """The control dependencies an update of this variable takes (none; see _UnreadVariable)."""
        return contextlib.nullcontext()

    def assign(self, value, use_locking=None, name=None, read_value=True):
        value = _ops.convert_to_tensor(value, dtype=self._dtype)
        if not self._var_shape.is_compatible_with(value.shape):
            raise ValueError(
                "Cannot assign value to variable ' %s': Shape mismatch.The variable shape %s, "
                "and the assigned value shape %s are incompatible."
                % (self.name, self._var_shape, value.shape))
        with self._update_dependencies():
            # As in TF: the variable's validate_shape, whatever tf.assign was told.
            op = apply_op("AssignVariableOp", [self._variable, value],
                          {"dtype": self._dtype,
                           "validate_shape": self._validate_shape},
                          name=name or "AssignVariableOp")
        return self._lazy_read(op, read_value)

    def _update(self, op_type, delta, name, read_value):
        delta = _ops.convert_to_tensor(delta, dtype=self._dtype)
        with self._update_dependencies():
            op = apply_op(op_type, [self._variable, delta], {}, name=name or op_type)
        return self._lazy_read(op, read_value)

    def assign_add(self, delta, use_locking=None, name=None, read_value=True):
        return self._update("AssignAddVariableOp", delta, name, read_value)

    def assign_sub(self, delta, use_locking=None, name=None, read_value=True):
        return self._update("AssignSubVariableOp", delta, name, read_value)

    def _resource_scatter(self, op_type, sparse_delta, name):
        if not (hasattr(sparse_delta, "indices") and hasattr(sparse_delta, "values")):
            raise TypeError("sparse_delta is not IndexedSlices: %s" % sparse_delta)
        from tensorweave.ops import resource_variable_ops as rvo

        with self._update_dependencies():
            op = rvo.resource_scatter(op_type, self._variable, sparse_delta.indices,
                                      sparse_delta.values, dtype=self._dtype, name=name or op_type)
        return self._lazy_read(op, True)

    def scatter_update(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterUpdate", sparse_delta, name)

    def scatter_add(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterAdd", sparse_delta, name)

    def scatter_sub(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterSub", sparse_delta, name)

    def scatter_mul(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterMul", sparse_delta, name)

    def scatter_div(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterDiv", sparse_delta, name)

    def scatter_min(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterMin", sparse_delta, name)

    def scatter_max(self, sparse_delta, use_locking=False, name=None):
        return self._resource_scatter("ResourceScatterMax", sparse_delta, name)

    def count_up_to(self, limit):
        """Increments the variable until it reaches `limit` (TF's deprecated counter)."""
        from tensorweave.ops import resource_variable_ops as rvo

        return rvo.resource_count_up_to(self._variable, limit, self._dtype)

    def to_proto(self, export_scope=None):
        from tensorweave.protos import variable_pb2

        def strip(name):
            if export_scope and name.startswith(export_scope + "/"):
                return name[len(export_scope) + 1:]
            return name

        vd = variable_pb2.VariableDef()
        vd.variable_name = strip(self._variable.name)
        if self._initial_value is not None:
            vd.initial_value_name = strip(self._initial_value.name)
        vd.initializer_name = strip(self._initializer_op.name)
        if self._graph_element is not None:
            vd.snapshot_name = strip(self._graph_element.name)
        vd.trainable = bool(self._trainable)
        vd.is_resource = True
        vd.synchronization = self._synchronization.value
        vd.aggregation = self._aggregation.value
        from tensorweave.training import meta_graph

        meta_graph.add_save_slice_info(vd, self, export_scope)
        return vd

    def __bool__(self):
        return bool(self.value())  # raises, as for any symbolic Tensor

    def __repr__(self):
        return "<tf.Variable '%s' shape=%s dtype=%s>" % (self.name, self.shape, self.dtype.name)


class _UnreadVariable(ResourceVariable):
    """What an update of a resource variable returns (read_value=True), as in TF: the variable
    as of after the update. Its `op` and `name` are the update's; used as a tensor it is a new
    ReadVariableOp with a control dependency on the update, `sess.run` fetches the read made
    with it, and further updates through it run after that update.
    """

    @classmethod
    def _after(cls, variable, update_op):
        self = cls.__new__(cls)
        self.__dict__.update(variable.__dict__)
        self._parent_op = update_op
        self._cached_value = None
        self._caching_device = None
        # The update's graph: a cond/while branch builds it in a function graph of its own.
        with update_op.graph.control_dependencies([update_op]):
            self._graph_element = self._snapshot = ResourceVariable._read_variable_op(self)
        return self

    @property
    def name(self):
        return self._parent_op.name

    @property
    def op(self):
        return self._parent_op

    def _read_variable_op(self):
        with self._parent_op.graph.control_dependencies([self._parent_op]):
            return super()._read_variable_op()

    def read_value(self):
        """As TF: a ReadVariableOp after the update (no "Read" scope, no Identity)."""
        return self._read_variable_op()

    def _update_dependencies(self):
        return self._parent_op.graph.control_dependencies([self._parent_op])

    def batch_scatter_update(self, sparse_delta, use_locking=False, name=None):
        with self._update_dependencies():
            return super().batch_scatter_update(sparse_delta, use_locking, name)


def _read_delegate(method):
    """An operator applying Tensor's operator to a fresh read of the variable."""

    def op(self, *args):
        return getattr(self.value(), method)(*args)

    op.__name__ = method
    return op


for _method in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
                "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",
                "__rmod__", "__pow__", "__rpow__", "__matmul__", "__rmatmul__", "__neg__",
                "__abs__", "__invert__", "__and__", "__rand__", "__or__", "__ror__", "__xor__",
                "__rxor__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(ResourceVariable, _method, _read_delegate(_method))
del _method


def _current_scope(g):
    scope = g.get_name_scope()
    return scope + "/" if scope else None


def _field(proto, key):
    return proto.get(key) if isinstance(proto, dict) else getattr(proto, key, None)


def _wants_resource(kwargs):
    variable_def = kwargs.get("variable_def")
    if variable_def is not None:
        return bool(_field(variable_def, "is_resource"))
    use_resource = kwargs.get("use_resource")
    if use_resource is None:
        from tensorweave.ops.resource_variable_ops import resource_variables_enabled

        use_resource = resource_variables_enabled()
    return bool(use_resource)


def _variable_conversion(value, dtype=None, name=None, as_ref=False):
    if value._is_resource:
        return value._dense_var_to_tensor(dtype=dtype, name=name, as_ref=as_ref)
    # As in TF: a ref variable converts to its `read` snapshot, or to `v:0` itself where an
    # op's input takes the reference (assign, scatter updates, training ops).
    t = value._variable if as_ref else value._snapshot
    if dtype is not None and not dtype.is_compatible_with(t.dtype):
        raise ValueError("Incompatible type conversion requested to type '%s' for variable of "
                         "type '%s'" % (dtype.name, t.dtype.name))
    return t


_ops.register_tensor_conversion_function(Variable, _variable_conversion)


def _cond_function():
    try:
        return public_function("cond")
    except NotImplementedError:
        return None


# ------------------------------------------------------------------ collections
@tf_export("global_variables", "all_variables")
def global_variables(scope=None):
    return _ops_collection(GraphKeys.GLOBAL_VARIABLES, scope)


@tf_export("trainable_variables")
def trainable_variables(scope=None):
    return _ops_collection(GraphKeys.TRAINABLE_VARIABLES, scope)


@tf_export("local_variables")
def local_variables(scope=None):
    return _ops_collection(GraphKeys.LOCAL_VARIABLES, scope)


@tf_export("model_variables")
def model_variables(scope=None):
    return _ops_collection(GraphKeys.MODEL_VARIABLES, scope)


@tf_export("moving_average_variables")
def moving_average_variables(scope=None):
    return _ops_collection(GraphKeys.MOVING_AVERAGE_VARIABLES, scope)


def _ops_collection(key, scope):
    return context.get_default_graph().get_collection(key, scope)


# ---------------------------------------------------------------- initializers
@tf_export("variables_initializer", "initialize_variables", "initializers.variables")
def variables_initializer(var_list, name="init"):
    """An op running the initializers of `var_list` (a NoOp when the list is empty)."""
    if var_list:
        return graph_ops.group(*[v.initializer for v in var_list], name=name)
    return graph_ops.no_op(name=name)


@tf_export("global_variables_initializer", "initialize_all_variables",
           "initializers.global_variables")
def global_variables_initializer():
    return variables_initializer(global_variables())


@tf_export("local_variables_initializer", "initialize_local_variables",
           "initializers.local_variables")
def local_variables_initializer():
    return variables_initializer(local_variables())


@tf_export("is_variable_initialized")
def is_variable_initialized(variable):
    return state_ops.is_variable_initialized(variable)


def _default_var_list():
    var_list = global_variables() + local_variables()
    if not var_list:  # old-style graphs: variables that are only ops
        var_list = [op.outputs[0] for op in context.get_default_graph().get_operations()
                    if op.type in ("Variable", "VariableV2", "AutoReloadVariable")]
    return var_list


@tf_export("assert_variables_initialized")
def assert_variables_initialized(var_list=None):
    """An op whose run fails (FailedPreconditionError) if a variable is uninitialized."""
    if var_list is None:
        var_list = _default_var_list()
    if not var_list:
        return None
    from tensorweave.framework.op_def import apply_op

    ranks = []
    for var in var_list:
        ref = _ops.convert_to_tensor(var, as_ref=True)
        g = ref.graph
        with g.as_default(), g.colocate_with(ref.op):
            # As TF: the rank of the value (a resource variable's is a read, not its handle).
            value = _ops.convert_to_tensor(var) if getattr(var, "_is_resource", False) else ref
            ranks.append(apply_op("Rank", [value], {}))
    if len(ranks) == 1:
        return ranks[0]
    return public_function("stack")(ranks)


@tf_export("report_uninitialized_variables")
def report_uninitialized_variables(var_list=None, name="report_uninitialized_variables"):
    """A 1-D string tensor with the op names of the variables not initialized in the session."""
    if var_list is None:
        var_list = _default_var_list()
    with name_scope(name):
        if var_list:
            init_vars = [state_ops.is_variable_initialized(v) for v in var_list]
        g = context.get_default_graph()
        with g.device("/cpu:0"):
            if not var_list:
                from tensorweave.ops import constant_op

                return constant_op.constant([], dtype="string")
            mask = public_function("logical_not")(public_function("stack")(init_vars))
            from tensorweave.ops import constant_op

            names = constant_op.constant([v.op.name for v in var_list])
            return public_function("boolean_mask")(names, mask)
