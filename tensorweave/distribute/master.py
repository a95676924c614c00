"""The master service a tf.train.Server runs: sessions whose graphs execute in this process.

A server keeps one `SessionState` for all sessions connected to it, so variables (and other
resources) are shared by name between them and live until the server stops or
`tf.Session.reset(target)` clears them: TensorFlow's semantics for distributed sessions, and
the key difference from local sessions, whose state is private.

Each client session gets a `MasterSession`: a copy of the client's graph, rebuilt here from
the GraphDef it sends (and extended with the nodes it adds later), run by an ordinary local
session whose state is the server's shared state.

The service and its messages (master_service.proto) are tensorweave's own design; they are not
wire compatible with TensorFlow's `tensorflow.MasterService`.
"""

import threading
import uuid

import numpy as np

from tensorweave.framework import errors
from tensorweave.framework.device_spec import DeviceSpec
from tensorweave.runtime import placement
from tensorweave.runtime.resources import SessionState

SERVICE = "tensorweave.distribute.MasterService"
_VARIABLE_OPS = ("VariableV2", "Variable", "VarHandleOp")


def device_names(cluster_jobs):
    """The CPU device of every task: '/job:J/replica:0/task:I/device:CPU:0'."""
    return ["/job:%s/replica:0/task:%d/device:CPU:0" % (job, i)
            for job in sorted(cluster_jobs) for i in sorted(cluster_jobs[job])]


class ClusterPlacer(placement.Placer):
    """Accepts ops pinned to any task of the cluster (they all run in this server for now)."""

    def __init__(self, config, cluster_jobs, job_name, task_index):
        super().__init__(config)
        self._jobs = cluster_jobs
        self._home = "/job:%s/replica:0/task:%d/device:CPU:0" % (job_name, task_index)

    def list_devices(self):
        return [placement.DeviceAttributes(name, "CPU", placement._physical_memory(), 1)
                for name in device_names(self._jobs)]

    def _place(self, op, device):
        if not device:
            return self._home
        spec = DeviceSpec.from_string(device)
        job = spec.job
        task_ok = spec.replica in (None, 0)
        if job is None:
            task_ok = task_ok and spec.task in (None, 0)
        elif job in self._jobs:
            task_ok = task_ok and (spec.task is None or spec.task in self._jobs[job])
        else:
            task_ok = False
        dev_type = (spec.device_type or "CPU").upper()
        dev_ok = dev_type == "CPU" and spec.device_index in (None, 0)
        if task_ok and (dev_ok or self.allow_soft_placement):
            if job is None:
                return self._home
            return "/job:%s/replica:0/task:%d/device:CPU:0" % (job, spec.task or 0)
        return placement.placement_error(device, device_names(self._jobs))


def _import_nodes(graph, graph_def):
    """Adds the nodes of `graph_def` to `graph`; inputs may name ops already in `graph`."""
    from tensorweave.framework import importer

    nodes = [importer.Node.from_node_def(nd, i) for i, nd in enumerate(graph_def.node)]
    names = {n.name for n in nodes}
    external = {}
    for n in nodes:
        for src, idx in n.inputs:
            if src not in names and (src, idx) not in external:
                external[(src, idx)] = graph.get_operation_by_name(src).outputs[idx]
        for c in n.controls:
            if c not in names:
                external[("^", c)] = graph.get_operation_by_name(c)
    library = importer.FunctionLibrary(graph_def.library)
    # TF1 control flow (Switch, Merge, Enter, ...) stays as the client built it: the master's
    # session runs it on the dataflow scheduler, and fetches name the client's tensors.
    library.target_graph = graph
    with graph.as_default():
        importer.build_nodes(graph, nodes, "", external, library.resolve)


class MasterSession:
    """One client session: its graph (as sent so far) and the local session that runs it."""

    def __init__(self, master, graph_def, config):
        from tensorweave.client import session as _session
        from tensorweave.framework.graph import Graph

        self.master = master
        self.config = config
        self.lock = threading.Lock()
        graph = Graph()
        _import_nodes(graph, graph_def)
        self.graph = graph
        sess = _session.Session(graph=graph, config=config)
        # Not a local session: tf.Session.reset('') must not clear the server's state.
        _session._open_sessions.discard(sess)
        sess._state = master.state
        sess._placer = ClusterPlacer(config, master.cluster_jobs, master.job_name, master.task_index)
        self.session = sess

    def extend(self, graph_def, replace):
        with self.lock:
            if replace:
                fresh = MasterSession(self.master, graph_def, self.config)
                self.graph, self.session = fresh.graph, fresh.session
            else:
                _import_nodes(self.graph, graph_def)

    def run(self, request):
        from tensorweave.framework import proto_convert

        graph = self.graph
        with self.lock:
            try:
                feeds = {graph.as_graph_element(f.name, allow_tensor=True, allow_operation=False):
                         proto_convert.make_ndarray(f.tensor) for f in request.feed}
                fetches = [graph.as_graph_element(name, allow_tensor=True, allow_operation=False)
                           for name in request.fetch]
                targets = [graph.get_operation_by_name(name) for name in request.target]
            except (KeyError, ValueError) as err:
                raise errors.NotFoundError(None, None, str(err.args[0] if err.args else err)) from None
        options = request.options if request.HasField("options") else None
        values = self.session.run(fetches + targets, feeds, options=options)
        return list(zip(request.fetch, fetches, values))

    def clear_cache(self):
        self.session._cache.clear()

    def close(self):
        # NOTE: not Session.close, which would clear the state: it is the server's, shared.
        self.session._closed = True
        self.clear_cache()


class Master:
    """The state of one server: shared resources and the open sessions."""

    def __init__(self, cluster_jobs, job_name, task_index, default_config=None, state=None):
        self.cluster_jobs = cluster_jobs  # job -> {task index: address}
        self.job_name = job_name
        self.task_index = task_index
        self.default_config = default_config
        # `state`: shared with the other servers of the cluster in this process, if given.
        self.state = state if state is not None else SessionState()
        self.sessions = {}
        self._lock = threading.Lock()

    # Each handler takes a request message and returns (response fields) or raises OpError.
    def create_session(self, request, response):
        config = request.config if request.HasField("config") else self.default_config
        msess = MasterSession(self, request.graph_def, config)
        with self._lock:
            handle = uuid.uuid4().hex[:16]
            self.sessions[handle] = msess
        response.session_handle = handle

    def _session(self, handle):
        msess = self.sessions.get(handle)
        if msess is None:
            raise errors.AbortedError(None, None, "Session %s is not found. Possibly, this master "
                                                  "has restarted or was reset." % handle)
        return msess

    def extend_session(self, request, response):
        self._session(request.session_handle).extend(request.graph_def, request.replace)

    def run_step(self, request, response):
        from tensorweave.framework import proto_convert

        for name, tensor, value in self._session(request.session_handle).run(request):
            nt = response.tensor.add()
            nt.name = name
            arr = value if isinstance(value, np.ndarray) else np.asarray(
                value, dtype=None if tensor.dtype.base_dtype.name == "string" else
                tensor.dtype.base_dtype.as_numpy_dtype)
            proto_convert.ndarray_to_tensor_proto(arr, tensor.dtype.base_dtype, nt.tensor)

    def close_session(self, request, response):
        with self._lock:
            msess = self.sessions.pop(request.session_handle, None)
        if msess is not None:
            msess.close()

    def reset(self, request, response):
        """Drops the named containers' resources (all resources when none are named)."""
        containers = list(request.container)
        state = self.state
        with self._lock:
            sessions = list(self.sessions.values())
            if not containers:
                state.clear()
            else:
                doomed = set()
                for msess in sessions:
                    for op in msess.graph.get_operations():
                        if op.type in _VARIABLE_OPS and \
                                (op.get_attr("container") or "") in containers:
                            shared = op.get_attr("shared_name") or op.name
                            c = op.get_attr("container")
                            doomed.add(c + "/" + shared if c else op.name)
                            doomed.add(shared)
                prefixes = tuple(c + "/" for c in containers if c)
                with state._lock:
                    for key in list(state.variables):
                        if key in doomed or (prefixes and key.startswith(prefixes)):
                            del state.variables[key]
                    for key in list(state.containers):
                        name = key[1] if isinstance(key, tuple) and len(key) > 1 else key
                        # ("var", container, name): a resource variable's handle cell
                        if isinstance(name, str) and (name in containers or
                                                      (prefixes and name.startswith(prefixes))):
                            del state.containers[key]
            # As in TensorFlow, a reset also closes every session of the server: their next
            # call fails with AbortedError ("Session ... is not found").
            self.sessions.clear()
        for msess in sessions:
            msess.close()

    def list_devices(self, request, response):
        response.device.extend(device_names(self.cluster_jobs))

    def close_all(self, clear_state=True):
        with self._lock:
            sessions = list(self.sessions.values())
            self.sessions.clear()
        for msess in sessions:
            msess.close()
        if clear_state:
            self.state.clear()


def _status_from_exception(err, status):
    if isinstance(err, errors.OpError):
        status.code = err.error_code
        status.message = err.message
        op = getattr(err, "op", None)
        if op is not None and getattr(op, "name", None):
            status.op_name = op.name
    elif isinstance(err, (ValueError, TypeError, KeyError)):
        status.code = errors.INVALID_ARGUMENT
        status.message = "%s: %s" % (type(err).__name__, err.args[0] if err.args else err)
    else:
        status.code = errors.INTERNAL
        status.message = "%s: %s" % (type(err).__name__, err)


def generic_handler(master):
    """The grpc handler serving `master`'s methods (imports grpc: call only when serving)."""
    import grpc

    from tensorweave.distribute import master_service_pb2 as pb

    def method(fn, request_cls, response_cls):
        def handle(request, context):
            response = response_cls()
            try:
                fn(request, response)
            except Exception as err:  # noqa: BLE001 - every failure goes back as a Status
                response.Clear()
                _status_from_exception(err, response.status)
            return response

        return grpc.unary_unary_rpc_method_handler(
            handle, request_deserializer=request_cls.FromString,
            response_serializer=response_cls.SerializeToString)

    return grpc.method_handlers_generic_handler(SERVICE, {
        "CreateSession": method(master.create_session, pb.CreateSessionRequest, pb.CreateSessionResponse),
        "ExtendSession": method(master.extend_session, pb.ExtendSessionRequest, pb.ExtendSessionResponse),
        "RunStep": method(master.run_step, pb.RunStepRequest, pb.RunStepResponse),
        "CloseSession": method(master.close_session, pb.CloseSessionRequest, pb.CloseSessionResponse),
        "Reset": method(master.reset, pb.ResetRequest, pb.ResetResponse),
        "ListDevices": method(master.list_devices, pb.ListDevicesRequest, pb.ListDevicesResponse),
    })
