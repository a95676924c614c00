"""tf.distribute basics for graph-mode programs: the default strategy and OneDeviceStrategy.

A TF1 program that touches tf.distribute mostly asks for the default strategy: one replica,
no cross-device work. `get_strategy()` returns it; its `scope()`, `run`, `reduce` and
`extended` behave as TensorFlow's default strategy does (reduce with `axis=None` returns the
value itself, all_reduce is an IdentityN, worker_devices is unsupported).

Which strategy is current is kept per graph, in a stack on the Graph object, as TensorFlow does:
a strategy's `scope()` pushes it, `experimental_set_strategy` replaces the bottom entry. Inside
`run` the stack's top is a replica context; a strategy scope without one is the cross-replica
context.
"""

import contextlib
import enum

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.framework import ops as _ops


@tf_export("distribute.ReduceOp")
class ReduceOp(enum.Enum):
    """How values from replicas combine: SUM or MEAN."""

    SUM = "SUM"
    MEAN = "MEAN"

    @staticmethod
    def from_variable_aggregation(aggregation):
        name = getattr(aggregation, "name", str(aggregation)).upper()
        if name not in ("SUM", "MEAN", "ONLY_FIRST_REPLICA"):
            raise ValueError("Could not convert from `tf.VariableAggregation` %s to "
                             "`tf.distribute.ReduceOp` type" % aggregation)
        return ReduceOp.SUM if name == "SUM" else ReduceOp.MEAN


@tf_export("distribute.InputReplicationMode")
class InputReplicationMode(enum.Enum):
    """How input functions relate to replicas: one per worker, or one per replica."""

    PER_WORKER = "PER_WORKER"
    PER_REPLICA = "PER_REPLICA"


def _as_reduce_op(op):
    if isinstance(op, ReduceOp):
        return op
    try:
        return ReduceOp(str(op).upper())
    except ValueError:
        raise TypeError("Unknown reduce op %r: expected a tf.distribute.ReduceOp, 'SUM' or "
                        "'MEAN'" % (op,)) from None


@tf_export("distribute.InputContext")
class InputContext:
    """What an input function is told about its input pipeline and the replicas."""

    def __init__(self, num_input_pipelines=1, input_pipeline_id=0, num_replicas_in_sync=1):
        self._num_input_pipelines = num_input_pipelines
        self._input_pipeline_id = input_pipeline_id
        self._num_replicas_in_sync = num_replicas_in_sync

    @property
    def num_replicas_in_sync(self):
        return self._num_replicas_in_sync

    @property
    def input_pipeline_id(self):
        return self._input_pipeline_id

    @property
    def num_input_pipelines(self):
        return self._num_input_pipelines

    def get_per_replica_batch_size(self, global_batch_size):
        if global_batch_size % self._num_replicas_in_sync != 0:
            raise ValueError("The `global_batch_size` %r is not divisible by "
                             "`num_replicas_in_sync` %r " % (global_batch_size,
                                                             self._num_replicas_in_sync))
        return global_batch_size // self._num_replicas_in_sync

    def __str__(self):
        return "tf.distribute.InputContext(input pipeline id {}, total: {})".format(
            self.input_pipeline_id, self.num_input_pipelines)


# ------------------------------------------------------------------ contexts
class _Entry:
    """One entry of a graph's strategy stack."""

    __slots__ = ("strategy", "replica_context", "cross_replica")

    def __init__(self, strategy, replica_context, cross_replica):
        self.strategy = strategy
        self.replica_context = replica_context
        self.cross_replica = cross_replica


def _stack(graph=None):
    graph = graph or context.get_default_graph()
    stack = getattr(graph, "_distribution_strategy_stack", None)
    if stack is None:
        stack = graph._distribution_strategy_stack = []
    return stack


def _top():
    stack = _stack()
    return stack[-1] if stack else None


@contextlib.contextmanager
def _pushed(entry):
    stack = _stack()
    stack.append(entry)
    try:
        yield
    finally:
        stack.remove(entry)


class ReplicaContext:
    """What a function running on one replica sees: its id, the replica count, all_reduce."""

    def __init__(self, strategy, replica_id_in_sync_group):
        self._strategy = strategy
        self._replica_id_in_sync_group = replica_id_in_sync_group

    @property
    def strategy(self):
        return self._strategy

    @property
    def num_replicas_in_sync(self):
        return self._strategy.num_replicas_in_sync

    @property
    def replica_id_in_sync_group(self):
        from tensorweave.framework import dtypes
        from tensorweave.ops.constant_op import constant

        replica_id = self._replica_id_in_sync_group
        if isinstance(replica_id, _ops.Tensor):
            return replica_id
        return constant(replica_id, dtypes.int32, name="replica_id_in_sync_group")

    @property
    def devices(self):
        return self._strategy.extended.worker_devices

    def merge_call(self, merge_fn, args=(), kwargs=None):
        """Calls `merge_fn(strategy, *args, **kwargs)` in the cross-replica context."""
        with _pushed(_Entry(self._strategy, None, True)):
            return merge_fn(self._strategy, *args, **(kwargs or {}))

    def all_reduce(self, reduce_op, value, options=None):
        """With one replica: the value, through an IdentityN (as TensorFlow's default does)."""
        from tensorweave.framework import nest
        from tensorweave.ops.graph_ops import identity_n

        _as_reduce_op(reduce_op)
        flat = [_ops.convert_to_tensor(v) for v in nest.flatten(value)]
        out = identity_n(flat)
        out = out if isinstance(out, list) else [out]
        return nest.pack_sequence_as(value, out)

    def all_gather(self, value, axis, options=None):
        return value

    def __enter__(self):
        self._entry = _Entry(self._strategy, self, False)
        _stack().append(self._entry)
        return self

    def __exit__(self, *exc):
        _stack().remove(self._entry)


@tf_export("distribute.ReplicaContext")
class ReplicaContextV1(ReplicaContext):
    """tf.compat.v1's ReplicaContext. NOTE: as TF, the contexts the default strategy makes are
    not instances of it (they are TF2's ReplicaContext)."""


class _DefaultReplicaContext(ReplicaContext):
    @property
    def replica_id_in_sync_group(self):
        return 0


# ------------------------------------------------------------------ strategies
@tf_export("distribute.StrategyExtended")
class StrategyExtended:
    """The strategy's less common API (devices, colocation, reduce_to, update)."""

    def __init__(self, container_strategy):
        self._container_strategy = container_strategy

    @property
    def worker_devices(self):
        raise RuntimeError("worker_devices() method unsupported by default "
                           "tf.distribute.Strategy.")

    @property
    def parameter_devices(self):
        raise RuntimeError("parameter_devices() method unsupported by default "
                           "tf.distribute.Strategy.")

    @property
    def experimental_between_graph(self):
        return False

    @property
    def experimental_should_init(self):
        return True

    @property
    def should_checkpoint(self):
        return True

    @property
    def should_save_summary(self):
        return True

    def colocate_vars_with(self, colocate_with_variable):
        """A context in which new variables are placed with `colocate_with_variable`."""
        target = getattr(colocate_with_variable, "op", colocate_with_variable)
        return context.get_default_graph().colocate_with(target)

    def variable_created_in_scope(self, v):
        return True

    def reduce_to(self, reduce_op, value, destinations, options=None):
        _as_reduce_op(reduce_op)
        return value

    def batch_reduce_to(self, reduce_op, value_destination_pairs, options=None):
        return [self.reduce_to(reduce_op, v, d) for v, d in value_destination_pairs]

    def update(self, var, fn, args=(), kwargs=None, group=True):
        """Calls `fn(var, *args, **kwargs)` (with colocation on `var`)."""
        with self.colocate_vars_with(var):
            return fn(var, *args, **(kwargs or {}))

    def update_non_slot(self, colocate_with, fn, args=(), kwargs=None, group=True):
        return fn(*args, **(kwargs or {}))

    def value_container(self, value):
        return value

    def call_for_each_replica(self, fn, args=(), kwargs=None):
        return self._container_strategy.run(fn, args=args, kwargs=kwargs)

    def read_var(self, v):
        return _ops.convert_to_tensor(v)

    def non_slot_devices(self, var_list):
        return min(var_list, key=lambda x: x.name)


class Strategy:
    """A way to run a computation on replicas; the base of every strategy."""

    def __init__(self, extended):
        self._extended = extended

    @property
    def extended(self):
        return self._extended

    @property
    def num_replicas_in_sync(self):
        return 1

    @contextlib.contextmanager
    def scope(self):
        """Makes this the current strategy (variables made inside are its variables)."""
        with _pushed(_Entry(self, None, True)), self._device_scope():
            yield self

    def _device_scope(self):
        return contextlib.nullcontext()

    def run(self, fn, args=(), kwargs=None, options=None):
        """Runs `fn(*args, **kwargs)` once per replica (here: once) in a replica context."""
        with self._device_scope(), ReplicaContext(self, 0):
            return fn(*args, **(kwargs or {}))

    # TF 1.x name of `run`.
    experimental_run_v2 = run

    def experimental_run(self, fn, input_iterator=None):
        """Runs `fn` on the next element of `input_iterator` (or on nothing) in a replica."""
        args = () if input_iterator is None else (input_iterator.get_next(),)
        return self.run(fn, args=args)

    def reduce(self, reduce_op, value, axis=None):
        """Combines a per-replica value; with one replica, `axis` reduces within the value."""
        from tensorweave.ops import math_ops, reduction_ops

        reduce_op = _as_reduce_op(reduce_op)
        if axis is None:
            return value
        value = _ops.convert_to_tensor(value)
        total = reduction_ops.reduce_sum(value, axis=axis)
        if reduce_op is ReduceOp.SUM:
            return total
        count = value.shape.as_list()[axis] if value.shape.ndims is not None else None
        if count is None:
            from tensorweave.ops import array_ops

            count = math_ops.cast(array_ops.shape(value)[axis], value.dtype)
        return math_ops.truediv(total, count)

    def experimental_local_results(self, value):
        return (value,)

    def unwrap(self, value):
        return (value,)

    def experimental_distribute_dataset(self, dataset, options=None):
        return dataset

    def distribute_datasets_from_function(self, dataset_fn, options=None):
        return dataset_fn(InputContext())

    experimental_distribute_datasets_from_function = distribute_datasets_from_function

    def make_dataset_iterator(self, dataset):
        from tensorweave.data import api as _data_api  # noqa: F401

        return dataset.make_initializable_iterator()

    def group(self, value, name=None):
        from tensorweave.ops.graph_ops import group

        return group(value, name=name)

    def update_config_proto(self, config_proto):
        return config_proto


@tf_export("distribute.Strategy")
class StrategyV1(Strategy):
    """tf.compat.v1's Strategy. NOTE: as TF, the default strategy is not an instance of it."""


class _DefaultDistributionExtended(StrategyExtended):
    pass


class _DefaultDistributionStrategy(Strategy):
    def __init__(self):
        super().__init__(_DefaultDistributionExtended(self))

    @contextlib.contextmanager
    def scope(self):
        # NOTE: as TF, the default strategy's scope changes nothing: no cross-replica context.
        yield self


_DEFAULT = _DefaultDistributionStrategy()  # a constant: it holds no state


def _default_strategy():
    return _DEFAULT


class _OneDeviceExtended(StrategyExtended):
    def __init__(self, container_strategy, device):
        super().__init__(container_strategy)
        self._device = device

    @property
    def worker_devices(self):
        return (self._device,)

    @property
    def parameter_devices(self):
        return (self._device,)


@tf_export("distribute.OneDeviceStrategy")
class OneDeviceStrategy(StrategyV1):
    """Runs everything on one device: the variables and the replica's ops."""

    def __init__(self, device):
        from tensorweave.framework.device_spec import DeviceSpec

        spec = DeviceSpec.from_string(device)
        # As TF: the job stays unnamed unless given; replica and task default to 0.
        full = DeviceSpec(job=spec.job, replica=0 if spec.replica is None
                          else spec.replica, task=0 if spec.task is None else spec.task,
                          device_type=(spec.device_type or "CPU").upper(),
                          device_index=spec.device_index or 0)
        self._device = full.to_string()
        super().__init__(_OneDeviceExtended(self, self._device))

    def _device_scope(self):
        from tensorweave.framework.scopes import device

        return device(self._device)


# ------------------------------------------------------------------ functions
@tf_export("distribute.get_strategy")
def get_strategy():
    """The current strategy: the innermost `scope()` entered, else the default strategy."""
    entry = _top()
    return entry.strategy if entry is not None else _default_strategy()


@tf_export("distribute.has_strategy")
def has_strategy():
    """Whether a strategy other than the default one is current."""
    return get_strategy() is not _default_strategy()


@tf_export("distribute.in_cross_replica_context")
def in_cross_replica_context():
    """True inside a (non-default) strategy's scope but outside `run` (or in a merge_call)."""
    entry = _top()
    return entry is not None and entry.cross_replica


@tf_export("distribute.get_replica_context")
def get_replica_context():
    """The replica context: inside `run`, its own; in a cross-replica context, None."""
    entry = _top()
    if entry is None:
        return _DefaultReplicaContext(_default_strategy(), 0)
    if entry.cross_replica:
        return None
    return entry.replica_context


def get_cross_replica_context():
    entry = _top()
    if entry is None:
        return _default_strategy()
    return entry.strategy if entry.cross_replica else None


@tf_export("distribute.get_loss_reduction")
def get_loss_reduction():
    """How losses of replicas combine: SUM for the TF1 losses' default reduction."""
    return ReduceOp.SUM


@tf_export("distribute.experimental_set_strategy")
def experimental_set_strategy(strategy):
    """Makes `strategy` current for the default graph until replaced (None: back to default)."""
    stack = _stack()
    old = getattr(context.get_default_graph(), "_global_strategy_entry", None)
    if old is not None and old in stack:
        stack.remove(old)
    entry = None
    if strategy is not None:
        entry = _Entry(strategy, None, True)
        stack.insert(0, entry)
    context.get_default_graph()._global_strategy_entry = entry
