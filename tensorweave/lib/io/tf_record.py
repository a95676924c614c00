"""TFRecord files: ``tf.io.TFRecordWriter``, ``tf.io.tf_record_iterator`` and their options.

A TFRecord file is a sequence of records, each laid out as::

    uint64 length (little-endian)
    uint32 masked CRC32C of those 8 length bytes
    byte   data[length]
    uint32 masked CRC32C of data

With GZIP or ZLIB compression the whole sequence is one deflate stream with a gzip or zlib
wrapper. Files written here are byte-identical to TensorFlow's (compressed ones too, for the
default compression settings), and corrupt files raise ``DataLossError`` with TensorFlow's
messages.
"""

from __future__ import annotations

import contextlib
import errno
import os
import struct
import zlib
from collections.abc import Iterator
from typing import BinaryIO, ClassVar

from tensorweave.lib.io.crc32c import masked_crc32c

_HEADER = struct.Struct("<QI")
_FOOTER = struct.Struct("<I")
_LENGTH = struct.Struct("<Q")
_CHUNK = 256 * 1024  # TensorFlow's default zlib buffer sizes
# TensorFlow's zlib settings when TFRecordOptions leaves them unset.
_DEFAULT_WINDOW_BITS = zlib.MAX_WBITS
_DEFAULT_MEM_LEVEL = 9


class TFRecordCompressionType:
    """The compression of a TFRecord file (``tf.io.TFRecordCompressionType``)."""

    NONE = 0
    ZLIB = 1
    GZIP = 2


_COMPRESSION_NAMES = {
    TFRecordCompressionType.NONE: "",
    TFRecordCompressionType.ZLIB: "ZLIB",
    TFRecordCompressionType.GZIP: "GZIP",
}


class TFRecordOptions:
    """Options for writing and reading TFRecord files (``tf.io.TFRecordOptions``).

    ``compression_type`` is "", "ZLIB", "GZIP", a ``TFRecordCompressionType`` value or None.
    The zlib knobs (``compression_level``, ``window_bits``, ``mem_level``,
    ``compression_strategy``, ``compression_method``, ``flush_mode``) are passed to zlib;
    None keeps TensorFlow's default. The buffer sizes are accepted and ignored.
    """

    compression_type_map: ClassVar[dict[int, str]] = {
        TFRecordCompressionType.ZLIB: "ZLIB",
        TFRecordCompressionType.GZIP: "GZIP",
        TFRecordCompressionType.NONE: "",
    }

    def __init__(
        self,
        compression_type: str | int | None = None,
        flush_mode: int | None = None,
        input_buffer_size: int | None = None,
        output_buffer_size: int | None = None,
        window_bits: int | None = None,
        compression_level: int | None = None,
        compression_method: int | None = None,
        mem_level: int | None = None,
        compression_strategy: int | None = None,
    ) -> None:
        if compression_type not in (None, "", "ZLIB", "GZIP") and compression_type not in (
            _COMPRESSION_NAMES
        ):
            raise ValueError(f'Not a valid compression_type: "{compression_type}"')
        self.compression_type = compression_type
        self.flush_mode = flush_mode
        self.input_buffer_size = input_buffer_size
        self.output_buffer_size = output_buffer_size
        self.window_bits = window_bits
        self.compression_level = compression_level
        self.compression_method = compression_method
        self.mem_level = mem_level
        self.compression_strategy = compression_strategy

    @classmethod
    def get_compression_type_string(cls, options: TFRecordOptions | str | int | None) -> str:
        """ "", "ZLIB" or "GZIP" for an options object, a type name or a type value."""
        if not options:
            return ""
        if isinstance(options, TFRecordOptions):
            return cls.get_compression_type_string(options.compression_type)
        if isinstance(options, str):
            if options not in ("ZLIB", "GZIP"):
                raise ValueError(f'Not a valid compression_type: "{options}"')
            return options
        if options in _COMPRESSION_NAMES:
            return _COMPRESSION_NAMES[options]
        raise ValueError(f'Not a valid compression_type: "{options}"')

    def _wbits(self, compression: str) -> int:
        window = self.window_bits if self.window_bits is not None else _DEFAULT_WINDOW_BITS
        return window + 16 if compression == "GZIP" else window


def _as_options(options: TFRecordOptions | str | int | None) -> tuple[str, TFRecordOptions]:
    if isinstance(options, TFRecordOptions):
        return TFRecordOptions.get_compression_type_string(options), options
    compression = TFRecordOptions.get_compression_type_string(options)
    return compression, TFRecordOptions(compression)


def _errors():
    # Imported here: the errors module is light, but keeping tensorweave.lib.io free of
    # import-time dependencies lets it load before the framework does.
    from tensorweave.framework import errors

    return errors


def _open_error(path: str, exc: OSError) -> Exception:
    errors = _errors()
    reason = os.strerror(exc.errno) if exc.errno else str(exc)
    message = f"{path}; {reason}"
    if exc.errno == errno.ENOENT:
        return errors.NotFoundError(None, None, message)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return errors.PermissionDeniedError(None, None, message)
    if exc.errno == errno.EISDIR:
        return errors.FailedPreconditionError(None, None, message)
    return errors.UnknownError(None, None, message)


def _data_loss(message: str) -> Exception:
    return _errors().DataLossError(None, None, message)


def encode_record(data: bytes) -> bytes:
    """One record in TFRecord framing (length, its CRC, data, data CRC)."""
    length = _LENGTH.pack(len(data))
    return b"".join((length, _FOOTER.pack(masked_crc32c(length)), data, _FOOTER.pack(masked_crc32c(data))))


class TFRecordWriter:
    """Writes records to a TFRecord file (``tf.io.TFRecordWriter``).

    The file is created (or truncated) at once. Use as a context manager, or call
    :meth:`close`; records may sit in a buffer until :meth:`flush` or :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike, options: TFRecordOptions | str | None = None):
        self._file: BinaryIO | None = None
        path = os.fspath(path)
        self._path = path
        compression, opts = _as_options(options)
        try:
            self._file = open(path, "wb")  # noqa: SIM115
        except OSError as exc:
            raise _open_error(path, exc) from None
        self._compressor = None
        self._flush_mode = zlib.Z_NO_FLUSH if opts.flush_mode is None else opts.flush_mode
        if compression:
            self._compressor = zlib.compressobj(
                zlib.Z_DEFAULT_COMPRESSION if opts.compression_level is None else opts.compression_level,
                zlib.DEFLATED if opts.compression_method is None else opts.compression_method,
                opts._wbits(compression),
                _DEFAULT_MEM_LEVEL if opts.mem_level is None else opts.mem_level,
                zlib.Z_DEFAULT_STRATEGY if opts.compression_strategy is None else opts.compression_strategy,
            )

    def write(self, record: bytes | str) -> None:
        """Appends one record; ``str`` is written as UTF-8."""
        if self._file is None:
            raise _errors().FailedPreconditionError(None, None, "Writer is closed.")
        if isinstance(record, str):
            record = record.encode("utf-8")
        elif not isinstance(record, bytes):
            if not isinstance(record, (bytearray, memoryview)):
                raise TypeError(
                    "write(): incompatible function arguments; record must be bytes or str, "
                    f"got {type(record).__name__}"
                )
            record = bytes(record)
        framed = encode_record(record)
        if self._compressor is not None:
            framed = self._compressor.compress(framed)
            if self._flush_mode != zlib.Z_NO_FLUSH:
                framed += self._compressor.flush(self._flush_mode)
        self._file.write(framed)

    def flush(self) -> None:
        """Pushes buffered records to the file (a sync point in a compressed stream)."""
        if self._file is None:
            raise _errors().FailedPreconditionError(None, None, "Writer is closed.")
        if self._compressor is not None:
            self._file.write(self._compressor.flush(zlib.Z_SYNC_FLUSH))
        self._file.flush()

    def close(self) -> None:
        """Finishes the file. Closing twice is harmless."""
        if self._file is None:
            return
        try:
            if self._compressor is not None:
                self._file.write(self._compressor.flush(zlib.Z_FINISH))
        finally:
            self._file.close()
            self._file = None

    def __enter__(self):  # -> Self
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # never raise from a finalizer
            self.close()


class _PlainSource:
    """Reads exactly-sized pieces of an uncompressed file."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self.size = os.fstat(file.fileno()).st_size

    def read(self, count: int) -> bytes:
        return self._file.read(count)

    def bounded(self, offset: int, count: int) -> bool:
        return offset + count <= self.size

    def eof_reason(self) -> str:
        return "Read less bytes than requested"


class _InflatingSource:
    """Reads exactly-sized pieces of the decompressed stream, inflating as needed."""

    def __init__(self, file: BinaryIO, wbits: int) -> None:
        self._file = file
        self._inflater = zlib.decompressobj(wbits)
        self._pending = bytearray()

    def read(self, count: int) -> bytes:
        # Grow only as data actually arrives, so a corrupt length cannot make us allocate it.
        while len(self._pending) < count and not self._inflater.eof:
            chunk = self._file.read(_CHUNK)
            if not chunk:
                self._pending += self._inflater.flush()
                break
            try:
                self._pending += self._inflater.decompress(chunk)
            except zlib.error as exc:
                detail = str(exc).split(": ", 1)[-1]
                code = str(exc).split(" ")[1] if str(exc).startswith("Error ") else "?"
                raise _data_loss(f"inflate() failed with error {code}: {detail}") from None
        piece = bytes(self._pending[:count])
        del self._pending[:count]
        return piece

    def bounded(self, offset: int, count: int) -> bool:
        return True

    def eof_reason(self) -> str:
        return "EOF reached"


class _RecordIterator:
    """Iterator over the records of one file. Opens the file on creation, as TF does."""

    def __init__(self, path: str, options: TFRecordOptions | str | None) -> None:
        self._file: BinaryIO | None = None
        compression, opts = _as_options(options)
        try:
            self._file = open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise _open_error(path, exc) from None
        if compression:
            self._source = _InflatingSource(self._file, opts._wbits(compression))
        else:
            self._source = _PlainSource(self._file)
        self._offset = 0

    def __iter__(self) -> _RecordIterator:
        return self

    def __next__(self) -> bytes:
        if self._file is None:
            raise StopIteration
        try:
            return self._read_record()
        except BaseException:  # StopIteration and errors alike end the iteration
            self.close()
            raise

    def _read_record(self) -> bytes:
        start = self._offset
        source = self._source
        header = source.read(_HEADER.size)
        if len(header) < _HEADER.size:
            # NOTE: TensorFlow treats a partial header at the end as a clean end of file.
            raise StopIteration
        length, length_crc = _HEADER.unpack(header)
        if masked_crc32c(header[:8]) != length_crc:
            hint = " (Is this even a TFRecord file?)" if start == 0 else ""
            raise _data_loss(f"corrupted record at {start}{hint}")
        body_start = start + _HEADER.size
        if not source.bounded(body_start, length + _FOOTER.size):
            raise _data_loss(f"truncated record at {start}' failed with Read less bytes than requested")
        body = source.read(length + _FOOTER.size)
        if len(body) < length + _FOOTER.size:
            raise _data_loss(f"truncated record at {start}' failed with {source.eof_reason()}")
        data = body[:length]
        (data_crc,) = _FOOTER.unpack_from(body, length)
        if masked_crc32c(data) != data_crc:
            raise _data_loss(f"corrupted record at {body_start}")
        self._offset = body_start + length + _FOOTER.size
        return data

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __del__(self) -> None:
        self.close()


def tf_record_iterator(
    path: str | os.PathLike, options: TFRecordOptions | str | None = None
) -> Iterator[bytes]:
    """Yields the records of a TFRecord file as ``bytes``, checking every CRC.

    Raises ``NotFoundError`` at once for a missing file, and ``DataLossError`` while
    iterating when a record is corrupt or cut short.
    """
    return _RecordIterator(os.fspath(path), options)
