"""`tf.summary.FileWriter`, `FileWriterCache` and `tf.train.summary_iterator`.

An events file is a TFRecord file of serialized `Event` protos named
`events.out.tfevents.<seconds>.<hostname><suffix>`; its first event holds only
`file_version: "brain.Event:2"`. TensorBoard reads these files. As in TF, the file is created
when the first event is written (at once when a `filename_suffix` is given).

Events are queued in memory and written when `max_queue` of them are waiting, and on `flush()`,
`close()` and every `flush_secs` seconds (a daemon thread per open writer).
"""

import logging
import os
import socket
import threading
import time
import warnings
import weakref
from typing import ClassVar

from tensorweave.lib.io.tf_record import encode_record, tf_record_iterator

_FILE_VERSION = "brain.Event:2"


def _event_pb2():
    from tensorweave.protos import event_pb2

    return event_pb2


def _summary_pb2():
    from tensorweave.protos import summary_pb2

    return summary_pb2


def _graph_def_of(graph):
    """GraphDef of a tensorweave Graph, with `_output_shapes` as TensorBoard likes."""
    as_graph_def = getattr(graph, "as_graph_def", None)
    if as_graph_def is not None:
        return as_graph_def(add_shapes=True)
    from tensorweave.framework import graph_io

    return graph_io.as_graph_def(graph, add_shapes=True)


class EventFileWriter:
    """Writes Event protos to one events file in `logdir` (the machinery under FileWriter)."""

    def __init__(self, logdir, max_queue=10, flush_secs=120, filename_suffix=None):
        self._logdir = os.fspath(logdir)
        os.makedirs(self._logdir, exist_ok=True)
        self._suffix = filename_suffix or ""
        self._max_queue = max(1, int(max_queue))
        self._flush_secs = flush_secs
        self._lock = threading.RLock()
        self._pending = []
        self._file = None
        self._path = None
        self._closed = False
        self._wake = None
        self._flush_first = True
        # NOTE: as TF's EventsWriter, the file appears with the first event written (a writer
        # that never writes leaves no file), except that a filename_suffix opens it at once.
        if self._suffix:
            self._open_file()
        self._start_flusher()

    # ----------------------------------------------------------------------- files
    def _open_file(self):
        now = int(time.time())
        host = socket.gethostname()
        stamp = now
        while True:
            path = os.path.join(self._logdir, "events.out.tfevents.%010d.%s%s" % (stamp, host, self._suffix))
            if not os.path.exists(path):
                break
            stamp += 1  # a reopened writer never truncates the file it wrote earlier
        self._file = open(path, "wb")  # noqa: SIM115 -- kept open until close()
        self._path = path
        first = _event_pb2().Event(wall_time=float(now), file_version=_FILE_VERSION)
        first.source_metadata.writer = "tensorweave"
        self._file.write(encode_record(first.SerializeToString(deterministic=True)))
        self._file.flush()

    def _start_flusher(self):
        if not self._flush_secs or self._flush_secs <= 0:
            return
        self._wake = threading.Event()
        # The thread holds only a weak reference, so an unclosed writer can still be collected.
        threading.Thread(target=_flush_loop, args=(weakref.ref(self), self._wake, self._flush_secs),
                         name="EventFileWriterFlusher", daemon=True).start()

    def _write_pending(self):
        if not self._pending:
            return
        if self._file is None:
            self._open_file()
        self._file.write(b"".join(encode_record(r) for r in self._pending))
        self._pending.clear()

    # ---------------------------------------------------------------------- public
    def get_logdir(self):
        return self._logdir

    @property
    def path(self):
        """The events file written now (or last)."""
        return self._path

    def add_event(self, event):
        """Queues `event` (an Event proto) for writing."""
        if self._closed:
            warnings.warn("Attempting to use a closed FileWriter. The operation will be a noop unless "
                          "the FileWriter is explicitly reopened.", stacklevel=3)
            return
        data = event.SerializeToString(deterministic=True)
        with self._lock:
            if self._file is None:
                self._open_file()
            self._pending.append(data)
            # As TF's writer thread, the first event after opening (or reopening) the writer
            # reaches the disk at once, so the graph shows in TensorBoard before training ends.
            if self._flush_first or len(self._pending) >= self._max_queue:
                self._flush_first = False
                self._write_pending()
                self._file.flush()

    def flush(self):
        with self._lock:
            if self._closed and self._file is None:
                return
            self._write_pending()
            if self._file is not None:
                self._file.flush()

    def close(self):
        with self._lock:
            if self._closed:
                return
            self.flush()
            self._closed = True
            if self._file is not None:
                self._file.close()
                self._file = None
        if self._wake is not None:
            self._wake.set()

    def reopen(self):
        """Opens a new events file after close() (the next event creates it)."""
        with self._lock:
            if not self._closed:
                return
            self._closed = False
            self._flush_first = True
            self._start_flusher()

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110 -- never raise from a finalizer
            pass


def _flush_loop(writer_ref, wake, seconds):
    while not wake.wait(seconds):
        writer = writer_ref()
        if writer is None:
            return
        try:
            writer.flush()
        except (OSError, ValueError):
            return
        del writer


class FileWriter:
    """Writes summaries, graphs and run metadata to an events file in `logdir` (TF1's
    `tf.summary.FileWriter`)."""

    def __init__(self, logdir, graph=None, max_queue=10, flush_secs=120, graph_def=None,
                 filename_suffix=None, session=None):
        # NOTE: with `session`, TF writes through in-graph summary-writer ops; the events file
        # is the same, so it is written from Python here and `session` is not needed.
        self.event_writer = EventFileWriter(logdir, max_queue, flush_secs, filename_suffix)
        self._session_run_tags = {}
        self._seen_summary_tags = set()
        self._closed = False
        if graph is not None or graph_def is not None:
            self.add_graph(graph=graph, graph_def=graph_def)
            # Like TF, a writer given a graph also records its MetaGraphDef.
            meta = _export_meta_graph(graph if graph is not None else graph_def)
            if meta is not None:
                self.add_meta_graph(meta)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_logdir(self):
        return self.event_writer.get_logdir()

    def _warn_if_closed(self):
        if self._closed:
            warnings.warn("Attempting to use a closed FileWriter. The operation will be a noop unless "
                          "the FileWriter is explicitly reopened.", stacklevel=3)
            return True
        return False

    def _add_event(self, event, step):
        event.wall_time = time.time()
        if step is not None:
            event.step = int(step)
        self.event_writer.add_event(event)

    def add_event(self, event):
        """Writes `event` (an Event proto) as it is."""
        if not self._warn_if_closed():
            self.event_writer.add_event(event)

    def add_summary(self, summary, global_step=None):
        """Writes a Summary (a proto or the serialized bytes a summary op returns)."""
        if self._warn_if_closed():
            return
        pb = _summary_pb2()
        if isinstance(summary, (bytes, bytearray)):
            parsed = pb.Summary()
            parsed.ParseFromString(bytes(summary))
            summary = parsed
        elif not isinstance(summary, pb.Summary):
            getattr(summary, "value")  # TF reads `summary.value` first: AttributeError naming it
            parsed = pb.Summary()
            parsed.ParseFromString(summary.SerializeToString())  # a Summary of another proto module
            summary = parsed
        else:
            copy = pb.Summary()
            copy.CopyFrom(summary)
            summary = copy
        # TensorBoard needs a tag's plugin metadata only in its first event.
        for value in summary.value:
            if not value.HasField("metadata"):
                continue
            if value.tag in self._seen_summary_tags:
                value.ClearField("metadata")
                continue
            self._seen_summary_tags.add(value.tag)
        event = _event_pb2().Event()
        event.summary.CopyFrom(summary)
        self._add_event(event, global_step)

    def add_session_log(self, session_log, global_step=None):
        if self._warn_if_closed():
            return
        if type(session_log).__name__ != "SessionLog" or not hasattr(session_log, "SerializeToString"):
            raise TypeError("add_session_log: session_log must be a SessionLog proto, got %s"
                            % type(session_log).__name__)
        event = _event_pb2().Event()
        event.session_log.ParseFromString(session_log.SerializeToString())
        self._add_event(event, global_step)

    def add_graph(self, graph, global_step=None, graph_def=None):
        """Writes the GraphDef of `graph` (a Graph, or a deprecated GraphDef)."""
        if self._warn_if_closed():
            return
        if graph is not None and graph_def is not None:
            raise ValueError("Please pass only graph, or graph_def (deprecated), but not both.")
        from tensorweave.framework.graph import Graph

        given = graph if graph is not None else graph_def
        if isinstance(given, Graph):
            data = _graph_def_of(given).SerializeToString(deterministic=True)
        elif type(given).__name__ == "GraphDef" and hasattr(given, "SerializeToString"):
            data = given.SerializeToString(deterministic=True)
        else:
            raise TypeError("The passed graph must be an instance of `Graph` or the deprecated `GraphDef`")
        event = _event_pb2().Event(graph_def=data)
        self._add_event(event, global_step)

    def add_meta_graph(self, meta_graph_def, global_step=None):
        if self._warn_if_closed():
            return
        if type(meta_graph_def).__name__ != "MetaGraphDef":
            raise TypeError("meta_graph_def must be type MetaGraphDef, saw type: %s" % type(meta_graph_def))
        event = _event_pb2().Event(meta_graph_def=meta_graph_def.SerializeToString(deterministic=True))
        self._add_event(event, global_step)

    def add_run_metadata(self, run_metadata, tag, global_step=None):
        """Writes a RunMetadata (from `Session.run(..., run_metadata=...)`) under `tag`."""
        # As TF: a reused tag is an error even once the writer is closed.
        if tag in self._session_run_tags:
            raise ValueError("The provided tag was already used for this event type")
        if self._warn_if_closed():
            return
        self._session_run_tags[tag] = True
        event = _event_pb2().Event()
        event.tagged_run_metadata.tag = tag
        event.tagged_run_metadata.run_metadata = run_metadata.SerializeToString(deterministic=True)
        self._add_event(event, global_step)

    def flush(self):
        if not self._warn_if_closed():
            self.event_writer.flush()

    def close(self):
        self.event_writer.close()
        self._closed = True

    def reopen(self):
        self.event_writer.reopen()
        self._closed = False


def _export_meta_graph(graph):
    """The MetaGraphDef of `graph` via the meta-graph module, or None when it is unavailable."""
    try:
        from tensorweave.training import meta_graph
    except ImportError:
        return None
    export = getattr(meta_graph, "export_meta_graph", None)
    from tensorweave.framework.graph import Graph

    if export is None or not isinstance(graph, Graph):
        return None
    try:
        return export(graph=graph)
    except Exception as err:  # noqa: BLE001 -- the meta graph event is a convenience for TensorBoard
        logging.getLogger("tensorflow").warning("FileWriter: no MetaGraphDef event written (%s)", err)
        return None


class FileWriterCache:
    """One FileWriter per logdir, shared (TF's `tf.summary.FileWriterCache`)."""

    _cache: ClassVar[dict] = {}
    _lock = threading.RLock()

    @staticmethod
    def clear():
        with FileWriterCache._lock:
            for writer in FileWriterCache._cache.values():
                writer.close()
            FileWriterCache._cache = {}

    @staticmethod
    def get(logdir):
        from tensorweave.framework import context

        with FileWriterCache._lock:
            writer = FileWriterCache._cache.get(logdir)
            if writer is None:
                writer = FileWriterCache._cache[logdir] = FileWriter(logdir, graph=context.get_default_graph())
            return writer


def summary_iterator(path):
    """Yields the Event protos of the events file `path`."""
    event_type = _event_pb2().Event
    for record in tf_record_iterator(path):
        yield event_type.FromString(record)
