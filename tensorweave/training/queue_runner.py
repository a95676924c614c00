"""tf.train.QueueRunner, add_queue_runner and start_queue_runners.

A queue runner owns the enqueue ops of one queue and runs each in its own thread, over and
over, until the inputs run dry: an enqueue that fails with one of the "queue closed" errors
(OutOfRangeError by default: the queue it reads from is exhausted) ends its thread, and the
last thread to end closes the runner's queue, so the consumer drains it and then gets
OutOfRangeError. Any other error is handed to the coordinator, which stops every thread. One
more thread per session waits for the coordinator's stop and cancels pending enqueues.
"""

import logging
import threading
import weakref

from tensorweave._api import tf_export
from tensorweave.framework import context, errors
from tensorweave.framework.graph import GraphKeys

_log = logging.getLogger("tensorweave")


@tf_export("train.QueueRunner", "train.queue_runner.QueueRunner")
class QueueRunner:
    """Runs `enqueue_ops` (of `queue`) in threads; see the module docstring."""

    def __init__(self, queue=None, enqueue_ops=None, close_op=None, cancel_op=None,
                 queue_closed_exception_types=None, queue_runner_def=None, import_scope=None):
        if queue_runner_def is not None:
            if queue or enqueue_ops:
                raise ValueError("queue_runner_def and queue are mutually exclusive.")
            self._init_from_proto(queue_runner_def, import_scope)
            return
        if not queue or not enqueue_ops:
            raise ValueError("Must provide queue and enqueue_ops.")
        self._queue = queue
        self._enqueue_ops = list(enqueue_ops)
        self._close_op = close_op if close_op is not None else queue.close()
        self._cancel_op = cancel_op if cancel_op is not None else \
            queue.close(cancel_pending_enqueues=True)
        if queue_closed_exception_types is None:
            queue_closed_exception_types = (errors.OutOfRangeError,)
        self._setup(queue_closed_exception_types)

    def _setup(self, closed_types):
        closed_types = tuple(closed_types)
        for t in closed_types:
            if not (isinstance(t, type) and issubclass(t, errors.OpError)):
                raise TypeError("queue_closed_exception_types, when provided, must be a tuple of "
                                "tf.error types, but saw: %s" % (t,))
        self._queue_closed_exception_types = closed_types
        self._lock = threading.Lock()
        self._runs_per_session = weakref.WeakKeyDictionary()
        self._exceptions_raised = []

    def _init_from_proto(self, queue_runner_def, import_scope):
        g = context.get_default_graph()

        def element(name, allow_tensor=False):
            if import_scope:
                name = import_scope.rstrip("/") + "/" + name
            return g.as_graph_element(name, allow_tensor=allow_tensor, allow_operation=not allow_tensor)

        queue_op = element(queue_runner_def.queue_name)
        self._queue = _QueueByOp(queue_op)
        self._enqueue_ops = [element(n) for n in queue_runner_def.enqueue_op_name]
        self._close_op = element(queue_runner_def.close_op_name)
        self._cancel_op = element(queue_runner_def.cancel_op_name)
        codes = list(queue_runner_def.queue_closed_exception_types) or [errors.OUT_OF_RANGE]
        self._setup(errors.exception_type_from_error_code(c) for c in codes)

    @property
    def queue(self):
        return self._queue

    @property
    def enqueue_ops(self):
        return self._enqueue_ops

    @property
    def close_op(self):
        return self._close_op

    @property
    def cancel_op(self):
        return self._cancel_op

    @property
    def queue_closed_exception_types(self):
        return self._queue_closed_exception_types

    @property
    def exceptions_raised(self):
        """Errors the threads raised when no coordinator was given."""
        return self._exceptions_raised

    @property
    def name(self):
        return self._queue.name

    # ---------------------------------------------------------------- threads
    def _run(self, sess, enqueue_op, coord=None):
        counted = True
        try:
            while True:
                if coord is not None and coord.should_stop():
                    break
                try:
                    sess.run(enqueue_op)
                except self._queue_closed_exception_types:
                    with self._lock:
                        counted = False
                        self._runs_per_session[sess] -= 1
                        last = self._runs_per_session[sess] == 0
                    if last:
                        try:
                            sess.run(self._close_op)
                        except Exception as err:  # noqa: BLE001 -- closing is best effort
                            _log.debug("Ignored exception while closing queue %s: %s", self.name, err)
                    return
        except Exception as err:  # noqa: BLE001 -- reported to the coordinator, as TF
            if coord is not None:
                coord.request_stop(err)
            else:
                _log.error("Exception in QueueRunner: %s", err)
                with self._lock:
                    self._exceptions_raised.append(err)
                raise
        finally:
            if counted:
                with self._lock:
                    self._runs_per_session[sess] -= 1

    def _close_on_stop(self, sess, coord):
        coord.wait_for_stop()
        try:
            sess.run(self._cancel_op)
        except Exception as err:  # noqa: BLE001 -- the session may be gone already
            _log.debug("Ignored exception while cancelling queue %s: %s", self.name, err)

    def create_threads(self, sess, coord=None, daemon=False, start=False):
        """Threads running the enqueue ops in `sess` (none if they already run there)."""
        with self._lock:
            try:
                if self._runs_per_session[sess] > 0:
                    return []
            except KeyError:
                pass
            self._runs_per_session[sess] = len(self._enqueue_ops)
            self._exceptions_raised = []
        threads = [threading.Thread(target=self._run, args=(sess, op, coord), daemon=daemon,
                                    name="QueueRunnerThread-%s-%s" % (self.name, op.name))
                   for op in self._enqueue_ops]
        if coord is not None:
            threads.append(threading.Thread(target=self._close_on_stop, args=(sess, coord),
                                            daemon=daemon,
                                            name="QueueRunnerThread-%s-close_on_stop" % self.name))
        for t in threads:
            if coord is not None:
                coord.register_thread(t)
            if start:
                t.start()
        return threads

    # ----------------------------------------------------------------- protos
    def to_proto(self, export_scope=None):
        from tensorweave.protos import queue_runner_pb2

        def strip(name):
            if export_scope and name.startswith(export_scope.rstrip("/") + "/"):
                return name[len(export_scope.rstrip("/")) + 1:]
            return name

        proto = queue_runner_pb2.QueueRunnerDef()
        proto.queue_name = strip(self._queue.name)
        proto.enqueue_op_name.extend(strip(op.name) for op in self._enqueue_ops)
        proto.close_op_name = strip(self._close_op.name)
        proto.cancel_op_name = strip(self._cancel_op.name)
        proto.queue_closed_exception_types.extend(errors.error_code_from_exception_type(t)
                                                  for t in self._queue_closed_exception_types)
        return proto

    @staticmethod
    def from_proto(queue_runner_def, import_scope=None):
        return QueueRunner(queue_runner_def=queue_runner_def, import_scope=import_scope)


class _QueueByOp:
    """The `queue` of a runner rebuilt from a proto: just its name."""

    def __init__(self, op):
        self._op = op

    @property
    def name(self):
        return self._op.name


@tf_export("train.add_queue_runner", "train.queue_runner.add_queue_runner")
def add_queue_runner(qr, collection=GraphKeys.QUEUE_RUNNERS):
    """Adds `qr` to the graph's collection of queue runners (started by start_queue_runners)."""
    context.get_default_graph().add_to_collection(collection, qr)


@tf_export("train.start_queue_runners", "train.queue_runner.start_queue_runners")
def start_queue_runners(sess=None, coord=None, daemon=True, start=True,
                        collection=GraphKeys.QUEUE_RUNNERS):
    """Starts the threads of every queue runner of the session's graph; returns them."""
    if sess is None:
        sess = context.get_default_session()
        if not sess:
            raise ValueError("Cannot start queue runners: No default session is registered. Use "
                             "`with sess.as_default()` or pass an explicit session to "
                             "tf.start_queue_runners(sess=sess)")
    if not hasattr(sess, "run") or not hasattr(sess, "graph"):
        raise TypeError("sess must be a `tf.Session` object. Given class: %s" % type(sess))
    with sess.graph.as_default():
        threads = []
        for qr in sess.graph.get_collection(collection):
            threads.extend(qr.create_threads(sess, coord=coord, daemon=daemon, start=start))
    return threads
