"""TF1 readers: tf.TextLineReader, tf.TFRecordReader, tf.WholeFileReader, tf.FixedLengthRecordReader.

A reader op outputs a `resource` handle naming a `ReaderResource` in the session's state. A read
(ReaderReadV2, ReaderReadUpToV2) takes the reader and a queue of file names: when the reader has
no file open it dequeues the next name from the queue (waiting like a dequeue, and passing on
the queue's OutOfRangeError once the queue is closed and empty), then yields that file's records
as (key, value) strings. Keys are TensorFlow's: "file:line" (1-based, header lines counted),
"file:byte offset" for TFRecords, "file:record index" for fixed-length records, and the file name
for whole files.
"""

import collections
import threading
import zlib

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.queue_ops import QueueResource, session_resource


def _open(path):
    from tensorweave.lib.io.tf_record import _open_error

    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise _open_error(path, exc) from None


def _path(work):
    return work.decode("utf-8", "surrogateescape")


def _text_lines(path, skip_header_lines):
    data = _open(path)  # opened now: a missing file fails the read that takes its name
    return _text_records(path, data, skip_header_lines)


def _text_records(path, data, skip_header_lines):
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    prefix = path.encode()
    for number, line in enumerate(lines, 1):
        if number <= skip_header_lines:
            continue
        if line.endswith(b"\r"):
            line = line[:-1]
        yield b"%s:%d" % (prefix, number), line


def _tf_records(path, compression_type):
    from tensorweave.lib.io.tf_record import _RecordIterator

    return _keyed_records(path, _RecordIterator(path, compression_type or None))


def _keyed_records(path, records):
    prefix = path.encode()
    while True:
        offset = records._offset
        try:
            value = next(records)
        except StopIteration:
            return
        yield b"%s:%d" % (prefix, offset), value


def _whole_file(path):
    return iter([(path.encode(), _open(path))])


def _identity(work):
    return iter([(work, work)])


def _fixed_length(path, header_bytes, record_bytes, footer_bytes, hop_bytes, encoding):
    data = _open(path)
    if encoding:
        wbits = {"ZLIB": zlib.MAX_WBITS, "GZIP": 16 + zlib.MAX_WBITS}.get(encoding)
        if wbits is None:
            raise errors.InvalidArgumentError(None, None, "Unsupported encoding: %s" % encoding)
        data = zlib.decompress(data, wbits)
    return _fixed_records(path, data, header_bytes, record_bytes, footer_bytes, hop_bytes)


def _fixed_records(path, data, header_bytes, record_bytes, footer_bytes, hop_bytes):
    body = data[header_bytes:max(header_bytes, len(data) - footer_bytes)]
    step = hop_bytes or record_bytes
    prefix = path.encode()
    index = 0
    start = 0
    while start + record_bytes <= len(body):
        yield b"%s:%d" % (prefix, index), body[start:start + record_bytes]
        index += 1
        start += step


class ReaderResource:
    """One reader in one session: the work (file) being read, its records, and counters."""

    # NOTE: as TF, these readers produce a work unit's only record and finish the unit in the
    # same read; the others notice the end of a unit on the read after its last record.
    _ONE_RECORD_UNITS = ("WholeFileReader", "IdentityReader")
    # NOTE: as TF, these readers open the file when a work unit starts: a file that fails to
    # open is dropped (the next read takes the next name). WholeFileReader reads the file in
    # the read itself, so there a failing file stays current and fails again.
    _OPEN_AT_START = ("TextLineReader", "TFRecordReader", "FixedLengthRecordReader")

    def __init__(self, kind, name, records_of):
        self.kind = kind
        self.name = name
        self._records_of = records_of  # work (file name, str) -> iterator of (key, value)
        self._one_record_units = kind in self._ONE_RECORD_UNITS
        self._drop_unopened = kind in self._OPEN_AT_START
        self.lock = threading.Lock()
        self.work = None
        self.records = None
        self.records_produced = 0
        self.work_units_completed = 0

    def __repr__(self):
        return "<ReaderResource %s %s>" % (self.kind, self.name)

    def _next_work(self, queue, session):
        if not isinstance(queue, QueueResource) or len(queue.dtypes) != 1 or \
                queue.dtypes[0].base_dtype != _dtypes.string:
            raise errors.InvalidArgumentError(None, None,
                                              "Expected queue with single string component")
        element = queue.dequeue(1, session, batched=False)
        work = np.asarray(element[0], dtype=object).item()
        self.work = work if isinstance(work, bytes) else str(work).encode()

    def read(self, queue, session, limit):
        """Up to `limit` records, all from one work unit; at least one (waits for work)."""
        keys, values = [], []
        with self.lock:
            while not keys:
                if self.work is None:
                    self._next_work(queue, session)
                if self.records is None:
                    try:
                        self.records = self._records_of(self.work)
                    except errors.OpError:
                        if self._drop_unopened:
                            self.work = None
                        raise
                for key, value in self.records:
                    keys.append(key)
                    values.append(value)
                    if len(keys) >= limit or self._one_record_units:
                        break
                else:
                    self._finish_work()
                    continue
                if self._one_record_units:
                    self._finish_work()
            self.records_produced += len(keys)
        return keys, values

    def _finish_work(self):
        self.work = None
        self.records = None
        self.work_units_completed += 1

    def reset(self):
        with self.lock:
            self.work = None
            self.records = None
            self.records_produced = 0
            self.work_units_completed = 0


def _verify_reader(reader, kind):
    if reader.kind != kind:
        raise errors.InvalidArgumentError(None, None, "Expected %s, found %s" % (reader.kind, kind))


class _ReaderOp(OpDef):
    def shape(self):
        return TensorShape([])

    def kernel(self, ctx):
        return self.session_constant(ctx.op, ctx.resources)

    def session_constant(self, op, resources):
        records_of = self.records_function(op._attrs)
        kind = op.type[:-2] if op.type.endswith("V2") else op.type
        return session_resource(resources, op, lambda name: ReaderResource(kind, name, records_of),
                                category="reader", verify=lambda r: _verify_reader(r, kind))

    grad = None


_SHARED = ["container: string = ''", "shared_name: string = ''"]


@register_op("TextLineReaderV2", outputs=["reader_handle: resource"],
             attrs=["skip_header_lines: int = 0"] + _SHARED, stateful=True)
class TextLineReaderV2(_ReaderOp):
    def records_function(self, attrs):
        skip = attrs["skip_header_lines"]
        return lambda work: _text_lines(_path(work), skip)


@register_op("TFRecordReaderV2", outputs=["reader_handle: resource"],
             attrs=_SHARED + ["compression_type: string = ''"], stateful=True)
class TFRecordReaderV2(_ReaderOp):
    def records_function(self, attrs):
        compression = attrs["compression_type"]
        return lambda work: _tf_records(_path(work), compression)


@register_op("WholeFileReaderV2", outputs=["reader_handle: resource"], attrs=_SHARED, stateful=True)
class WholeFileReaderV2(_ReaderOp):
    def records_function(self, attrs):
        return lambda work: _whole_file(_path(work))


@register_op("IdentityReaderV2", outputs=["reader_handle: resource"], attrs=_SHARED, stateful=True)
class IdentityReaderV2(_ReaderOp):
    def records_function(self, attrs):
        return _identity


@register_op("FixedLengthRecordReaderV2", outputs=["reader_handle: resource"],
             attrs=["header_bytes: int = 0", "record_bytes: int", "footer_bytes: int = 0",
                    "hop_bytes: int = 0"] + _SHARED + ["encoding: string = ''"], stateful=True)
class FixedLengthRecordReaderV2(_ReaderOp):
    def records_function(self, attrs):
        args = (attrs["header_bytes"], attrs["record_bytes"], attrs["footer_bytes"],
                attrs["hop_bytes"], attrs["encoding"])
        return lambda work: _fixed_length(_path(work), *args)


def _string_scalar(b):
    out = np.empty((), dtype=object)
    out[()] = b
    return out


@register_op("ReaderReadV2", inputs=["reader_handle: resource", "queue_handle: resource"],
             outputs=["key: string", "value: string"], stateful=True)
class ReaderReadV2(OpDef):
    def shape(self, reader_handle, queue_handle):
        return [TensorShape([]), TensorShape([])]

    def kernel(self, ctx, reader_handle, queue_handle):
        keys, values = reader_handle.read(queue_handle, ctx.executor, 1)
        return [_string_scalar(keys[0]), _string_scalar(values[0])]

    grad = None


@register_op("ReaderReadUpToV2",
             inputs=["reader_handle: resource", "queue_handle: resource", "num_records: int64"],
             outputs=["keys: string", "values: string"], stateful=True)
class ReaderReadUpToV2(OpDef):
    def shape(self, reader_handle, queue_handle, num_records):
        return [TensorShape([None]), TensorShape([None])]

    def kernel(self, ctx, reader_handle, queue_handle, num_records):
        n = int(np.asarray(num_records))
        if n < 0:
            raise errors.InvalidArgumentError(
                None, None, "num_records must be >= 0, but got %d" % n)
        # NOTE: as TF, asking for no records reads nothing (and takes no work from the queue).
        keys, values = reader_handle.read(queue_handle, ctx.executor, n) if n else ([], [])
        return [np.array(keys, dtype=object), np.array(values, dtype=object)]

    grad = None


@register_op("ReaderNumRecordsProducedV2", inputs=["reader_handle: resource"],
             outputs=["records_produced: int64"], stateful=True)
class ReaderNumRecordsProducedV2(OpDef):
    def shape(self, reader_handle):
        return TensorShape([])

    def kernel(self, reader_handle):
        return np.int64(reader_handle.records_produced)

    grad = None


@register_op("ReaderNumWorkUnitsCompletedV2", inputs=["reader_handle: resource"],
             outputs=["units_completed: int64"], stateful=True)
class ReaderNumWorkUnitsCompletedV2(OpDef):
    def shape(self, reader_handle):
        return TensorShape([])

    def kernel(self, reader_handle):
        return np.int64(reader_handle.work_units_completed)

    grad = None


@register_op("ReaderResetV2", inputs=["reader_handle: resource"], stateful=True)
class ReaderResetV2(OpDef):
    def shape(self, reader_handle):
        return []

    def kernel(self, reader_handle):
        reader_handle.reset()

    grad = None


# ------------------------------------------------------------------ Python API
ReaderReadResult = collections.namedtuple("ReaderReadV2", ["key", "value"])
ReaderReadUpToResult = collections.namedtuple("ReaderReadUpToV2", ["keys", "values"])


def _queue_ref(queue):
    return queue.queue_ref if hasattr(queue, "queue_ref") else queue


@tf_export("ReaderBase")
class ReaderBase:
    """A reader: the resource handle and the ops that read records through it."""

    def __init__(self, reader_ref, supports_serialize=False):
        self._reader_ref = reader_ref
        self._supports_serialize = supports_serialize

    @property
    def reader_ref(self):
        return self._reader_ref

    @property
    def supports_serialize(self):
        return self._supports_serialize

    def read(self, queue, name=None):
        """The next (key, value) record, taking a new file name from `queue` when needed."""
        key, value = apply_op("ReaderReadV2", [self._reader_ref, _queue_ref(queue)], {}, name=name)
        return ReaderReadResult(key, value)

    def read_up_to(self, queue, num_records, name=None):
        """Up to `num_records` (keys, values) of the current file."""
        keys, values = apply_op("ReaderReadUpToV2", [self._reader_ref, _queue_ref(queue),
                                                     np.int64(num_records) if isinstance(num_records, int)
                                                     else num_records], {}, name=name)
        return ReaderReadUpToResult(keys, values)

    def num_records_produced(self, name=None):
        return apply_op("ReaderNumRecordsProducedV2", [self._reader_ref], {}, name=name)

    def num_work_units_completed(self, name=None):
        return apply_op("ReaderNumWorkUnitsCompletedV2", [self._reader_ref], {}, name=name)

    def reset(self, name=None):
        return apply_op("ReaderResetV2", [self._reader_ref], {}, name=name)


@tf_export("TextLineReader")
class TextLineReader(ReaderBase):
    """Records are the lines of the files (without the newline)."""

    def __init__(self, skip_header_lines=None, name=None):
        ref = apply_op("TextLineReaderV2", [], {"skip_header_lines": int(skip_header_lines or 0)},
                       name=name)
        super().__init__(ref)


@tf_export("TFRecordReader")
class TFRecordReader(ReaderBase):
    """Records are the records of TFRecord files."""

    def __init__(self, name=None, options=None):
        compression = ""
        if options is not None:
            from tensorweave.lib.io.tf_record import TFRecordOptions

            compression = TFRecordOptions.get_compression_type_string(options) \
                if hasattr(TFRecordOptions, "get_compression_type_string") else str(options)
        ref = apply_op("TFRecordReaderV2", [], {"compression_type": compression or ""}, name=name)
        super().__init__(ref)


@tf_export("WholeFileReader")
class WholeFileReader(ReaderBase):
    """One record per file: its name and its whole contents."""

    def __init__(self, name=None):
        super().__init__(apply_op("WholeFileReaderV2", [], {}, name=name))


@tf_export("IdentityReader")
class IdentityReader(ReaderBase):
    """Each work string of the queue is one record: (work, work)."""

    def __init__(self, name=None):
        super().__init__(apply_op("IdentityReaderV2", [], {}, name=name), supports_serialize=True)


@tf_export("FixedLengthRecordReader")
class FixedLengthRecordReader(ReaderBase):
    """Records are `record_bytes`-long slices of the files (between header and footer)."""

    def __init__(self, record_bytes, header_bytes=None, footer_bytes=None, hop_bytes=None,
                 name=None, encoding=None):
        attrs = {"record_bytes": int(record_bytes), "header_bytes": int(header_bytes or 0),
                 "footer_bytes": int(footer_bytes or 0), "hop_bytes": int(hop_bytes or 0),
                 "encoding": encoding or ""}
        super().__init__(apply_op("FixedLengthRecordReaderV2", [], attrs, name=name))

