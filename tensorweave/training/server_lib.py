"""tf.train.ClusterSpec and tf.train.Server: the jobs of a TF cluster and an in-process server.

A Server listens with gRPC (the optional dependency grpcio, imported only when a server is
created) and runs tensorweave's own master service (tensorweave/distribute/master.py): it is
not wire compatible with TensorFlow's servers, so a cluster must be all tensorweave.
"""

import atexit
import threading

from tensorweave._api import tf_export, tf_export_lazy
from tensorweave.framework import errors

tf_export_lazy("train.ServerDef", "tensorweave.protos.tensorflow_server_pb2:ServerDef")
tf_export_lazy("train.ClusterDef", "tensorweave.protos.cluster_pb2:ClusterDef")
tf_export_lazy("train.JobDef", "tensorweave.protos.cluster_pb2:JobDef")


def _address(addr):
    # As in TF: an address is kept as given (str or bytes); anything else is refused.
    if not isinstance(addr, (str, bytes)):
        raise TypeError("Task address %r must be bytes or unicode" % (addr,))
    return addr


@tf_export("train.ClusterSpec")
class ClusterSpec:
    """Maps job names to their tasks' network addresses (a list, or a dict index -> address)."""

    def __init__(self, cluster):
        if isinstance(cluster, ClusterSpec):
            self._jobs = {job: dict(tasks) for job, tasks in cluster._jobs.items()}
        elif isinstance(cluster, dict):
            self._jobs = {}
            for job, tasks in cluster.items():
                if not isinstance(job, (str, bytes)):
                    raise TypeError("Job name %r must be bytes or unicode" % (job,))
                if isinstance(tasks, (list, tuple)):
                    self._jobs[job] = {i: _address(addr) for i, addr in enumerate(tasks)}
                elif isinstance(tasks, dict):
                    self._jobs[job] = {int(i): _address(addr) for i, addr in tasks.items()}
                else:
                    raise TypeError("The tasks for job %r must be a list or a dictionary from "
                                    "integers to strings." % job)
        elif hasattr(cluster, "job"):  # a ClusterDef proto
            self._jobs = {j.name: {int(i): a for i, a in j.tasks.items()} for j in cluster.job}
        else:
            raise TypeError("`cluster` must be a dictionary mapping one or more job names to "
                            "lists of network addresses, or a `ClusterDef` protocol buffer")

    @property
    def jobs(self):
        return list(self._jobs)

    def num_tasks(self, job_name):
        return len(self._job(job_name))

    def task_indices(self, job_name):
        return sorted(self._job(job_name))

    def task_address(self, job_name, task_index):
        tasks = self._job(job_name)
        try:
            return tasks[task_index]
        except KeyError:
            raise ValueError("No task with index %r in job %r" % (task_index, job_name)) from None

    def job_tasks(self, job_name):
        tasks = self._job(job_name)
        if not tasks:
            # As in TF (the highest index of no tasks): a job without tasks is an error here.
            raise ValueError("Job %r has no tasks" % (job_name,))
        out = [None] * (max(tasks) + 1)
        for i, addr in tasks.items():
            out[i] = addr
        return out

    def as_dict(self):
        out = {}
        for job, tasks in self._jobs.items():
            if tasks and sorted(tasks) == list(range(len(tasks))):
                out[job] = [tasks[i] for i in range(len(tasks))]
            else:
                out[job] = dict(tasks)
        return out

    def as_cluster_def(self):
        from tensorweave.protos import cluster_pb2

        cd = cluster_pb2.ClusterDef()
        for job in sorted(self._jobs, key=lambda j: j.decode() if isinstance(j, bytes) else j):
            jd = cd.job.add()
            jd.name = job.decode() if isinstance(job, bytes) else job
            for i, addr in self._jobs[job].items():
                jd.tasks[i] = addr.decode() if isinstance(addr, bytes) else addr
        return cd

    def _job(self, job_name):
        try:
            return self._jobs[job_name]
        except KeyError:
            raise ValueError("No such job in cluster: %r" % job_name) from None

    def __bool__(self):
        return bool(self._jobs)

    def __eq__(self, other):
        return isinstance(other, ClusterSpec) and self._jobs == other._jobs

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "ClusterSpec(%r)" % self.as_dict()


# Servers live until the process exits (as in TensorFlow, where a server cannot be stopped):
# holding them here keeps `tf.Session(tf.train.Server.create_local_server().target)` working.
_live_servers = set()
_live_lock = threading.Lock()
# The resources of a cluster whose tasks run in this process: {cluster key: [state, servers]}.
# As in TF, where a resource lives on the task its op is pinned to and every session of the
# cluster reaches it, the in-process servers of one cluster share one state (so a variable set
# through the worker's session is seen through the ps task's session too).
_cluster_states = {}


def _cluster_key(cluster_def):
    tasks = tuple(sorted((j.name, i, a) for j in cluster_def.job for i, a in j.tasks.items()))
    # A port of 0 ("pick a free one") makes each server its own cluster.
    if any(a.rpartition(":")[2] in ("", "0") for _, _, a in tasks):
        return None
    return tasks


def _acquire_cluster_state(key):
    from tensorweave.runtime.resources import SessionState

    if key is None:
        return SessionState()
    with _live_lock:
        entry = _cluster_states.setdefault(key, [SessionState(), 0])
        entry[1] += 1
        return entry[0]


def _release_cluster_state(key):
    """True when the last server of the cluster in this process went away."""
    if key is None:
        return True
    with _live_lock:
        entry = _cluster_states.get(key)
        if entry is None:
            return True
        entry[1] -= 1
        if entry[1] > 0:
            return False
        del _cluster_states[key]
        return True


def _import_grpc():
    try:
        import grpc
    except ImportError:
        raise ImportError("tf.train.Server and grpc:// sessions need the optional dependency "
                          "grpcio: pip install 'tensorweave[distributed]'") from None
    return grpc


def _make_server_def(server_or_cluster_def, job_name, task_index, protocol, config):
    from tensorweave.protos import tensorflow_server_pb2

    server_def = tensorflow_server_pb2.ServerDef()
    if isinstance(server_or_cluster_def, tensorflow_server_pb2.ServerDef):
        server_def.CopyFrom(server_or_cluster_def)
        if job_name is not None:
            server_def.job_name = job_name
        if task_index is not None:
            server_def.task_index = task_index
        if protocol is not None:
            server_def.protocol = protocol
        if config is not None:
            server_def.default_session_config.CopyFrom(config)
    else:
        try:
            cluster_spec = ClusterSpec(server_or_cluster_def)
        except TypeError:
            raise TypeError("Could not convert `server_or_cluster_def` to a `tf.train.ServerDef` or "
                            "`tf.train.ClusterSpec`.") from None
        if job_name is None:
            if len(cluster_spec.jobs) == 1:
                job_name = cluster_spec.jobs[0]
            else:
                raise ValueError("Must specify an explicit `job_name`.")
        if task_index is None:
            indices = cluster_spec.task_indices(job_name)
            if len(indices) == 1:
                task_index = indices[0]
            else:
                raise ValueError("Must specify an explicit `task_index`.")
        server_def.cluster.CopyFrom(cluster_spec.as_cluster_def())
        server_def.job_name = job_name
        server_def.task_index = task_index
        server_def.protocol = protocol or "grpc"
        if config is not None:
            server_def.default_session_config.CopyFrom(config)
    return server_def


@tf_export("train.Server", "distribute.Server")
class Server:
    """An in-process server of one task of a cluster; `tf.Session(server.target)` runs on it.

    Variables and other resources live in the server and are shared by every session on it,
    until the server stops or `tf.Session.reset(server.target)` clears them. Ops pinned to any
    task of the cluster run in the server the session is connected to (tasks do not yet
    forward work to one another).
    """

    def __init__(self, server_or_cluster_def, job_name=None, task_index=None, protocol=None,
                 config=None, start=True):
        self._server_def = _make_server_def(server_or_cluster_def, job_name, task_index, protocol,
                                            config)
        sd = self._server_def
        if sd.protocol != "grpc":
            # As in TF: no server factory is registered for that protocol.
            raise errors.NotFoundError(None, None, "No server factory registered for the given "
                                                   "ServerDef (protocol %r): only 'grpc' is "
                                                   "available." % sd.protocol)
        cluster = ClusterSpec(sd.cluster)
        # As in TF, a job or task missing from the cluster is found when the server is built.
        if sd.job_name not in cluster.jobs:
            raise errors.InternalError(None, None, "Job \"%s\" was not defined in cluster"
                                       % sd.job_name)
        if sd.task_index not in cluster.task_indices(sd.job_name):
            raise errors.InternalError(None, None, "Task %d was not defined in job \"%s\""
                                       % (sd.task_index, sd.job_name))
        address = cluster.task_address(sd.job_name, sd.task_index)
        host, _, port_text = address.rpartition(":")
        try:
            port = sd.port or int(port_text)
        except ValueError:
            raise errors.InvalidArgumentError(
                None, None, "Could not parse the port of address %r of task /job:%s/task:%d."
                            % (address, sd.job_name, sd.task_index)) from None
        grpc = _import_grpc()
        from concurrent import futures

        from tensorweave.distribute import master as _master

        config_proto = sd.default_session_config if sd.HasField("default_session_config") else None
        self._master = _master.Master({job: dict(cluster._jobs[job]) for job in cluster.jobs},
                                      sd.job_name, sd.task_index, config_proto)
        self._grpc_server = grpc.server(
            futures.ThreadPoolExecutor(max_workers=32, thread_name_prefix="tensorweave-server"),
            handlers=[_master.generic_handler(self._master)],
            options=[("grpc.so_reuseport", 0), ("grpc.max_send_message_length", -1),
                     ("grpc.max_receive_message_length", -1)])
        try:
            bound = self._grpc_server.add_insecure_port("[::]:%d" % port)
        except RuntimeError:
            bound = 0
        if not bound:
            raise errors.UnknownError(None, None, "Could not start gRPC server: failed to listen on "
                                                  "port %d (address %r)." % (port, address))
        self._port = bound
        self._target = "grpc://%s:%d" % (host or "localhost", bound)
        self._cluster_key = _cluster_key(sd.cluster)
        self._master.state = _acquire_cluster_state(self._cluster_key)
        self._started = False
        self._stopped = False
        with _live_lock:
            _live_servers.add(self)
        if start:
            self.start()

    @staticmethod
    def create_local_server(config=None, start=True):
        """A single-task server on a free port of this machine (job 'localhost')."""
        return Server({"localhost": ["localhost:0"]}, protocol="grpc", config=config, start=start)

    @property
    def server_def(self):
        return self._server_def

    @property
    def target(self):
        """'grpc://localhost:<port>': pass it to tf.Session to run graphs on this server."""
        return self._target

    def start(self):
        if self._stopped:
            raise errors.FailedPreconditionError(None, None, "The server has been stopped.")
        if not self._started:
            self._grpc_server.start()
            self._started = True

    def join(self):
        """Blocks until the server stops."""
        if not self._started:
            self.start()
        self._grpc_server.wait_for_termination()

    def stop(self, grace=None):
        """Stops serving and frees its resources (a tensorweave extra: TF servers never stop)."""
        if self._stopped:
            return
        self._stopped = True
        self._grpc_server.stop(grace).wait()
        self._master.close_all(clear_state=_release_cluster_state(self._cluster_key))
        with _live_lock:
            _live_servers.discard(self)


@atexit.register
def _stop_all_servers():
    with _live_lock:
        servers = list(_live_servers)
    for server in servers:
        try:
            server.stop()
        except Exception:  # noqa: BLE001 - best effort at interpreter exit
            pass
