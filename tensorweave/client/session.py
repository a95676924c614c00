"""tf.Session and tf.InteractiveSession for the local machine."""

import threading
import weakref

import numpy as np

from tensorweave.client import partial_run as _partial_run
from tensorweave.client.fetch import FetchMapper, expand_sparse_feeds, structure_key
from tensorweave import compiler as _compiler
from tensorweave.compiler import optimize as _optimize
from tensorweave.framework import context, errors
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.ops import InaccessibleTensorError, Operation, Tensor
from tensorweave.runtime import executor as _executor
from tensorweave.runtime import placement
from tensorweave.runtime.plan import prune
from tensorweave.runtime.resources import SessionState, VariableCell

_open_sessions = weakref.WeakSet()
_FULL_TRACE = 3  # RunOptions.FULL_TRACE


class _RunSignature:
    """Everything a run with one (fetches, feed keys) signature needs, computed once."""

    __slots__ = ("executable", "feed_tensors", "feed_converters", "mapper", "mutations", "n_fetch",
                 "fed_fetches", "feed_keys", "handle_fetches", "n_ops")

    def __init__(self, executable, feed_tensors, feed_converters, mapper, mutations, fed_fetches=(),
                 feed_keys=()):
        self.fed_fetches = fed_fetches  # (fetch index, feed key) of fetched tensors that are fed
        self.feed_keys = feed_keys  # the keys whose values are fed (the last of keys naming one tensor)
        self.executable = executable
        self.feed_tensors = feed_tensors
        self.feed_converters = feed_converters
        self.mapper = mapper
        self.mutations = mutations
        self.n_fetch = len(mapper.tensors)
        self.n_ops = 0  # how many ops the graph had when this run was last placed
        # indices of fetched GetSessionHandle tensors: their values become TensorHandles
        self.handle_fetches = [i for i, t in enumerate(mapper.tensors)
                               if t._op._type == "GetSessionHandle"]


def _incompatible_int_feed(value, np_type):
    """TF's check on a Python int fed value: it must survive conversion to the feed's dtype."""
    if np_type is object:
        return str(value) != value
    try:
        with np.errstate(all="ignore"):
            return np.asarray(value).astype(np_type)[()] != value
    except (OverflowError, TypeError, ValueError):
        return True


def feed_array(value, np_type):
    """The array TF makes of a fed value (NumPy 2 rules: numbers are cast with wrap-around), which
    is also what fetching a fed tensor returns."""
    if np_type is not object and np.issubdtype(np_type, np.number):
        with np.errstate(all="ignore"):
            return np.asarray(value).astype(np_type)
    return np.asarray(value, dtype=np_type)


def _check_feed_value(value, key, np_type):
    if isinstance(value, Tensor):
        raise TypeError("The value of a feed cannot be a tf.Tensor object. Acceptable feed values "
                        "include Python scalars, strings, lists, numpy ndarrays, or TensorHandles. "
                        "For reference, the tensor object was %s which was passed to the argument "
                        "`feed_dict` with key %s." % (value, key))
    if isinstance(value, int) and _incompatible_int_feed(value, np_type):
        raise TypeError("Type of feed value %s with type %s is not compatible with Tensor type %s. Try "
                        "explicitly setting the type of the feed tensor to a larger type (e.g. int64)."
                        % (value, type(value), np_type))


def _tensor_handle_feed(handle, name, dtype):
    """As in TF, a fed TensorHandle feeds the value it holds (with no static shape check); one
    of another dtype than the fed tensor's fails the run."""
    from tensorweave.ops import session_ops

    value = session_ops._store(handle._session._state)["values"].get(handle.handle)
    if value is None:
        raise errors.InvalidArgumentError(
            None, None, "The tensor with handle '%s' is not in the session store." % handle.handle)
    if handle._dtype.base_dtype != dtype:
        raise errors.InvalidArgumentError(
            None, None, "Expects the feed of %s to be %s but %s is provided"
            % (name, dtype.name, handle._dtype.base_dtype.name))
    arr = np.asarray(value)
    return arr[()] if arr.ndim == 0 else arr


def _feed_converter(tensor):
    """Returns fn(value, key) -> the runtime value, checked against the tensor's dtype and static
    shape as TF checks feeds (errors name the feed `key` as the user gave it)."""
    dtype = tensor.dtype.base_dtype
    shape = tensor.shape
    dims = None if shape.ndims is None else tuple(shape.as_list())
    name = tensor.name
    is_string = dtype is _dtypes.string
    np_type = dtype.as_numpy_dtype
    numeric = not is_string and np.issubdtype(np_type, np.number)
    float_type = numeric and np.issubdtype(np_type, np.floating)
    int_range = (-1, -2)  # (lo, hi) of an integer dtype: Python ints inside it need no check
    from tensorweave.ops.session_ops import TensorHandle as handle_type
    if numeric and np.issubdtype(np_type, np.integer):
        info = np.iinfo(np_type)
        int_range = (int(info.min), int(info.max))

    def convert(value, key=name):
        t = type(value)
        if t is float and float_type:
            arr = np.asarray(value, np_type)  # the common cases, done without a cast
        elif t is int and int_range[0] <= value <= int_range[1]:
            arr = np.asarray(value, np_type)
        elif t is np.ndarray and value.dtype == np_type:
            arr = value.copy()
        elif t is handle_type:
            return _tensor_handle_feed(value, name, dtype)
        else:
            _check_feed_value(value, key, np_type)
            arr = feed_array(value, np_type)
            if arr is value:
                arr = arr.copy()
        if dims is not None:
            s = arr.shape
            if len(s) != len(dims) or any(d is not None and d != x for d, x in zip(dims, s)):
                raise ValueError("Cannot feed value of shape %s for Tensor %s, which has shape %s"
                                 % (s, name, shape))
        if is_string:
            if arr.ndim == 0:
                v = arr[()]
                return np.array(v.encode() if isinstance(v, str) else v, dtype=object)
            return np.vectorize(lambda v: v.encode() if isinstance(v, str) else v, otypes=[object])(arr)
        if arr.ndim == 0:
            return arr[()]  # a NumPy scalar: immutable, and fast in scalar kernels
        return arr

    return convert


def _output(value, tensor):
    t = type(value)
    if t is np.ndarray:
        if value.ndim == 0:
            v = value[()]
            return bytes(v) if type(v) is np.bytes_ else v  # string scalars are fetched as bytes
        if value.dtype.kind == "S":
            return value.astype(object)  # string tensors are fetched as object arrays of bytes
        if not value.flags.writeable:
            return value.copy()
        return value
    if t is VariableCell:
        v = value.value
        if v is None:
            raise errors.FailedPreconditionError(
                None, tensor.op, "Attempting to use uninitialized value %s" % value.name)
        return _output(v, tensor)
    if t is np.bytes_:
        return bytes(value)  # a string scalar is fetched as bytes, as in TF
    if isinstance(value, np.generic) or value is None or t is bytes:
        return value
    if tensor.dtype.base_dtype == _dtypes.resource:
        return _handle_output(value, tensor)
    return _output(np.asarray(value, dtype=tensor.dtype.base_dtype.as_numpy_dtype), tensor)


_RESOURCE_FETCH_DTYPE = np.dtype([("resource", "u1", (1,))])


def _retval_error(err, values, tensors):
    """An uninitialized ref variable fetched directly: TF reports it at the fetch's `_retval`
    node (``_retval_<op>_<output>_<fetch index>``), with no op."""
    for i, (v, t) in enumerate(zip(values, tensors)):
        if type(v) is VariableCell and v.value is None:
            op = t.op
            if op.type == "Identity" and op.inputs[0].dtype._is_ref_dtype:
                err._op = op  # a variable's read that the plan folded: TF fails at the read
                return errors.graph_execution_error(err, op.graph)
            err._message = "Graph execution error:\n\n%s\n\t [[{{node _retval_%s_%d_%d}}]]" % (
                err._message, op.name, t.value_index, i)
            err._op = None
            err._node_def = None
            break
    return err


def _handle_output(value, tensor):
    """A fetched resource handle: as in TF, a 1-D array of one-byte `resource` records holding
    the handle's serialized ResourceHandleProto (device, container, name, dtype and shape)."""
    from tensorweave.framework.tensor_shape import TensorShape
    from tensorweave.protos import resource_handle_pb2

    proto = resource_handle_pb2.ResourceHandleProto(
        device=tensor.op.device or "/job:localhost/replica:0/task:0/device:CPU:0",
        container=getattr(value, "container", "") or "",
        name=getattr(value, "name", "") or tensor.op.name)
    dtype, shape = getattr(value, "dtype", None), getattr(value, "shape", None)
    if dtype is not None:
        entry = proto.dtypes_and_shapes.add()
        entry.dtype = _dtypes.as_dtype(dtype).as_datatype_enum
        if shape is not None:
            entry.shape.CopyFrom(TensorShape(shape).as_proto())
    proto.maybe_type_name = type(value).__name__
    return np.frombuffer(proto.SerializeToString(), dtype=_RESOURCE_FETCH_DTYPE).copy()


class BaseSession:
    """A session runs parts of one graph and keeps variable values between runs."""

    def __init__(self, target="", graph=None, config=None):
        if target is not None and not isinstance(target, (str, bytes)):
            raise TypeError('Argument `target` must be a string, but got "%s"' % type(target).__name__)
        if target not in ("", None, b""):
            from tensorweave.distribute import remote_session  # grpc:// targets (needs grpcio)

            remote_session.attach(self, target, graph, config)
            return
        self._graph = graph if graph is not None else context.get_default_graph()
        from tensorweave.framework.graph import Graph

        if not isinstance(self._graph, Graph):
            raise TypeError('Argument `graph` must be a tf.Graph, but got "%s"'
                            % type(self._graph).__name__)
        if config is not None and type(config).__name__ != "ConfigProto":
            raise TypeError('Argument `config` must be a tf.ConfigProto, but got "%s"'
                            % type(config).__name__)
        self._config = config
        self._target = ""
        self._state = SessionState()
        self._cache = {}
        self._closed = False
        self._active_runs = 0
        self._run_lock = threading.Lock()
        self._idle = threading.Event()
        self._default_cms = []
        if config is None:  # as in TF, tf.config's settings apply to sessions without a config
            from tensorweave.client import config_api

            self._placer = placement.Placer(config_api.session_defaults())
        else:
            self._placer = placement.Placer(config)
        # Compiled execution (XLA via JAX): 'all', 'marked' (jit_scope ops only) or None.
        self._jit_mode = _compiler.jit_mode(config)
        self._opt_options = _optimize.options_from_config(config)
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
        target = self._target
        return target.encode() if isinstance(target, str) else target  # bytes, as in TF

    def close(self):
        with self._run_lock:
            if self._closed:
                return
            self._closed = True
            busy = self._active_runs > 0
        if busy:
            self._idle.wait()
        self._cache.clear()
        self.__dict__.pop("_partial_runs", None)
        self._state.clear()

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

    # -------------------------------------------------------------------- run
    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        if feed_dict:
            if not isinstance(feed_dict, dict) and not hasattr(feed_dict, "keys"):
                raise TypeError("FlattenDictItems: 'dict' must be a dictionary or collection.Mapping "
                                "type object, instead of '%s'." % type(feed_dict).__name__)
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
        elif sig.n_ops != len(self._graph._ops):  # the graph grew: place its new ops (as TF)
            self._placer.check_graph(self._graph)
            sig.n_ops = len(self._graph._ops)
        feed_values = [conv(feed_dict[k], k) for conv, k in zip(sig.feed_converters, sig.feed_keys)] \
            if feed_keys else ()
        if not options:
            options = None  # TF ignores a falsy RunOptions argument
        lock = self._run_lock
        with lock:
            if self._closed:
                raise RuntimeError("Attempted to use a closed Session.")
            self._active_runs += 1
        try:
            if options is not None or run_metadata is not None:
                from tensorweave.client import tracing

                exe = sig.executable
                if options is not None:
                    options.SerializeToString  # noqa: B018 -- TF serializes them first
                if options is not None and options.trace_level == _FULL_TRACE and \
                        getattr(exe, "interpreted", None) is not None:
                    exe = exe.interpreted  # per-op timings: compiled clusters run op by op
                values = tracing.traced_run(self, exe, feed_values, options, run_metadata)
            else:
                values = sig.executable.run(feed_values)
        except errors.OpError as err:
            errors.graph_execution_error(err, self._graph)
            raise
        finally:
            with lock:
                self._active_runs -= 1
                if self._closed and not self._active_runs:
                    self._idle.set()
        try:
            outputs = [_output(v, t) for v, t in zip(values, sig.mapper.tensors)]
        except errors.FailedPreconditionError as err:
            raise _retval_error(err, values, sig.mapper.tensors) from None
        if sig.fed_fetches:
            # NOTE: as in TF, fetching a fed tensor gives back the array made of the fed value
            # (an ndarray even for scalars; strings not encoded).
            for i, k in sig.fed_fetches:
                outputs[i] = feed_array(feed_dict[k], sig.feed_tensors[sig.feed_keys.index(k)].dtype
                                        .base_dtype.as_numpy_dtype)
        if sig.handle_fetches:
            from tensorweave.ops import session_ops

            for i in sig.handle_fetches:
                outputs[i] = session_ops.wrap_fetched_handle(outputs[i], sig.mapper.tensors[i], self)
        return sig.mapper.build(outputs)

    def _prepare(self, fetches, feed_keys):
        graph = self._graph
        if graph._version == 0:
            raise RuntimeError("The Session graph is empty. Add operations to the graph before "
                               "calling run().")
        mutations = graph._mutations
        self._extended_version = graph._version
        feed_tensors = []
        converters = []
        for k in feed_keys:  # as in TF, bad feed keys are reported before bad fetches
            t = self._feed_tensor(k)
            feed_tensors.append(t)
            converters.append(_feed_converter(t))
        mapper = FetchMapper(graph, fetches)
        last = {t: i for i, t in enumerate(feed_tensors)}
        if len(last) < len(feed_tensors):  # several keys name one tensor: the last one wins, as in TF
            keep = sorted(last.values())
            feed_keys = tuple(feed_keys[i] for i in keep)
            feed_tensors = [feed_tensors[i] for i in keep]
            converters = [converters[i] for i in keep]
        for el in mapper.tensors + mapper.targets:
            if not graph.is_fetchable(el):
                raise InaccessibleTensorError(
                    "Operation %s has been marked as not fetchable. Typically this happens when it "
                    "is defined in another function or code block. Use return values, explicit "
                    "Python locals or TensorFlow collections to access it." % el.name.split(":")[0])
        fed_fetches = []
        if feed_keys:
            fed = {t: k for t, k in zip(feed_tensors, feed_keys)}
            fed_fetches = [(i, fed[t]) for i, t in enumerate(mapper.tensors) if t in fed]
        plan = prune(mapper.tensors, mapper.targets, feed_tensors)
        self._placer.check_graph(graph)
        plan = _optimize.optimize(plan, self._opt_options)
        executable = _executor.compile_plan(plan, self._state, self)
        if self._jit_mode is not None:
            executable = _compiler.maybe_compile(plan, executable, self._state, self, self._jit_mode)
        sig = _RunSignature(executable, feed_tensors, converters, mapper, mutations, fed_fetches,
                            feed_keys)
        sig.n_ops = len(graph._ops)
        return sig

    def _feed_tensor(self, key):
        graph = self._graph
        if type(key) is Tensor and key._op._graph is graph:
            t = key
        else:
            try:
                t = graph.as_graph_element(key, allow_tensor=True, allow_operation=False)
            except Exception as err:  # noqa: BLE001 -- TF reports every failure this way
                raise TypeError("Cannot interpret feed_dict key as Tensor: %s"
                                % (err.args[0] if err.args else err)) from None
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
        """A function that runs `fetches`, taking values for `feed_list` positionally (as in TF,
        surplus values are ignored and missing ones leave their feeds unfed)."""
        if feed_list is not None:
            if not isinstance(feed_list, (list, tuple)):
                raise TypeError("Argument `feed_list` must be a list or tuple. Received: "
                                "feed_list=%s" % (feed_list,))
            feed_list = list(feed_list)

            def _generic_run(*feed_args, **kwargs):
                feed_dict = {feed: value for feed, value in zip(feed_list, feed_args)}
                return self.run(fetches, feed_dict=feed_dict, **kwargs)

            return _generic_run
        FetchMapper(self._graph, fetches)  # reports bad fetches now, as TF does
        if self._closed and self.__dict__.get("_extended_version") != self._graph._version:
            # TF sends the graph to the session here when it grew since the last run.
            raise errors.CancelledError(None, None, "Session has been closed.")
        # NOTE: TF runs these through a callable handle of the session, which a closed session
        # refuses with CancelledError (not the RuntimeError of Session.run).
        if accept_options:
            def _run_with_options(options=None, run_metadata=None):
                if self._closed:
                    raise errors.CancelledError(None, None, "Session has been closed.")
                return self.run(fetches, options=options, run_metadata=run_metadata)

            return _run_with_options

        def _run():
            if self._closed:
                raise errors.CancelledError(None, None, "Session has been closed.")
            return self.run(fetches)

        return _run

    def partial_run_setup(self, fetches, feeds=None):
        """Starts a partial run that may fetch `fetches` and feed `feeds`; returns its handle."""
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        run = _partial_run.PartialRun(self, fetches, feeds)
        handle = _partial_run.new_handle()
        self.__dict__.setdefault("_partial_runs", {})[handle] = run
        return handle

    def partial_run(self, handle, fetches, feed_dict=None):
        """Continues the partial run `handle`: feeds `feed_dict` and returns `fetches`."""
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        runs = self.__dict__.get("_partial_runs", {})
        run = runs.get(handle)
        if run is None:
            raise errors.InvalidArgumentError(
                None, None, "Graph execution error:\n\nMust run 'setup' before performing partial runs!")
        result = run.run(self, fetches, feed_dict)
        if run.done():
            del runs[handle]
        return result


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
        # NOTE: as in TF, only an explicit `graph` is entered as the default graph (so
        # tf.reset_default_graph() still works with an InteractiveSession on the default graph).
        self._graph_cm = None
        if graph is not None:
            self._graph_cm = self._graph.as_default()
            self._graph_cm.__enter__()
        self._sess_cm = _DefaultSession(self)
        self._sess_cm.__enter__()
        self._explicitly_closed = False

    def close(self):
        if not self._explicitly_closed:
            self._explicitly_closed = True
            self._sess_cm.__exit__(None, None, None)
            if self._graph_cm is not None:
                try:
                    self._graph_cm.__exit__(None, None, None)
                except AssertionError:
                    pass
        super().close()
