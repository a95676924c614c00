"""tf.train.Supervisor: the pre-MonitoredSession training wrapper old codebases use.

It fills in the init/ready/local-init ops, saver, summary op and global step from the graph's
collections (building TF's defaults and adding them there), finalizes the graph, and hands out
sessions that are initialized or restored from `logdir`. The chief's standard services (a
checkpoint every `save_model_secs`, summaries every `save_summaries_secs`) run as looper threads
on the supervisor's Coordinator; `0` or `None` turns a service off. Exported lazily (by
train_api) so that `import tensorweave` does not load it.
"""

import contextlib
import logging
import os

from tensorweave.framework import context, dtypes
from tensorweave.framework.graph import GraphKeys
from tensorweave.training.coordinator import Coordinator, LooperThread

_log = logging.getLogger("tensorflow")


class Supervisor:
    USE_DEFAULT = 0

    def __init__(self, graph=None, ready_op=USE_DEFAULT, ready_for_local_init_op=USE_DEFAULT,
                 is_chief=True, init_op=USE_DEFAULT, init_feed_dict=None,
                 local_init_op=USE_DEFAULT, logdir=None, summary_op=USE_DEFAULT,
                 saver=USE_DEFAULT, global_step=USE_DEFAULT, save_summaries_secs=120,
                 save_model_secs=600, recovery_wait_secs=30, stop_grace_secs=120,
                 checkpoint_basename="model.ckpt", session_manager=None,
                 summary_writer=USE_DEFAULT, init_fn=None, local_init_run_options=None):
        from tensorweave.training.monitored_session import SessionManager

        self._graph = graph if graph is not None else context.get_default_graph()
        with self._graph.as_default():
            self._init_ready_op(ready_op, ready_for_local_init_op)
            self._init_init_op(init_op, init_feed_dict)
            self._init_local_init_op(local_init_op)
            self._init_saver(saver)
            self._init_summary_op(summary_op)
            self._init_global_step(global_step)
        self._is_chief = is_chief
        self._coord = Coordinator()
        self._recovery_wait_secs = recovery_wait_secs
        self._stop_grace_secs = stop_grace_secs
        self._init_fn = init_fn
        self._logdir = logdir
        self._save_summaries_secs = save_summaries_secs
        self._save_model_secs = save_model_secs
        self._save_path = os.path.join(logdir, checkpoint_basename) if logdir else None
        self._graph_added_to_summary = False
        self._started_threads = []
        if is_chief and logdir and summary_writer is Supervisor.USE_DEFAULT:
            from tensorweave.summary.writer import FileWriter

            summary_writer = FileWriter(logdir)
        self._summary_writer = None if summary_writer is Supervisor.USE_DEFAULT else summary_writer
        self._session_manager = session_manager or SessionManager(
            local_init_op=self._local_init_op, ready_op=self._ready_op,
            ready_for_local_init_op=self._ready_for_local_init_op, graph=self._graph,
            recovery_wait_secs=recovery_wait_secs)
        self._graph.finalize()

    # --------------------------------------------------------- defaults from collections
    def _first(self, key):
        items = self._graph.get_collection(key)
        if len(items) > 1:
            raise RuntimeError("More than one item in the collection \"%s\"." % key)
        return items[0] if items else None

    def _init_ready_op(self, ready_op, ready_for_local_init_op):
        from tensorweave.training import variables

        if ready_op is Supervisor.USE_DEFAULT:
            ready_op = self._first(GraphKeys.READY_OP)
            if ready_op is None:
                ready_op = variables.report_uninitialized_variables()
                self._graph.add_to_collection(GraphKeys.READY_OP, ready_op)
        self._ready_op = ready_op
        if ready_for_local_init_op is Supervisor.USE_DEFAULT:
            ready_for_local_init_op = self._first(GraphKeys.READY_FOR_LOCAL_INIT_OP)
        self._ready_for_local_init_op = ready_for_local_init_op

    def _init_init_op(self, init_op, init_feed_dict):
        from tensorweave.training import variables

        if init_op is Supervisor.USE_DEFAULT:
            init_op = self._first(GraphKeys.INIT_OP)
            if init_op is None:
                init_op = variables.global_variables_initializer()
                self._graph.add_to_collection(GraphKeys.INIT_OP, init_op)
        self._init_op = init_op
        self._init_feed_dict = init_feed_dict

    def _init_local_init_op(self, local_init_op):
        from tensorweave.ops.graph_ops import group
        from tensorweave.ops.lookup_ops import tables_initializer
        from tensorweave.training import variables

        if local_init_op is Supervisor.USE_DEFAULT:
            local_init_op = self._first(GraphKeys.LOCAL_INIT_OP)
            if local_init_op is None:
                local_init_op = group(variables.local_variables_initializer(),
                                      tables_initializer())
                self._graph.add_to_collection(GraphKeys.LOCAL_INIT_OP, local_init_op)
        self._local_init_op = local_init_op

    def _init_saver(self, saver):
        if saver is Supervisor.USE_DEFAULT:
            saver = self._first(GraphKeys.SAVERS)
            if saver is None and self._graph.get_collection(GraphKeys.GLOBAL_VARIABLES):
                from tensorweave.training.saver import Saver

                saver = Saver()
                self._graph.add_to_collection(GraphKeys.SAVERS, saver)
        self._saver = saver

    def _init_summary_op(self, summary_op):
        if summary_op is Supervisor.USE_DEFAULT:
            summary_op = self._first(GraphKeys.SUMMARY_OP)
            if summary_op is None and self._graph.get_collection(GraphKeys.SUMMARIES):
                from tensorweave.summary.summary_ops import merge_all

                summary_op = merge_all()
                if summary_op is not None:
                    self._graph.add_to_collection(GraphKeys.SUMMARY_OP, summary_op)
        self._summary_op = summary_op

    def _init_global_step(self, global_step):
        if global_step is Supervisor.USE_DEFAULT:
            global_step = self._first(GraphKeys.GLOBAL_STEP)
            if global_step is None:
                try:
                    global_step = self._graph.get_tensor_by_name("global_step:0")
                except KeyError:
                    global_step = None
                if global_step is not None and global_step.dtype.base_dtype not in (
                        dtypes.int32, dtypes.int64):
                    global_step = None
        self._global_step = global_step

    # --------------------------------------------------------- properties
    is_chief = property(lambda self: self._is_chief)
    session_manager = property(lambda self: self._session_manager)
    coord = property(lambda self: self._coord)
    init_op = property(lambda self: self._init_op)
    init_feed_dict = property(lambda self: self._init_feed_dict)
    ready_op = property(lambda self: self._ready_op)
    ready_for_local_init_op = property(lambda self: self._ready_for_local_init_op)
    summary_writer = property(lambda self: self._summary_writer)
    summary_op = property(lambda self: self._summary_op)
    save_summaries_secs = property(lambda self: self._save_summaries_secs)
    global_step = property(lambda self: self._global_step)
    saver = property(lambda self: self._saver)
    save_model_secs = property(lambda self: self._save_model_secs)
    save_path = property(lambda self: self._save_path)

    # --------------------------------------------------------- sessions
    def _write_graph(self):
        if self._is_chief and self._logdir:
            from tensorweave.framework.graph_util import write_graph

            write_graph(self._graph.as_graph_def(add_shapes=True), self._logdir, "graph.pbtxt")
        if self._summary_writer is not None and not self._graph_added_to_summary:
            from tensorweave.training import meta_graph

            self._summary_writer.add_graph(self._graph)
            self._summary_writer.add_meta_graph(meta_graph.export_meta_graph(
                graph_def=self._graph.as_graph_def(add_shapes=True),
                saver_def=self._saver.saver_def if self._saver is not None else None,
                graph=self._graph))
            self._graph_added_to_summary = True

    def _write_session_log(self, status, step=None, checkpoint_path=None):
        from tensorweave.protos import event_pb2

        log = event_pb2.SessionLog(status=getattr(event_pb2.SessionLog, status))
        if checkpoint_path is not None:
            log.checkpoint_path = checkpoint_path
        self._summary_writer.add_session_log(log, step)

    def prepare_or_wait_for_session(self, master="", config=None, wait_for_checkpoint=False,
                                    max_wait_secs=7200, start_standard_services=True):
        self._coord.clear_stop()
        if self._summary_writer is not None and hasattr(self._summary_writer, "reopen"):
            self._summary_writer.reopen()
        if self._is_chief:
            sess = self._session_manager.prepare_session(
                master, init_op=self._init_op, saver=self._saver, checkpoint_dir=self._logdir,
                wait_for_checkpoint=wait_for_checkpoint, max_wait_secs=max_wait_secs,
                config=config, init_feed_dict=self._init_feed_dict, init_fn=self._init_fn)
            self._write_graph()
            if start_standard_services:
                self.start_standard_services(sess)
        else:
            sess = self._session_manager.wait_for_session(master, config=config,
                                                          max_wait_secs=max_wait_secs)
        if start_standard_services:
            self.start_queue_runners(sess)
        return sess

    def start_standard_services(self, sess):
        if not self._is_chief:
            raise RuntimeError("Only chief supervisor can start standard services. Because only "
                               "chief supervisors can write events.")
        if not self._logdir:
            _log.warning("Standard services need a 'logdir' passed to the SessionManager")
            return []
        if self._global_step is not None and self._summary_writer is not None:
            # TensorBoard purges events newer than a restart's START step.
            self._write_session_log("START", int(sess.run(self._global_step)))
        threads = []
        if self._logdir and self._save_summaries_secs and self._summary_writer is not None \
                and self._summary_op is not None:
            threads.append(self.loop(self._save_summaries_secs, self._write_summary, (sess,)))
        if self._saver is not None and self._save_model_secs and self._save_path:
            threads.append(self.loop(self._save_model_secs, self._save_checkpoint, (sess,)))
        return threads

    def _write_summary(self, sess):
        if self._global_step is not None:
            summary, step = sess.run([self._summary_op, self._global_step])
        else:
            summary, step = sess.run(self._summary_op), None
        self._summary_writer.add_summary(summary, step)

    def _save_checkpoint(self, sess):
        self._saver.save(sess, self._save_path, global_step=self._global_step)
        if self._summary_writer is not None and self._global_step is not None:
            self._write_session_log("CHECKPOINT", int(sess.run(self._global_step)),
                                    checkpoint_path=self._save_path)

    def start_queue_runners(self, sess, queue_runners=None):
        if queue_runners is None:
            queue_runners = self._graph.get_collection(GraphKeys.QUEUE_RUNNERS)
        threads = []
        for qr in queue_runners:
            threads.extend(qr.create_threads(sess, coord=self._coord, daemon=True, start=True))
        return threads

    def loop(self, timer_interval_secs, target, args=None, kwargs=None):
        looper = LooperThread(self._coord, timer_interval_secs, target=target, args=args,
                              kwargs=kwargs)
        looper.start()
        return looper

    def summary_computed(self, sess, summary, global_step=None):
        if self._summary_writer is None:
            raise RuntimeError("Writing a summary requires a summary writer.")
        if global_step is None and self._global_step is not None:
            global_step = sess.run(self._global_step)
        self._summary_writer.add_summary(summary, global_step)

    @contextlib.contextmanager
    def managed_session(self, master="", config=None, start_standard_services=True,
                        close_summary_writer=True):
        sess = None
        try:
            sess = self.prepare_or_wait_for_session(
                master=master, config=config, start_standard_services=start_standard_services)
            yield sess
        except Exception as e:  # noqa: BLE001 -- the coordinator re-raises it from stop()
            self.request_stop(e)
        finally:
            try:
                self.stop(close_summary_writer=close_summary_writer)
            finally:
                if sess is not None:
                    try:
                        sess.close()
                    except Exception:  # noqa: BLE001, S110 -- TF ignores errors closing here
                        pass

    # --------------------------------------------------------- stopping
    def stop(self, threads=None, close_summary_writer=True, ignore_live_threads=False):
        self._coord.request_stop()
        try:
            self._coord.join(threads, stop_grace_period_secs=self._stop_grace_secs,
                             ignore_live_threads=ignore_live_threads)
        finally:
            if close_summary_writer and self._summary_writer is not None:
                # NOTE: no step on STOP: the session may already be gone.
                self._write_session_log("STOP")
                self._summary_writer.close()
                self._graph_added_to_summary = False

    def request_stop(self, ex=None):
        self._coord.request_stop(ex=ex)

    def should_stop(self):
        return self._coord.should_stop()

    def stop_on_exception(self):
        return self._coord.stop_on_exception()

    def wait_for_stop(self):
        self._coord.wait_for_stop()
