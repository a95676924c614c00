"""tf.Session and tf.InteractiveSession for the local machine."""

import threading
import weakref

import numpy as np

from tensorweave.client.fetch import FetchMapper, expand_sparse_feeds, structure_key
from tensorweave import compiler as _compiler
from tensorweave.compiler import optimize as _optimize
from tensorweave.framework import context, errors
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.ops import Operation, Tensor
from tensorweave.runtime import executor as _executor
from tensorweave.runtime import placement
from tensorweave.runtime.plan import prune
from tensorweave.runtime.resources import SessionState, VariableCell

_open_sessions = weakref.WeakSet()
_FULL_TRACE = 3  # RunOptions.FULL_TRACE


class _RunSignature:
    """Everything a run with one (fetches, feed keys) signature needs, computed once."""

    __slots__ = ("executable", "feed_tensors", "feed_converters", "mapper", "mutations", "n_fetch")

    def __init__(self, executable, feed_tensors, feed_converters, mapper, mutations):
        self.executable = executable
        self.feed_tensors = feed_tensors
        self.feed_converters = feed_converters
        self.mapper = mapper
        self.mutations = mutations
        self.n_fetch = len(mapper.tensors)


def _feed_converter(tensor):
    """Returns fn(value) -> ndarray checked against the tensor's dtype and static shape."""
    dtype = tensor.dtype.base_dtype
    shape = tensor.shape
    dims = None if shape.ndims is None else tuple(shape.as_list())
    name = tensor.name
    is_string = dtype is _dtypes.string
    np_dtype = None if is_string else np.dtype(dtype.as_numpy_dtype)

    def shape_text(d):
        return "(" + ", ".join("?" if x is None else str(x) for x in d) + ("," if len(d) == 1 else "") + ")"

    def convert(value):
        if isinstance(value, Tensor):
            raise TypeError("The value of a feed cannot be a tf.Tensor object. Acceptable feed values "
                            "include Python scalars, strings, lists, numpy ndarrays, or TensorHandles. "
                            "For reference, the tensor object was %s which was passed to the argument "
                            "`feed_dict` with key %s." % (value, name))
        if is_string:
            arr = np.asarray(value, dtype=object)
            if arr.ndim == 0:
                v = arr[()]
                arr = np.array(v.encode() if isinstance(v, str) else v, dtype=object)
            else:
                arr = np.vectorize(lambda v: v.encode() if isinstance(v, str) else v, otypes=[object])(arr)
        else:
            try:
                arr = np.asarray(value, dtype=np_dtype)
            except (TypeError, ValueError) as err:
                raise (TypeError if isinstance(err, TypeError) else ValueError)(
                    "Cannot feed value %r for Tensor '%s' of dtype %s: %s" % (value, name, dtype.name, err)
                ) from None
            if arr is value and arr.ndim:
                arr = arr.copy()
        if dims is not None:
            s = arr.shape
            if len(s) != len(dims) or any(d is not None and d != x for d, x in zip(dims, s)):
                raise ValueError("Cannot feed value of shape %s for Tensor '%s', which has shape '%s'"
                                 % (shape_text(s), name, shape_text(dims)))
        if arr.ndim == 0 and not is_string:
            return arr[()]  # a NumPy scalar: immutable, and fast in scalar kernels
        return arr

    return convert


def _output(value, tensor):
    t = type(value)
    if t is np.ndarray:
        if value.ndim == 0:
            return value[()]
        if not value.flags.writeable:
            return value.copy()
        return value
    if t is VariableCell:
        v = value.value
        if v is None:
            raise errors.FailedPreconditionError(
                None, tensor.op, "Attempting to use uninitialized value %s" % value.name)
        return _output(v, tensor)
    if isinstance(value, np.generic) or value is None:
        return value
    return _output(np.asarray(value, dtype=tensor.dtype.base_dtype.as_numpy_dtype), tensor)


class BaseSession:
    """A session runs parts of one graph and keeps variable values between runs."""

    def __init__(self, target="", graph=None, config=None):
        if target not in ("", None, b""):
            from tensorweave.distribute import remote_session  # grpc:// targets (needs grpcio)

            remote_session.attach(self, target, graph, config)
            return
        self._graph = graph if graph is not None else context.get_default_graph()
        from tensorweave.framework.graph import Graph

        if not isinstance(self._graph, Graph):
            raise TypeError("graph must be a tf.Graph, but got %s" % type(self._graph))
        self._config = config
        self._target = ""
        self._state = SessionState()
        self._cache = {}
        self._closed = False
        self._active_runs = 0
        self._run_lock = threading.Lock()
        self._idle = threading.Event()
        self._default_cms = []
        self._placer = placement.Placer(config)
        # Compiled execution (XLA via JAX): 'all', 'marked' (jit_scope ops only) or None.
        self._jit_mode = _compiler.jit_mode(config)
        self._opt_options = _optimize.options_from_config(config)
        self._jit_device_cache = {}
        _open_sessions.add(self)

    # -------------------------------------------------------------- lifecycle
    @property
    def graph(self):
        return self._graph

    @property
    def graph_def(self):
        return self._graph.as_graph_def()

    @property
    def sess_str(self):
        return self._target

    def close(self):
        with self._run_lock:
            if self._closed:
                return
            self._closed = True
            busy = self._active_runs > 0
        if busy:
            self._idle.wait()
        self._cache.clear()
        self._state.clear()
        self._jit_device_cache = {}

    def __del__(self):
        try:
            self._closed = True
        except Exception:  # noqa: BLE001
            pass

    def as_default(self):
        return _DefaultSession(self)

    def __enter__(self):
        cm_graph = self._graph.as_default()
        cm_graph.__enter__()
        cm_sess = _DefaultSession(self)
        cm_sess.__enter__()
        self._default_cms.append((cm_graph, cm_sess))
        return self

    def __exit__(self, exc_type, exc, tb):
        cm_graph, cm_sess = self._default_cms.pop()
        cm_sess.__exit__(exc_type, exc, tb)
        cm_graph.__exit__(exc_type, exc, tb)
        self.close()
        return False

    def list_devices(self):
        return self._placer.list_devices()

    @staticmethod
    def reset(target="", containers=None, config=None):
        """Clears the state (variables, ...) of every open local session on `target`."""
        if target not in ("", None, b""):
            from tensorweave.distribute import remote_session

            return remote_session.reset(target, containers, config)
        for sess in list(_open_sessions):
            if not sess._closed:
                sess._state.clear()
                sess._cache.clear()  # compiled plans hold the old variable cells
                sess._jit_device_cache = {}

    # -------------------------------------------------------------------- run
    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        if feed_dict:
            feed_dict = expand_sparse_feeds(feed_dict)
        feed_keys = tuple(feed_dict) if feed_dict else ()
        if type(fetches) is list:
            key = (structure_key(fetches), feed_keys)
        else:
            key = (fetches, feed_keys)
        cache = self._cache
        try:
            sig = cache.get(key)
        except TypeError:
            key = (structure_key(fetches), feed_keys)
            sig = cache.get(key)
        if sig is None or sig.mutations != self._graph._mutations:
            sig = self._prepare(fetches, feed_keys)
            try:
                cache[key] = sig
            except TypeError:
                pass
        feed_values = [conv(feed_dict[k]) for conv, k in zip(sig.feed_converters, feed_keys)] \
            if feed_keys else ()
        lock = self._run_lock
        with lock:
            if self._closed:
                raise RuntimeError("Attempted to use a closed Session.")
            self._active_runs += 1
        try:
            if options is not None or run_metadata is not None:
                from tensorweave.client import tracing

                exe = sig.executable
                if options is not None and options.trace_level == _FULL_TRACE and \
                        getattr(exe, "interpreted", None) is not None:
                    exe = exe.interpreted  # per-op timings: compiled clusters run op by op
                values = tracing.traced_run(self, exe, feed_values, options, run_metadata)
            else:
                values = sig.executable.run(feed_values)
        finally:
            with lock:
                self._active_runs -= 1
                if self._closed and not self._active_runs:
                    self._idle.set()
        return sig.mapper.build([_output(v, t) for v, t in zip(values, sig.mapper.tensors)])

    def _prepare(self, fetches, feed_keys):
        graph = self._graph
        mutations = graph._mutations
        mapper = FetchMapper(graph, fetches)
        feed_tensors = []
        converters = []
        for k in feed_keys:
            t = self._feed_tensor(k)
            feed_tensors.append(t)
            converters.append(_feed_converter(t))
        plan = prune(mapper.tensors, mapper.targets, feed_tensors)
        self._placer.check(plan.ops)
        plan = _optimize.optimize(plan, self._opt_options)
        executable = _executor.compile_plan(plan, self._state, self)
        if self._jit_mode is not None:
            executable = _compiler.maybe_compile(plan, executable, self._state, self, self._jit_mode)
        return _RunSignature(executable, feed_tensors, converters, mapper, mutations)

    def _feed_tensor(self, key):
        graph = self._graph
        if isinstance(key, Tensor):
            t = key
        elif isinstance(key, str):
            try:
                t = graph.as_graph_element(key, allow_tensor=True, allow_operation=False)
            except (KeyError, ValueError) as err:
                raise TypeError("Cannot interpret feed_dict key as Tensor: %s"
                                % (err.args[0] if err.args else err)) from None
        else:
            conv = getattr(key, "_as_graph_element", None)
            if conv is None:
                raise TypeError("Cannot interpret feed_dict key as Tensor: Can not convert a %s "
                                "into a Tensor." % type(key).__name__)
            t = conv()
            if not isinstance(t, Tensor):
                raise TypeError("Cannot interpret feed_dict key as Tensor: %r is not a Tensor." % key)
        if t.graph is not graph:
            raise ValueError("Cannot interpret feed_dict key as Tensor: Tensor %s is not an element "
                             "of this graph." % t)
        if not graph.is_feedable(t):
            raise ValueError("Tensor %s may not be fed." % t.name)
        return t

    def run_function(self, func_graph, args):
        """Runs a function body (a FuncGraph) on `args` in this session's state."""
        key = ("__function__", func_graph)
        entry = self._cache.get(key)
        # A function body may grow after it first ran (gradients add outputs): recompile then.
        if entry is None or entry[1] != func_graph._version or entry[2] != func_graph._mutations:
            plan = prune(func_graph.outputs, func_graph.control_outputs, func_graph.inputs)
            self._placer.check(plan.ops)
            entry = self._cache[key] = (_executor.compile_plan(plan, self._state, self),
                                        func_graph._version, func_graph._mutations)
        return entry[0].run(args)

    def make_callable(self, fetches, feed_list=None, accept_options=False):
        """A function that runs `fetches` with positional values for `feed_list`."""
        feed_list = list(feed_list or ())
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")

        def call(*args, **kwargs):
            if len(args) != len(feed_list):
                raise ValueError("Callable expected %d arguments, got %d." % (len(feed_list), len(args)))
            options = kwargs.pop("options", None)
            run_metadata = kwargs.pop("run_metadata", None)
            return self.run(fetches, dict(zip(feed_list, args)) if feed_list else None,
                            options=options, run_metadata=run_metadata)

        return call

    def partial_run_setup(self, fetches, feeds=None):
        raise errors.UnimplementedError(None, None, "partial_run is not supported by tensorweave.")


class _DefaultSession:
    def __init__(self, session):
        self._session = session

    def __enter__(self):
        context.push_session(self._session)
        return self._session

    def __exit__(self, *exc):
        context.pop_session(self._session)
        return False


class Session(BaseSession):
    """tf.Session(target='', graph=None, config=None)."""


class InteractiveSession(BaseSession):
    """A session that installs itself (and its graph) as the default on construction."""

    def __init__(self, target="", graph=None, config=None):
        super().__init__(target, graph, config)
        self._graph_cm = self._graph.as_default()
        self._graph_cm.__enter__()
        self._sess_cm = _DefaultSession(self)
        self._sess_cm.__enter__()
        self._explicitly_closed = False

    def close(self):
        if not self._explicitly_closed:
            self._explicitly_closed = True
            self._sess_cm.__exit__(None, None, None)
            try:
                self._graph_cm.__exit__(None, None, None)
            except AssertionError:
                pass
        super().close()
