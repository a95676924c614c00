"""grpc:// sessions: tf.Session(target) whose graph runs in a tf.train.Server.

`tf.Session("grpc://host:port")` builds the usual Session object and turns it into a remote
one (`attach`): fetches and feeds are flattened here exactly as for a local session, the graph
goes to the server as a GraphDef (then only the nodes added since, as the graph grows), and
each run sends tensor names plus fed values as TensorProtos and gets TensorProtos back.
Errors come back as the same tf.errors class, message and op.
"""

import threading
import weakref

import numpy as np

from tensorweave.client import session as _session
from tensorweave.client.fetch import FetchMapper, expand_sparse_feeds, structure_key
from tensorweave.framework import context, errors, graph_io
from tensorweave.runtime import placement
from tensorweave.runtime.resources import SessionState

_SCHEME = "grpc://"
# Waiting for a server that does not answer fails after this long (UnavailableError).
CONNECT_TIMEOUT_S = 20.0
_open_remote = weakref.WeakSet()


def _address(target):
    if isinstance(target, bytes):
        target = target.decode()
    if not isinstance(target, str):
        raise TypeError("Session target must be a string, got %r" % (target,))
    if not target.startswith(_SCHEME) or len(target) == len(_SCHEME):
        raise errors.NotFoundError(
            None, None, "No session factory registered for the given session options: "
                        "{target: \"%s\"} (tensorweave serves '' and 'grpc://host:port')." % target)
    return target, target[len(_SCHEME):]


class _Client:
    """A channel to one server's master service; `call` maps failures to tf.errors."""

    def __init__(self, address):
        try:
            import grpc
        except ImportError:
            raise ImportError("grpc:// sessions need the optional dependency grpcio: "
                              "pip install 'tensorweave[distributed]'") from None

        from tensorweave.distribute import master_service_pb2 as pb

        self._grpc = grpc
        self.address = address
        self.channel = grpc.insecure_channel(address, options=[
            ("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)])
        self._stubs = {}
        for method, req, resp in (("CreateSession", pb.CreateSessionRequest, pb.CreateSessionResponse),
                                  ("ExtendSession", pb.ExtendSessionRequest, pb.ExtendSessionResponse),
                                  ("RunStep", pb.RunStepRequest, pb.RunStepResponse),
                                  ("CloseSession", pb.CloseSessionRequest, pb.CloseSessionResponse),
                                  ("Reset", pb.ResetRequest, pb.ResetResponse),
                                  ("ListDevices", pb.ListDevicesRequest, pb.ListDevicesResponse)):
            self._stubs[method] = self.channel.unary_unary(
                "/tensorweave.distribute.MasterService/" + method,
                request_serializer=req.SerializeToString, response_deserializer=resp.FromString)

    def call(self, method, request, timeout_ms=0, graph=None, wait_for_ready=None):
        grpc = self._grpc
        timeout = timeout_ms / 1000.0 if timeout_ms and timeout_ms > 0 else None
        if wait_for_ready is None:
            wait_for_ready = timeout is not None
        try:
            # With no deadline of the user's, fail fast when the server is down (TF would
            # wait forever). With one (operation_timeout_in_ms, RunOptions.timeout_in_ms), wait
            # for the server as TF does, failing with DeadlineExceededError when it passes.
            response = self._stubs[method](request, timeout=timeout or CONNECT_TIMEOUT_S,
                                           wait_for_ready=wait_for_ready)
        except grpc.RpcError as err:
            code = err.code() if hasattr(err, "code") else None
            details = (err.details() if hasattr(err, "details") else None) or str(err)
            if code == grpc.StatusCode.DEADLINE_EXCEEDED and timeout is not None:
                raise errors.DeadlineExceededError(
                    None, None, "Timed out after %d ms waiting for %s on %s (%s)."
                                % (timeout_ms, method, self.address, details)) from None
            if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise errors.UnavailableError(
                    None, None, "The server at %s could not be reached (%s: %s)."
                                % (self.address, method, details)) from None
            cls = errors.exception_type_from_error_code(code.value[0]) \
                if code is not None and code.value[0] else errors.UnknownError
            raise cls(None, None, "%s on %s failed: %s" % (method, self.address, details)) from None
        status = response.status
        if status.code:
            op = None
            if graph is not None and status.op_name:
                try:
                    op = graph.get_operation_by_name(status.op_name)
                except (KeyError, ValueError):
                    op = None
            try:
                cls = errors.exception_type_from_error_code(status.code)
            except KeyError:
                cls = errors.UnknownError
            raise cls(None, op, status.message)
        return response

    def close(self):
        self.channel.close()


class _Signature:
    __slots__ = ("mapper", "feed_tensors", "converters", "feed_names", "fetch_names", "target_names",
                 "mutations")


class RemoteSession(_session.BaseSession):
    """The behaviour of a Session whose target is 'grpc://host:port'.

    Instances are created by `attach`, which gives a Session (or InteractiveSession) object a
    class deriving from both its own class and this one, so `isinstance(s, tf.Session)` holds
    and InteractiveSession's close still runs before this close.
    """

    def _init_remote(self, target, graph, config):
        from tensorweave.framework.graph import Graph

        self._target, address = _address(target)
        self._graph = graph if graph is not None else context.get_default_graph()
        if not isinstance(self._graph, Graph):
            raise TypeError("graph must be a tf.Graph, but got %s" % type(self._graph))
        self._config = config
        self._closed = False
        self._default_cms = []
        self._cache = {}
        self._state = SessionState()  # unused: the variables live in the server
        self._placer = placement.Placer(config)
        self._sync_lock = threading.Lock()
        self._handle = None
        self._sent_version = 0
        self._sent_mutations = 0
        self._op_timeout_ms = int(getattr(config, "operation_timeout_in_ms", 0) or 0)
        self._client = _Client(address)
        _open_remote.add(self)

    # -------------------------------------------------------------- lifecycle
    @property
    def sess_str(self):
        return self._target.encode()  # bytes, as TensorFlow's remote sessions give

    def close(self, _timeout_ms=None):
        if self._closed:
            return
        self._closed = True
        handle, self._handle = self._handle, None
        if handle is not None:
            from tensorweave.distribute import master_service_pb2 as pb

            try:
                self._client.call("CloseSession", pb.CloseSessionRequest(session_handle=handle),
                                  timeout_ms=_timeout_ms or self._op_timeout_ms or 5000,
                                  wait_for_ready=False)
            except errors.OpError:
                pass  # the server is gone: nothing left to close
        self._client.close()
        self._cache.clear()

    def __del__(self):
        try:
            if not self._closed:
                RemoteSession.close(self, _timeout_ms=1000)
        except Exception:  # noqa: BLE001 - never raise from a finalizer
            pass

    def list_devices(self):
        from tensorweave.distribute import master_service_pb2 as pb

        response = self._client.call("ListDevices", pb.ListDevicesRequest(),
                                     timeout_ms=self._op_timeout_ms)
        return [placement.DeviceAttributes(name, "CPU", 0, i + 1)
                for i, name in enumerate(response.device)]

    def run_function(self, func_graph, args):
        raise errors.UnimplementedError(None, None, "Running functions directly is not supported "
                                                    "by grpc:// sessions.")

    # -------------------------------------------------------------------- run
    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        from tensorweave.distribute import master_service_pb2 as pb
        from tensorweave.framework import proto_convert

        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        if feed_dict:
            feed_dict = expand_sparse_feeds(feed_dict)
        feed_keys = tuple(feed_dict) if feed_dict else ()
        key = (structure_key(fetches), feed_keys)
        try:
            sig = self._cache.get(key)
        except TypeError:
            key, sig = None, None
        if sig is None or sig.mutations != self._graph._mutations:
            sig = self._signature(fetches, feed_keys)
            if key is not None:
                self._cache[key] = sig
        request = pb.RunStepRequest()
        for conv, k, t, name in zip(sig.converters, feed_keys, sig.feed_tensors, sig.feed_names):
            nt = request.feed.add()
            nt.name = name
            value = conv(feed_dict[k])
            proto_convert.ndarray_to_tensor_proto(np.asarray(value, dtype=object) if
                                                  t.dtype.base_dtype.name == "string" else
                                                  np.asarray(value), t.dtype.base_dtype, nt.tensor)
        request.fetch.extend(sig.fetch_names)
        request.target.extend(sig.target_names)
        timeout_ms = self._op_timeout_ms
        if options is not None:
            request.options.CopyFrom(options)
            if options.timeout_in_ms > 0:
                timeout_ms = options.timeout_in_ms
        self._sync_graph()
        request.session_handle = self._handle
        response = self._client.call("RunStep", request, timeout_ms=timeout_ms, graph=self._graph)
        values = [proto_convert.make_ndarray(nt.tensor) for nt in response.tensor]
        return sig.mapper.build([_session._output(v, t) for v, t in zip(values, sig.mapper.tensors)])

    def _signature(self, fetches, feed_keys):
        graph = self._graph
        sig = _Signature()
        sig.mutations = graph._mutations
        sig.mapper = FetchMapper(graph, fetches)
        sig.feed_tensors = [self._feed_tensor(k) for k in feed_keys]
        sig.converters = [_session._feed_converter(t) for t in sig.feed_tensors]
        sig.feed_names = [t.name for t in sig.feed_tensors]
        sig.fetch_names = [t.name for t in sig.mapper.tensors]
        sig.target_names = [op.name for op in sig.mapper.targets]
        return sig

    def _sync_graph(self):
        """Sends the graph (first run), or the nodes added since the last run, to the server."""
        from tensorweave.distribute import master_service_pb2 as pb

        graph = self._graph
        with self._sync_lock:
            version, mutations = graph._version, graph._mutations
            if self._handle is None:
                if not version:
                    raise RuntimeError("The Session graph is empty. Add operations to the graph "
                                       "before calling run().")
                request = pb.CreateSessionRequest(graph_version=version)
                request.graph_def.CopyFrom(graph.as_graph_def())
                if self._config is not None:
                    request.config.CopyFrom(self._config)
                response = self._client.call("CreateSession", request, timeout_ms=self._op_timeout_ms,
                                             graph=graph)
                self._handle = response.session_handle
            elif version != self._sent_version or mutations != self._sent_mutations:
                replace = mutations != self._sent_mutations
                request = pb.ExtendSessionRequest(session_handle=self._handle, replace=replace,
                                                  graph_version=version)
                request.graph_def.CopyFrom(
                    graph.as_graph_def() if replace
                    else graph_io.as_graph_def(graph, from_version=self._sent_version))
                self._client.call("ExtendSession", request, timeout_ms=self._op_timeout_ms, graph=graph)
            self._sent_version, self._sent_mutations = version, mutations


_classes = {}


def attach(session, target, graph, config):
    """Makes `session` (being constructed with a grpc:// target) a RemoteSession."""
    cls = type(session)
    remote_cls = _classes.get(cls)
    if remote_cls is None:
        remote_cls = _classes[cls] = type(cls.__name__, (cls, RemoteSession),
                                          {"__module__": cls.__module__,
                                           "__qualname__": cls.__qualname__})
    session.__class__ = remote_cls
    session._init_remote(target, graph, config)


def reset(target, containers=None, config=None):
    """tf.Session.reset for a grpc:// target: clears the server's resource containers."""
    from tensorweave.distribute import master_service_pb2 as pb

    target, address = _address(target)
    client = _Client(address)
    try:
        request = pb.ResetRequest()
        if containers:
            request.container.extend([c.decode() if isinstance(c, bytes) else str(c) for c in containers])
        client.call("Reset", request, timeout_ms=int(getattr(config, "operation_timeout_in_ms", 0) or 0))
    finally:
        client.close()
    # Sessions of this process on that server keep their handles; their cached plans are
    # server-side and were dropped there.
