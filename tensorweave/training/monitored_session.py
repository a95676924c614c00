"""MonitoredSession, SingularMonitoredSession, MonitoredTrainingSession, Scaffold and the
session creators.

A monitored session calls its hooks' `begin()`, creates the session through a session
creator (which finalizes the Scaffold and so the graph, initializes or restores the model),
calls `after_create_session`, and wraps every `run` with the hooks' `before_run`/`after_run`.
`should_stop()` becomes true when a hook requests it; leaving the `with` block on
OutOfRangeError (end of input) is a normal end.
"""

import inspect
import logging
import threading
import time

from tensorweave._api import tf_export
from tensorweave.framework import context, errors
from tensorweave.framework.graph import GraphKeys
from tensorweave.training import basic_hooks

_log = logging.getLogger("tensorflow")
USE_DEFAULT = object()


# ------------------------------------------------------------------ Scaffold
@tf_export("train.Scaffold")
class Scaffold:
    """The pieces a monitored session needs: init/ready/local-init ops, saver, summary op."""

    def __init__(self, init_op=None, init_feed_dict=None, init_fn=None, ready_op=None,
                 ready_for_local_init_op=None, local_init_op=None, summary_op=None, saver=None,
                 copy_from_scaffold=None, local_init_feed_dict=None):
        if copy_from_scaffold is not None:
            if not isinstance(copy_from_scaffold, Scaffold):
                raise TypeError("copy_from_scaffold is not a Scaffold instance.")
            pick = lambda mine, theirs: theirs if mine is None else mine
            s = copy_from_scaffold
            init_op = pick(init_op, s.init_op)
            init_feed_dict = pick(init_feed_dict, s._init_feed_dict)
            init_fn = pick(init_fn, s._user_init_fn)
            ready_op = pick(ready_op, s.ready_op)
            ready_for_local_init_op = pick(ready_for_local_init_op, s.ready_for_local_init_op)
            local_init_op = pick(local_init_op, s.local_init_op)
            local_init_feed_dict = pick(local_init_feed_dict, s._local_init_feed_dict)
            summary_op = pick(summary_op, s.summary_op)
            saver = pick(saver, s.saver)
        self._user_init_fn = init_fn
        self._init_fn = (lambda sess: init_fn(self, sess)) if init_fn else None
        self._init_op = init_op
        self._init_feed_dict = init_feed_dict
        self._ready_op = ready_op
        self._ready_for_local_init_op = ready_for_local_init_op
        self._local_init_op = local_init_op
        self._local_init_feed_dict = local_init_feed_dict
        self._summary_op = summary_op
        self._saver = saver

    def finalize(self):
        """Fills in the defaults (from the graph's collections) and finalizes the graph."""
        from tensorweave.ops.graph_ops import group
        from tensorweave.training import variables

        graph = context.get_default_graph()
        # The defaults are built as TF builds them (names included): the variables' op and
        # one for the (here always empty) shared resources.
        if self._init_op is None:
            self._init_op = Scaffold.get_or_default(
                "init_op", GraphKeys.INIT_OP,
                lambda: group(variables.global_variables_initializer(), _no_op("init")))
        if self._ready_op is None:
            self._ready_op = Scaffold.get_or_default(
                "ready_op", GraphKeys.READY_OP,
                lambda: _with_resources(variables.report_uninitialized_variables()))
        if self._ready_for_local_init_op is None:
            self._ready_for_local_init_op = Scaffold.get_or_default(
                "ready_for_local_init_op", GraphKeys.READY_FOR_LOCAL_INIT_OP,
                lambda: _with_resources(variables.report_uninitialized_variables(
                    graph.get_collection(GraphKeys.GLOBAL_VARIABLES))))
        if self._local_init_op is None:
            self._local_init_op = Scaffold.get_or_default(
                "local_init_op", GraphKeys.LOCAL_INIT_OP, Scaffold.default_local_init_op)
        if self._summary_op is None:
            self._summary_op = Scaffold.get_or_default("summary_op", GraphKeys.SUMMARY_OP,
                                                       _merge_all_summaries)
        if self._saver is None:
            self._saver = _default_saver()
        graph.finalize()
        _log.info("Graph was finalized.")
        return self

    @property
    def init_fn(self):
        return self._init_fn

    @property
    def init_op(self):
        return self._init_op

    @property
    def ready_op(self):
        return self._ready_op

    @property
    def ready_for_local_init_op(self):
        return self._ready_for_local_init_op

    @property
    def local_init_op(self):
        return self._local_init_op

    @property
    def local_init_feed_dict(self):
        return self._local_init_feed_dict

    @property
    def summary_op(self):
        return self._summary_op

    @property
    def saver(self):
        return self._saver

    @property
    def init_feed_dict(self):
        return self._init_feed_dict

    @staticmethod
    def get_or_default(arg_name, collection_key, default_constructor):
        graph = context.get_default_graph()
        elements = graph.get_collection(collection_key)
        if elements:
            if len(elements) > 1:
                raise RuntimeError("More than one item in the collection \"%s\". Please indicate "
                                   "which one to use by passing it to the tf.Scaffold constructor "
                                   "as:  tf.Scaffold(%s=item to use)" % (collection_key, arg_name))
            return elements[0]
        op = default_constructor()
        if op is not None:
            graph.add_to_collection(collection_key, op)
        return op

    @staticmethod
    def default_local_init_op():
        from tensorweave.ops.graph_ops import group
        from tensorweave.training import variables

        graph = context.get_default_graph()
        tables = graph.get_collection(GraphKeys.TABLE_INITIALIZERS)
        return group(variables.local_variables_initializer(),
                     group(*tables, name="init_all_tables") if tables else
                     _no_op("init_all_tables"),
                     _no_op("init"))


def _no_op(name):
    from tensorweave.ops.graph_ops import no_op

    return no_op(name=name)


def _with_resources(report):
    """TF's ready ops: the uninitialized variables, then the uninitialized resources (none
    here: an empty string vector), concatenated."""
    from tensorweave.framework import dtypes
    from tensorweave.framework.scopes import name_scope
    from tensorweave.ops import array_ops
    from tensorweave.ops.constant_op import constant

    with name_scope("report_uninitialized_resources"):
        resources = constant([], dtype=dtypes.string)
    return array_ops.concat([report, resources], 0)


def _merge_all_summaries():
    graph = context.get_default_graph()
    if not graph.get_collection(GraphKeys.SUMMARIES):
        return None
    try:
        from tensorweave.summary import summary as _summary
    except ImportError:
        return None
    return _summary.merge_all()


def _default_saver():
    graph = context.get_default_graph()
    savers = graph.get_collection(GraphKeys.SAVERS)
    if savers:
        if len(savers) > 1:
            raise RuntimeError("More than one item in collection savers. Please indicate which "
                               "one to use by passing it to the constructor.")
        return savers[0]
    try:
        from tensorweave.training import saver as _saver
    except ImportError:
        return None
    if not graph.get_collection(GraphKeys.GLOBAL_VARIABLES):
        return None
    saver = _saver.Saver(sharded=True, allow_empty=True)
    graph.add_to_collection(GraphKeys.SAVERS, saver)
    return saver


# ------------------------------------------------------------------ session creation
def _ready(sess, op, feed_dict=None):
    """(ready, message) from a report_uninitialized_variables-like op."""
    if op is None:
        return True, None
    value = sess.run(op, feed_dict=feed_dict)
    if value is None or getattr(value, "size", 1) == 0:
        return True, None
    names = [v.decode() if isinstance(v, bytes) else str(v) for v in value.ravel()]
    return False, "Variables not initialized: " + ", ".join(names)


@tf_export("train.SessionManager")
class SessionManager:
    """Creates sessions that are initialized, restored from a checkpoint, or made ready."""

    def __init__(self, local_init_op=None, ready_op=None, ready_for_local_init_op=None,
                 graph=None, recovery_wait_secs=30, local_init_run_options=None,
                 local_init_feed_dict=None):
        self._local_init_op = local_init_op
        self._local_init_feed_dict = local_init_feed_dict
        self._ready_op = ready_op
        self._ready_for_local_init_op = ready_for_local_init_op
        self._graph = graph or context.get_default_graph()
        self._recovery_wait_secs = recovery_wait_secs

    def _restore(self, sess, saver, checkpoint_dir, checkpoint_filename_with_path):
        if saver is None:
            return False
        if checkpoint_filename_with_path:
            saver.restore(sess, checkpoint_filename_with_path)
            return True
        if not checkpoint_dir:
            return False
        from tensorweave.training import saver as _saver

        latest = _saver.latest_checkpoint(checkpoint_dir)
        if not latest:
            return False
        saver.restore(sess, latest)
        return True

    def prepare_session(self, master, init_op=None, saver=None, checkpoint_dir=None,
                        checkpoint_filename_with_path=None, wait_for_checkpoint=False,
                        max_wait_secs=7200, config=None, init_feed_dict=None, init_fn=None):
        from tensorweave.client.session import Session

        if checkpoint_dir and checkpoint_filename_with_path:
            raise ValueError("Can not provide both checkpoint_dir and "
                             "checkpoint_filename_with_path.")
        sess = Session(master, graph=self._graph, config=config)
        restored = self._restore(sess, saver, checkpoint_dir, checkpoint_filename_with_path)
        if not restored:
            if init_op is None and not init_fn and self._local_init_op is None:
                raise RuntimeError("Model is not initialized and no init_op or init_fn or "
                                   "local_init_op was given")
            if init_op is not None:
                sess.run(init_op, feed_dict=init_feed_dict)
            if init_fn:
                init_fn(sess)
        ok, message = self._try_local_init(sess)
        if not ok:
            raise RuntimeError("Init operations did not make model ready for local_init.  Init op: "
                               "%s, init fn: %s, error: %s" % (_name(init_op), init_fn, message))
        ready, message = _ready(sess, self._ready_op)
        if not ready:
            raise RuntimeError("Init operations did not make model ready.  Init op: %s, init fn: "
                               "%s, local_init_op: %s, error: %s"
                               % (_name(init_op), init_fn, _name(self._local_init_op), message))
        return sess

    def recover_session(self, master, saver=None, checkpoint_dir=None,
                        checkpoint_filename_with_path=None, wait_for_checkpoint=False,
                        max_wait_secs=7200, config=None):
        """(session, restored): a session restored from a checkpoint when one is usable.

        Never runs an init op; `restored` is False when there was nothing to restore or the
        restored model did not become ready.
        """
        from tensorweave.client.session import Session

        if checkpoint_dir and checkpoint_filename_with_path:
            raise ValueError("Can not provide both checkpoint_dir and "
                             "checkpoint_filename_with_path.")
        sess = Session(master, graph=self._graph, config=config)
        restored = self._restore(sess, saver, checkpoint_dir, checkpoint_filename_with_path)
        ok, message = self._try_local_init(sess)
        if not restored:
            return sess, False
        if not ok:
            _log.info("Restoring model did not make it ready for local init: %s", message)
            return sess, False
        ready, message = _ready(sess, self._ready_op)
        if not ready:
            _log.info("Restoring model did not make it ready: %s", message)
            return sess, False
        return sess, True

    def _try_local_init(self, sess):
        """(ran, message): runs the local init op once the global variables are ready."""
        if self._local_init_op is None:
            return True, None
        ready, message = _ready(sess, self._ready_for_local_init_op)
        if not ready:
            return False, message
        _log.info("Running local_init_op.")
        sess.run(self._local_init_op, feed_dict=self._local_init_feed_dict)
        _log.info("Done running local_init_op.")
        return True, None

    def wait_for_session(self, master, config=None, max_wait_secs=float("inf")):
        """A session once the model is ready (initialized by the chief, in another process or
        thread): tries, then waits `recovery_wait_secs` between tries, and raises
        DeadlineExceededError when the next wait would pass `max_wait_secs`, as TF does."""
        from tensorweave.client.session import Session

        deadline = time.monotonic() + max_wait_secs
        while True:
            sess = Session(master, graph=self._graph, config=config)
            ok, message = self._try_local_init(sess)
            if ok:
                ready, message = _ready(sess, self._ready_op)
                if ready:
                    return sess
            sess.close()
            if deadline - time.monotonic() - self._recovery_wait_secs < 0:
                raise errors.DeadlineExceededError(
                    None, None, "Session was not ready after waiting %d secs." % max_wait_secs)
            _log.info("Waiting for model to be ready. %s", message)
            time.sleep(self._recovery_wait_secs)


def _name(op):
    return getattr(op, "name", op)


@tf_export("train.SessionCreator")
class SessionCreator:
    def create_session(self):
        raise NotImplementedError("create_session is not implemented for %s." % self)


@tf_export("train.ChiefSessionCreator")
class ChiefSessionCreator(SessionCreator):
    """Creates a session that initializes or restores the model (the chief's)."""

    def __init__(self, scaffold=None, master="", config=None, checkpoint_dir=None,
                 checkpoint_filename_with_path=None):
        self._checkpoint_dir = checkpoint_dir
        self._checkpoint_filename_with_path = checkpoint_filename_with_path
        self._scaffold = scaffold or Scaffold()
        self._master = master
        self._config = config

    def create_session(self):
        s = self._scaffold.finalize()
        manager = SessionManager(local_init_op=s.local_init_op,
                                 local_init_feed_dict=s.local_init_feed_dict,
                                 ready_op=s.ready_op,
                                 ready_for_local_init_op=s.ready_for_local_init_op,
                                 graph=context.get_default_graph())
        return manager.prepare_session(
            self._master, saver=s.saver, checkpoint_dir=self._checkpoint_dir,
            checkpoint_filename_with_path=self._checkpoint_filename_with_path,
            config=self._config, init_op=s.init_op, init_feed_dict=s.init_feed_dict,
            init_fn=s.init_fn)


@tf_export("train.WorkerSessionCreator")
class WorkerSessionCreator(SessionCreator):
    """Creates a session that waits for the model to be initialized by the chief."""

    def __init__(self, scaffold=None, master="", config=None, max_wait_secs=30 * 60):
        self._scaffold = scaffold or Scaffold()
        self._master = master
        self._config = config
        self._max_wait_secs = max_wait_secs

    def create_session(self):
        s = self._scaffold.finalize()
        manager = SessionManager(local_init_op=s.local_init_op,
                                 local_init_feed_dict=s.local_init_feed_dict,
                                 ready_op=s.ready_op,
                                 ready_for_local_init_op=s.ready_for_local_init_op,
                                 graph=context.get_default_graph())
        return manager.wait_for_session(self._master, config=self._config,
                                        max_wait_secs=self._max_wait_secs)


# ------------------------------------------------------------------ wrapped sessions
def _merge_feeds(first, second, message):
    if not first:
        return second
    if not second:
        return first
    for k in second:
        if k in first:
            raise RuntimeError("%s Conflict(s): %s" % (message, [k]))
    merged = dict(first)
    merged.update(second)
    return merged


def _merge_run_options(options, incoming):
    """Folds a hook's RunOptions into the run's: the most tracing, the longest timeout."""
    options.trace_level = max(options.trace_level, incoming.trace_level)
    options.timeout_in_ms = max(options.timeout_in_ms, incoming.timeout_in_ms)
    options.output_partition_graphs = (options.output_partition_graphs
                                       or incoming.output_partition_graphs)
    options.report_tensor_allocations_upon_oom = (options.report_tensor_allocations_upon_oom
                                                  or incoming.report_tensor_allocations_upon_oom)


class _HookedSession:
    """Runs the hooks around each run of `sess`; its coordinator's threads (queue runners)
    stop when it closes."""

    def __init__(self, sess, hooks, coord, stop_grace_period_secs=120):
        self._sess = sess
        self._hooks = hooks
        self._coord = coord
        self._stop_grace_period_secs = stop_grace_period_secs
        self._should_stop = False

    @property
    def graph(self):
        return self._sess.graph

    def should_stop(self):
        return self._should_stop or self._coord.should_stop()

    def close(self):
        self._coord.request_stop()
        try:
            self._coord.join(stop_grace_period_secs=self._stop_grace_period_secs,
                             ignore_live_threads=True)
        finally:
            self._sess.close()

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        try:
            return self._run_with_hooks(fetches, feed_dict, options, run_metadata)
        except _PREEMPTION_ERRORS:
            raise
        except Exception as err:
            # A thread's failure (a queue runner's) explains a run that failed because of it.
            try:
                self._coord.raise_requested_exception()
            except _PREEMPTION_ERRORS:
                raise
            except Exception:  # noqa: BLE001 -- the run's own error is the one to report
                pass
            raise err

    def _run_with_hooks(self, fetches, feed_dict, options, run_metadata):
        if self.should_stop():
            raise RuntimeError("Run called even after should_stop requested.")
        from tensorweave.protos import config_pb2

        actual_fetches = {"caller": fetches}
        run_context = basic_hooks.SessionRunContext(
            original_args=basic_hooks.SessionRunArgs(fetches, feed_dict), session=self._sess)
        # As in TF, the run always has RunOptions (the caller's merged with the hooks') and a
        # RunMetadata, both handed to every hook's after_run.
        options = options or config_pb2.RunOptions()
        hook_feeds = {}
        for hook in self._hooks:
            request = hook.before_run(run_context)
            if request is None:
                continue
            if request.fetches is not None:
                actual_fetches[hook] = request.fetches
            if request.feed_dict:
                hook_feeds = _merge_feeds(hook_feeds, request.feed_dict,
                                          "Same tensor is fed by two hooks.")
            if request.options is not None:
                _merge_run_options(options, request.options)
        feeds = _merge_feeds(feed_dict, hook_feeds,
                             "Same tensor is fed by a SessionRunHook and user.")
        run_metadata = run_metadata or config_pb2.RunMetadata()
        outputs = self._sess.run(actual_fetches, feed_dict=feeds, options=options,
                                 run_metadata=run_metadata)
        for hook in self._hooks:
            hook.after_run(run_context, basic_hooks.SessionRunValues(
                results=outputs.get(hook), options=options, run_metadata=run_metadata))
        self._should_stop = self._should_stop or run_context.stop_requested
        return outputs["caller"]


_PREEMPTION_ERRORS = (errors.AbortedError, errors.UnavailableError)


class _MonitoredSession:
    """Shared machinery of MonitoredSession and SingularMonitoredSession."""

    def __init__(self, session_creator, hooks, should_recover, stop_grace_period_secs=120):
        self._graph_was_finalized = context.get_default_graph().finalized
        self._hooks = list(hooks or [])
        for h in self._hooks:
            h.begin()
        self._creator = session_creator or ChiefSessionCreator()
        self._should_recover = should_recover
        self._stop_grace_period_secs = stop_grace_period_secs
        self._tf_sess = None
        self._sess = None
        self._create()

    def _create(self):
        from tensorweave.training import coordinator, queue_runner

        self._tf_sess = self._creator.create_session()
        # Every error a run raises stops the threads and is re-raised by the run itself.
        self._coord = coordinator.Coordinator(clean_stop_exception_types=[])
        if self._tf_sess.graph.get_collection(GraphKeys.QUEUE_RUNNERS):
            queue_runner.start_queue_runners(sess=self._tf_sess, coord=self._coord)
        for hook in self._hooks:
            hook.after_create_session(self._tf_sess, self._coord)
        self._sess = _HookedSession(self._tf_sess, self._hooks, self._coord,
                                    self._stop_grace_period_secs)

    @property
    def graph(self):
        return self._tf_sess.graph

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        while True:
            if self._sess is None:
                # NOTE: TensorFlow raises AttributeError here (its wrapped session is None).
                raise AttributeError("This MonitoredSession is closed; it cannot run anything.")
            try:
                return self._sess.run(fetches, feed_dict=feed_dict, options=options,
                                      run_metadata=run_metadata)
            except _PREEMPTION_ERRORS as err:
                if not self._should_recover:
                    raise
                _log.info("An error was raised. This may be due to a preemption in a connected "
                          "worker or parameter server. The current session will be closed and a "
                          "new session will be created. Error: %s", err)
                self._close_quietly()
                self._create()

    def run_step_fn(self, step_fn):
        class _StepContext:
            def __init__(ctx, monitored):
                ctx.session = monitored._tf_sess
                ctx._monitored = monitored

            def run_with_hooks(ctx, *args, **kwargs):
                return ctx._monitored.run(*args, **kwargs)

            def request_stop(ctx):
                # Leaves step_fn (and run_step_fn) at once; the `with` block swallows it.
                ctx._monitored._sess._should_stop = True
                raise StopIteration("step_fn has requested the iterations to stop.")

        params = tuple(inspect.signature(step_fn).parameters)
        if params not in (("step_context",), ("self", "step_context")):
            raise ValueError("`step_fn` may either have one `step_context` argument, or `self` "
                             f"and `step_context` arguments if it's an instance method. Got "
                             f"{params} instead.")
        return step_fn(_StepContext(self))

    def should_stop(self):
        return self._sess is None or self._sess.should_stop()

    def close(self):
        self._close_internal()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, (errors.OutOfRangeError, StopIteration)):
            exc_type = None
        self._close_internal(exc_type)
        return exc_type is None

    def _close_quietly(self):
        try:
            self._tf_sess.close()
        except Exception as err:  # noqa: BLE001 -- the session is being replaced anyway
            _log.info("Error closing the session being replaced: %s", err)

    def _close_internal(self, exception_type=None):
        try:
            if not exception_type and self._sess is not None:
                for h in self._hooks:
                    h.end(self._tf_sess)
        finally:
            try:
                if self._sess is None:
                    raise RuntimeError("Session is already closed.")
                self._sess.close()
            finally:
                self._sess = None
                if not self._graph_was_finalized:
                    context.get_default_graph()._unsafe_unfinalize()


@tf_export("train.MonitoredSession")
class MonitoredSession(_MonitoredSession):
    """A session that runs hooks, initializes or restores the model, and recovers from
    AbortedError/UnavailableError by creating a new session."""

    def __init__(self, session_creator=None, hooks=None, stop_grace_period_secs=120):
        super().__init__(session_creator, hooks, should_recover=True,
                         stop_grace_period_secs=stop_grace_period_secs)


@tf_export("train.SingularMonitoredSession")
class SingularMonitoredSession(_MonitoredSession):
    """A MonitoredSession for a single process, giving access to the raw session."""

    def __init__(self, hooks=None, scaffold=None, master="", config=None, checkpoint_dir=None,
                 stop_grace_period_secs=120, checkpoint_filename_with_path=None):
        creator = ChiefSessionCreator(scaffold=scaffold, master=master, config=config,
                                      checkpoint_dir=checkpoint_dir,
                                      checkpoint_filename_with_path=checkpoint_filename_with_path)
        super().__init__(creator, hooks, should_recover=False,
                         stop_grace_period_secs=stop_grace_period_secs)

    def raw_session(self):
        return self._tf_sess


@tf_export("train.MonitoredTrainingSession")
def MonitoredTrainingSession(master="", is_chief=True, checkpoint_dir=None, scaffold=None,
                             hooks=None, chief_only_hooks=None, save_checkpoint_secs=USE_DEFAULT,
                             save_summaries_steps=USE_DEFAULT, save_summaries_secs=USE_DEFAULT,
                             config=None, stop_grace_period_secs=120, log_step_count_steps=100,
                             max_wait_secs=7200, save_checkpoint_steps=USE_DEFAULT,
                             summary_dir=None, save_graph_def=True):
    """A MonitoredSession set up for training: checkpoints, summaries and step counting."""
    if save_summaries_steps is USE_DEFAULT and save_summaries_secs is USE_DEFAULT:
        save_summaries_steps, save_summaries_secs = 100, None
    elif save_summaries_secs is USE_DEFAULT:
        save_summaries_secs = None
    elif save_summaries_steps is USE_DEFAULT:
        save_summaries_steps = None
    if save_checkpoint_steps is USE_DEFAULT and save_checkpoint_secs is USE_DEFAULT:
        save_checkpoint_steps, save_checkpoint_secs = None, 600
    elif save_checkpoint_secs is USE_DEFAULT:
        save_checkpoint_secs = None
    elif save_checkpoint_steps is USE_DEFAULT:
        save_checkpoint_steps = None
    scaffold = scaffold or Scaffold()
    if not is_chief:
        creator = WorkerSessionCreator(scaffold=scaffold, master=master, config=config,
                                       max_wait_secs=max_wait_secs)
        return MonitoredSession(session_creator=creator, hooks=hooks or [],
                                stop_grace_period_secs=stop_grace_period_secs)
    all_hooks = list(chief_only_hooks or [])
    creator = ChiefSessionCreator(scaffold=scaffold, checkpoint_dir=checkpoint_dir,
                                  master=master, config=config)
    summary_dir = summary_dir or checkpoint_dir
    if summary_dir:
        if log_step_count_steps and log_step_count_steps > 0:
            all_hooks.append(basic_hooks.StepCounterHook(output_dir=summary_dir,
                                                         every_n_steps=log_step_count_steps))
        if (save_summaries_steps and save_summaries_steps > 0) or \
                (save_summaries_secs and save_summaries_secs > 0):
            all_hooks.append(basic_hooks.SummarySaverHook(
                scaffold=scaffold, save_steps=save_summaries_steps,
                save_secs=save_summaries_secs, output_dir=summary_dir))
    if checkpoint_dir and ((save_checkpoint_secs and save_checkpoint_secs > 0)
                           or (save_checkpoint_steps and save_checkpoint_steps > 0)):
        all_hooks.append(basic_hooks.CheckpointSaverHook(
            checkpoint_dir, save_steps=save_checkpoint_steps, save_secs=save_checkpoint_secs,
            scaffold=scaffold, save_graph_def=save_graph_def))
    all_hooks.extend(hooks or [])
    return MonitoredSession(session_creator=creator, hooks=all_hooks,
                            stop_grace_period_secs=stop_grace_period_secs)

