"""Smaller tf.compat.v1 names: version constants, init_scope / container / the deprecated
op_scope names, tf.get_logger, TensorSpec / TypeSpec, assert_shapes, tf.io and tf.data aliases,
and the TF1 training helpers basic_train_loop, checkpoints_iterator and GlobalStepWaiterHook.

Version constants: `VERSION` is tensorweave's own version with a "-tensorweave" suffix
(so code testing `tf.VERSION` sees that it does not run TensorFlow); the GraphDef versions are
the ones tensorweave writes into GraphDefs (TF 2.21's, `graph_io.GRAPH_DEF_VERSION`).
"""

import contextlib
import logging as _py_logging
import time as _time

from tensorweave._api import EXPORTS, tf_export, tf_export_value
from tensorweave.framework import context, dtypes, scopes
from tensorweave.framework import ops as _ops
from tensorweave.framework.tensor_shape import TensorShape

# ------------------------------------------------------------------ version constants
# NOTE: kept in step with framework/graph_io.py, which imports protobuf (so not imported here).
_GRAPH_DEF_VERSION = 2474
_GRAPH_DEF_VERSION_MIN_CONSUMER = 0
_GRAPH_DEF_VERSION_MIN_PRODUCER = 0


def _version():
    from tensorweave import __version__

    return __version__ + "-tensorweave"


for _name, _value in (("VERSION", _version()), ("GIT_VERSION", "unknown"),
                      ("COMPILER_VERSION", "unknown"), ("CXX11_ABI_FLAG", 0),
                      ("MONOLITHIC_BUILD", 0), ("GRAPH_DEF_VERSION", _GRAPH_DEF_VERSION),
                      ("GRAPH_DEF_VERSION_MIN_CONSUMER", _GRAPH_DEF_VERSION_MIN_CONSUMER),
                      ("GRAPH_DEF_VERSION_MIN_PRODUCER", _GRAPH_DEF_VERSION_MIN_PRODUCER)):
    tf_export_value(_name, _value)
    tf_export_value("version." + _name, _value)

_QUANTIZED = frozenset(getattr(dtypes, n) for n in ("qint8", "quint8", "qint16", "quint16", "qint32"))
QUANTIZED_DTYPES = _QUANTIZED | frozenset(d._as_ref for d in _QUANTIZED)
tf_export_value("QUANTIZED_DTYPES", QUANTIZED_DTYPES)
tf_export_value("dtypes.QUANTIZED_DTYPES", QUANTIZED_DTYPES)

tf_export_value("data.UNKNOWN_CARDINALITY", -2)
tf_export_value("data.INFINITE_CARDINALITY", -1)


# ------------------------------------------------------------------ scopes


@tf_export("init_scope")
@contextlib.contextmanager
def init_scope():
    """Lifts ops out of function bodies (cond/while branches) into the outermost graph, with no
    control dependencies; the current name scope is kept, as in TF's graph mode."""
    graph = scopes.get_default_graph()
    scope = graph.get_name_scope()
    if scope and not scope.endswith("/"):
        scope += "/"
    outer = graph
    while getattr(outer, "outer_graph", None) is not None:
        outer = outer.outer_graph
    with outer.as_default(), scopes.name_scope(scope or None), \
            outer.control_dependencies(None):
        yield


@tf_export("container")
def container(container_name):
    """Stateful ops (variables, queues, ...) created inside get `container_name` as their
    `container` attr: the default graph's Graph.container."""
    return scopes.get_default_graph().container(container_name)


@tf_export("op_scope")
@contextlib.contextmanager
def op_scope(values, name, default_name=None):
    """Deprecated TF1 spelling of name_scope(name, default_name, values)."""
    with scopes.name_scope(name, default_name=default_name, values=values) as scope:
        yield scope


@tf_export("variable_op_scope")
@contextlib.contextmanager
def variable_op_scope(values, name_or_scope, default_name=None, initializer=None,
                      regularizer=None, caching_device=None, partitioner=None,
                      custom_getter=None, reuse=None, dtype=None, use_resource=None,
                      constraint=None):
    """Deprecated TF1 spelling of variable_scope(name_or_scope, default_name, values)."""
    from tensorweave.training import variable_scope as vs

    with vs.variable_scope(name_or_scope, default_name=default_name, values=values,
                           initializer=initializer, regularizer=regularizer,
                           caching_device=caching_device, partitioner=partitioner,
                           custom_getter=custom_getter, reuse=reuse, dtype=dtype,
                           use_resource=use_resource, constraint=constraint) as scope:
        yield scope


@tf_export("get_logger")
def get_logger():
    """The "tensorflow" Python logger (what tf.logging writes to)."""
    return _py_logging.getLogger("tensorflow")


# ------------------------------------------------------------------ TypeSpec / TensorSpec


@tf_export("TypeSpec", "type_spec.TypeSpec")
class TypeSpec:
    """Base class of value type descriptions (TensorSpec)."""

    __slots__ = ()

    @property
    def value_type(self):
        raise NotImplementedError

    def is_compatible_with(self, spec_or_value):
        raise NotImplementedError

    def most_specific_compatible_type(self, other):
        raise NotImplementedError


@tf_export("TensorSpec")
class TensorSpec(TypeSpec):
    """Describes a Tensor: shape, dtype and an optional name."""

    __slots__ = ("_dtype", "_name", "_shape")

    def __init__(self, shape, dtype=dtypes.float32, name=None):
        self._shape = TensorShape(shape)
        self._dtype = dtypes.as_dtype(dtype)
        self._name = name

    @classmethod
    def from_spec(cls, spec, name=None):
        return cls(spec.shape, spec.dtype, name or spec.name)

    @classmethod
    def from_tensor(cls, tensor, name=None):
        if isinstance(tensor, _ops.Tensor):
            return cls(tensor.shape, tensor.dtype, name or tensor.op.name)
        if hasattr(tensor, "shape") and hasattr(tensor, "dtype"):
            return cls(tensor.shape, tensor.dtype, name)
        raise ValueError("`tensor` should be a tf.Tensor, but got type %s." % type(tensor).__name__)

    @property
    def shape(self):
        return self._shape

    @property
    def dtype(self):
        return self._dtype

    @property
    def name(self):
        return self._name

    @property
    def value_type(self):
        return _ops.Tensor

    def is_compatible_with(self, spec_or_value):
        """Whether a TensorSpec or Tensor has a compatible dtype and shape (NumPy arrays and
        Python values are not TensorSpecs, as in TF: False)."""
        if not isinstance(spec_or_value, (TensorSpec, _ops.Tensor)):
            return False
        return (self._dtype.is_compatible_with(spec_or_value.dtype)
                and self._shape.is_compatible_with(spec_or_value.shape))

    def most_specific_compatible_type(self, other):
        if type(self) is not type(other) or self._dtype != other.dtype:
            raise ValueError("No TypeSpec is compatible with both %s and %s" % (self, other))
        a, b = self._shape, other.shape
        if a.ndims is None or b.ndims is None or a.ndims != b.ndims:
            shape = TensorShape(None)
        else:
            shape = TensorShape([x if x == y else None for x, y in zip(a.as_list(), b.as_list())])
        return TensorSpec(shape, self._dtype, self._name if self._name == other.name else None)

    def _key(self):
        return (self._shape.as_list() if self._shape.ndims is not None else None,
                self._dtype, self._name)

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        key = self._key()
        return hash((tuple(key[0]) if key[0] is not None else None, key[1], key[2]))

    def __repr__(self):
        return "TensorSpec(shape=%s, dtype=%r, name=%r)" % (self._shape, self._dtype, self._name)


# ------------------------------------------------------------------ assert_shapes


@tf_export("debugging.assert_shapes")
def assert_shapes(shapes, data=None, summarize=None, message=None, name=None):
    """Checks tensors' shapes against symbolic specs (`[('x', ['N', 3]), (y, ['N'])]`: the same
    symbol must mean the same size everywhere; '.' or None any size; '*' any leading dims as
    the first entry). Statically known mismatches raise ValueError; the rest are checked when
    the graph runs (InvalidArgumentError). Returns a no-op carrying the runtime checks."""
    import tensorweave.compat.v1 as tf

    items = list(shapes.items()) if isinstance(shapes, dict) else list(shapes)
    prefix = (message + "  ") if message else ""
    with scopes.name_scope(name, "assert_shapes", [t for t, _ in items]):
        sizes = {}  # symbol -> (static int or None, size tensor, described by)
        checks = []
        for x, spec in items:
            x = _ops.convert_to_tensor(x)
            spec = [s for s in (spec if isinstance(spec, (list, tuple)) else [spec])]
            leading = bool(spec) and spec[0] == "*"
            if leading:
                spec = spec[1:]
            rank = x.shape.ndims
            if rank is not None:
                if (not leading and rank != len(spec)) or (leading and rank < len(spec)):
                    raise ValueError("%sSpecified by tensor %s dimension %d. Tensor %s must have "
                                     "rank %d. Received rank %d, shape %s"
                                     % (prefix, x.name, 0, x.name, len(spec), rank, x.shape))
            else:
                r = tf.rank(x)
                cmp = tf.greater_equal if leading else tf.equal
                checks.append(tf.Assert(cmp(r, len(spec)), [
                    "%sTensor %s must have rank %d." % (prefix, x.name, len(spec)), r]))
            dyn = tf.shape(x)
            n = len(spec)
            for i, sym in enumerate(spec):
                if sym is None or sym == ".":
                    continue
                index = i - n if leading or rank is None else i
                static = None
                if rank is not None:
                    static = x.shape.as_list()[rank - n + i if leading else i]
                size = dyn[index]
                if isinstance(sym, int):
                    want_static, want, by = sym, None, None
                elif sym in sizes:
                    want_static, want, by = sizes[sym]
                else:
                    sizes[sym] = (static, size, (x.name, i))
                    continue
                if want_static is not None and static is not None:
                    if want_static != static:
                        where = ("Specified explicitly" if by is None else
                                 "Specified by tensor %s dimension %d" % by)
                        raise ValueError("%s%s. Tensor %s dimension %d must have size %d. "
                                         "Received size %d, shape %s"
                                         % (prefix, where, x.name, i, want_static, static,
                                            x.shape))
                    continue
                target = want if want is not None else tf.constant(want_static, dyn.dtype)
                checks.append(tf.Assert(tf.equal(size, target), [
                    "%sTensor %s dimension %d must have size" % (prefix, x.name, i), target,
                    "Received size", size] + list(data or [])))
                if want_static is None and static is not None:
                    sizes[sym] = (static, size, (x.name, i))
        with scopes.control_dependencies(checks):
            return tf.no_op()


# ------------------------------------------------------------------ aliases


def _export_aliases():
    """tf.io names of objects exported elsewhere (queues live in tf.queue, match_filenames_once
    in tf.train)."""
    import tensorweave.ops.queue_ops
    import tensorweave.training.input  # noqa: F401

    for target, source in (("io.PaddingFIFOQueue", "queue.PaddingFIFOQueue"),
                           ("io.PriorityQueue", "queue.PriorityQueue"),
                           ("io.QueueBase", "queue.QueueBase"),
                           ("io.RandomShuffleQueue", "queue.RandomShuffleQueue"),
                           ("io.FIFOQueue", "queue.FIFOQueue"),
                           ("io.match_filenames_once", "train.match_filenames_once")):
        EXPORTS.setdefault(target, EXPORTS[source])


_export_aliases()


# ------------------------------------------------------------------ training helpers


@tf_export("train.basic_train_loop")
def basic_train_loop(supervisor, train_step_fn, args=None, kwargs=None, master=""):
    """Runs `train_step_fn(session, *args, **kwargs)` in a managed session of `supervisor`
    until the supervisor says to stop."""
    if args is None:
        args = []
    if kwargs is None:
        kwargs = {}
    should_retry = True
    while should_retry:
        try:
            should_retry = False
            with supervisor.managed_session(master) as sess:
                while not supervisor.should_stop():
                    train_step_fn(sess, *args, **kwargs)
        except Exception as e:
            from tensorweave.framework import errors

            if isinstance(e, errors.AbortedError):
                should_retry = True
            else:
                raise


def _wait_for_new_checkpoint(checkpoint_dir, last_checkpoint, seconds_to_sleep, timeout):
    from tensorweave.training.checkpoint_management import latest_checkpoint

    stop_time = _time.time() + timeout if timeout is not None else None
    while True:
        checkpoint_path = latest_checkpoint(checkpoint_dir)
        if checkpoint_path is None or checkpoint_path == last_checkpoint:
            if stop_time is not None and _time.time() + seconds_to_sleep > stop_time:
                return None
            _time.sleep(seconds_to_sleep)
        else:
            return checkpoint_path


@tf_export("train.checkpoints_iterator")
def checkpoints_iterator(checkpoint_dir, min_interval_secs=0, timeout=None, timeout_fn=None):
    """Yields each new latest checkpoint of `checkpoint_dir` as it appears, waiting at least
    `min_interval_secs` between yields; stops after `timeout` seconds without a new one
    (unless `timeout_fn()` returns False)."""
    checkpoint_path = None
    while True:
        new_path = _wait_for_new_checkpoint(checkpoint_dir, checkpoint_path, 1.0, timeout)
        if new_path is None:
            if not timeout_fn:
                _py_logging.getLogger("tensorflow").info("Timed-out waiting for a checkpoint.")
                return
            if timeout_fn():
                return
            continue
        start = _time.time()
        checkpoint_path = new_path
        yield checkpoint_path
        time_to_next = start + min_interval_secs - _time.time()
        if time_to_next > 0:
            _time.sleep(time_to_next)


def _hooks():
    from tensorweave.training import basic_hooks

    return basic_hooks


def _make_global_step_waiter_hook():
    basic_hooks = _hooks()

    class GlobalStepWaiterHook(basic_hooks.SessionRunHook):
        """Delays the run calls until the global step reaches `wait_until_step` (for workers
        that should start after the chief has made progress)."""

        def __init__(self, wait_until_step):
            self._wait_until_step = wait_until_step

        def begin(self):
            self._worker_is_started = False
            self._global_step_tensor = basic_hooks._global_step_read("GlobalStepWaiterHook")

        def before_run(self, run_context):
            if self._worker_is_started:
                return
            if self._wait_until_step <= 0:
                self._worker_is_started = True
                return
            last_logged_step = 0
            while True:
                current_step = int(run_context.session.run(self._global_step_tensor))
                if current_step >= self._wait_until_step:
                    self._worker_is_started = True
                    return
                if current_step - last_logged_step > 1000:
                    get_logger().info("Waiting for global step %d before starting training. "
                                      "Current step is %d.", self._wait_until_step, current_step)
                    last_logged_step = current_step
                _time.sleep(0.5)

    return GlobalStepWaiterHook


GlobalStepWaiterHook = tf_export("train.GlobalStepWaiterHook", "estimator.GlobalStepWaiterHook")(
    _make_global_step_waiter_hook())

del _name, _value, context
