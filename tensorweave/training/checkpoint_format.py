"""The checkpoint V2 file format ("tensor bundle"), read and written without TensorFlow.

A checkpoint with prefix ``P`` is two files:

* ``P.data-00000-of-00001``: the tensors' bytes back to back. Numbers are raw little-endian
  elements; a string tensor is the varint64 length of every element, a masked CRC32C of those
  lengths (each taken as a little-endian uint32), then the element bytes.
* ``P.index``: a sorted string table in LevelDB's layout. The empty key holds a
  ``BundleHeaderProto``; every other key is a tensor name holding a ``BundleEntryProto``
  (dtype, shape, shard, offset, size, masked CRC32C of the bytes).

Table layout, as used here (all integers little-endian)::

    data blocks | metaindex block (empty) | index block | footer (48 bytes)

    block   = entries, then uint32 restart offsets, then uint32 restart count
    entry   = varint32 shared-prefix length, varint32 rest length, varint32 value length,
              key[shared:], value
    trailer = after every block: 1 byte compression type (0 = none), then the masked CRC32C
              of the block and that byte
    index   = one entry per data block: a key >= that block's last key and < the next block's
              first key, valued with the block's handle (varint64 offset, varint64 size)
    footer  = metaindex handle, index handle, zero padding to 40 bytes, 8 byte magic number

Files written here match TensorFlow's byte for byte when the tensors are given in the order
TensorFlow would save them. Anything read from disk is bounds- and CRC-checked before use, so a
corrupt file raises ``DataLossError`` (and a read past a file's end ``OutOfRangeError``, as in
TensorFlow) rather than reading garbage or allocating what a damaged header claims.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np

from tensorweave.lib.io.crc32c import crc32c, mask, unmask

_MAGIC = 0xDB4775248B80FB57
_FOOTER_SIZE = 48
_HANDLES_SIZE = 40  # two block handles of at most 20 bytes each
_TRAILER_SIZE = 5
_NO_COMPRESSION = 0
_SNAPPY_COMPRESSION = 1
_BLOCK_SIZE = 262144  # TensorFlow's table option: flush a data block once it reaches this
_RESTART_INTERVAL = 16  # a full key every 16 entries in data blocks (every entry in the index)
_HEADER_KEY = b""
_BUNDLE_VERSION = 1  # BundleHeaderProto.version.producer as TensorFlow writes it

_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")

# DataType enum -> numpy dtype, for the types stored as fixed-size elements.
_NUMPY_TYPES: dict[int, np.dtype] = {
    1: np.dtype("<f4"),  # DT_FLOAT
    2: np.dtype("<f8"),  # DT_DOUBLE
    3: np.dtype("<i4"),  # DT_INT32
    4: np.dtype("u1"),  # DT_UINT8
    5: np.dtype("<i2"),  # DT_INT16
    6: np.dtype("i1"),  # DT_INT8
    8: np.dtype("<c8"),  # DT_COMPLEX64
    9: np.dtype("<i8"),  # DT_INT64
    10: np.dtype("?"),  # DT_BOOL
    11: np.dtype("i1"),  # DT_QINT8
    12: np.dtype("u1"),  # DT_QUINT8
    13: np.dtype("<i4"),  # DT_QINT32
    15: np.dtype("<i2"),  # DT_QINT16
    16: np.dtype("<u2"),  # DT_QUINT16
    17: np.dtype("<u2"),  # DT_UINT16
    18: np.dtype("<c16"),  # DT_COMPLEX128
    19: np.dtype("<f2"),  # DT_HALF
    22: np.dtype("<u4"),  # DT_UINT32
    23: np.dtype("<u8"),  # DT_UINT64
}
DT_STRING = 7
# Types that need ml_dtypes: DataType enum -> ml_dtypes attribute name.
_ML_DTYPES = {
    14: "bfloat16",
    24: "float8_e5m2",
    25: "float8_e4m3fn",
    26: "float8_e4m3fnuz",
    27: "float8_e4m3b11fnuz",
    28: "float8_e5m2fnuz",
}
# numpy dtype -> DataType enum, for writing (the quantized aliases are never inferred).
_DATATYPES = {
    np.dtype(np.float32): 1,
    np.dtype(np.float64): 2,
    np.dtype(np.int32): 3,
    np.dtype(np.uint8): 4,
    np.dtype(np.int16): 5,
    np.dtype(np.int8): 6,
    np.dtype(np.complex64): 8,
    np.dtype(np.int64): 9,
    np.dtype(np.bool_): 10,
    np.dtype(np.uint16): 17,
    np.dtype(np.complex128): 18,
    np.dtype(np.float16): 19,
    np.dtype(np.uint32): 22,
    np.dtype(np.uint64): 23,
}


def _errors():
    # Imported late so this module loads without the framework package.
    from tensorweave.framework import errors

    return errors


def _data_loss(message: str) -> Exception:
    return _errors().DataLossError(None, None, message)


def _short_read() -> Exception:
    # What TensorFlow reports for a read past the end of a file (OUT_OF_RANGE, not DATA_LOSS).
    return _errors().OutOfRangeError(None, None, "Read less bytes than requested")


def _corrupt_file(path: str, detail: str, cause: Exception) -> Exception:
    return _data_loss(
        f"Unable to read file ({path}). Perhaps the file is corrupt or was produced by a newer "
        f"version of TensorFlow with format changes ({detail}): {getattr(cause, 'message', cause)}"
    )


def _bundle_pb2():
    from tensorweave.protos import tensor_bundle_pb2

    return tensor_bundle_pb2


def index_path(prefix: str) -> str:
    """The index file of the checkpoint ``prefix``."""
    return f"{prefix}.index"


def data_path(prefix: str, shard: int = 0, num_shards: int = 1) -> str:
    """Data file number ``shard`` of a checkpoint split into ``num_shards`` files."""
    return f"{prefix}.data-{shard:05d}-of-{num_shards:05d}"


def _ml_dtype(name: str) -> np.dtype | None:
    try:
        import ml_dtypes
    except ImportError:
        return None
    kind = getattr(ml_dtypes, name, None)
    return None if kind is None else np.dtype(kind)


def numpy_dtype(datatype: int) -> np.dtype:
    """The numpy dtype holding elements of a DataType enum value (object for strings).

    Types numpy cannot hold (resources, variants, bfloat16 without ml_dtypes) come back as a
    raw void dtype of the element size when known, else ``np.dtype("V")``.
    """
    if datatype in _NUMPY_TYPES:
        return _NUMPY_TYPES[datatype]
    if datatype == DT_STRING:
        return np.dtype(object)
    if datatype in _ML_DTYPES:
        found = _ml_dtype(_ML_DTYPES[datatype])
        return found if found is not None else np.dtype("V2" if datatype == 14 else "V1")
    return np.dtype("V")


def datatype_of(dtype: np.dtype) -> int:
    """The DataType enum value a numpy dtype is stored as. Raises TypeError when it has none."""
    dtype = np.dtype(dtype)
    if dtype.kind in "OSU":
        return DT_STRING
    native = dtype.newbyteorder("=") if dtype.byteorder not in "=|" else dtype
    if native in _DATATYPES:
        return _DATATYPES[native]
    for datatype, name in _ML_DTYPES.items():
        if dtype.name == name:
            return datatype
    raise TypeError(f"cannot store numpy dtype {dtype} in a checkpoint")


# --- varints -----------------------------------------------------------------------------


def _put_varint(out: bytearray, value: int) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _get_varint(data: bytes | memoryview, pos: int, end: int, max_bytes: int = 10) -> tuple[int, int]:
    """Decodes a varint at data[pos:end]; returns (value, next position)."""
    value = 0
    shift = 0
    for i in range(pos, min(end, pos + max_bytes)):
        byte = data[i]
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, i + 1
        shift += 7
    raise _data_loss("bad varint in checkpoint")


# --- the sorted string table (index file) -------------------------------------------------


class _BlockBuilder:
    def __init__(self, restart_interval: int) -> None:
        self._restart_interval = restart_interval
        self.reset()

    def reset(self) -> None:
        self._buffer = bytearray()
        self._restarts = [0]
        self._counter = 0
        self._last_key = b""
        self.empty = True

    def add(self, key: bytes, value: bytes) -> None:
        shared = 0
        if self._counter < self._restart_interval:
            limit = min(len(key), len(self._last_key))
            while shared < limit and key[shared] == self._last_key[shared]:
                shared += 1
        else:
            self._restarts.append(len(self._buffer))
            self._counter = 0
        _put_varint(self._buffer, shared)
        _put_varint(self._buffer, len(key) - shared)
        _put_varint(self._buffer, len(value))
        self._buffer += key[shared:]
        self._buffer += value
        self._last_key = key
        self._counter += 1
        self.empty = False

    def size_estimate(self) -> int:
        return len(self._buffer) + 4 * len(self._restarts) + 4

    def finish(self) -> bytes:
        tail = b"".join(_U32.pack(r) for r in self._restarts) + _U32.pack(len(self._restarts))
        return bytes(self._buffer) + tail


def _shortest_separator(start: bytes, limit: bytes) -> bytes:
    """A short key k with start <= k < limit (used to keep index keys small)."""
    common = 0
    bound = min(len(start), len(limit))
    while common < bound and start[common] == limit[common]:
        common += 1
    if common >= bound:
        return start  # one is a prefix of the other
    byte = start[common]
    if byte < 0xFF and byte + 1 < limit[common]:
        return start[:common] + bytes([byte + 1])
    return start


def _short_successor(key: bytes) -> bytes:
    """A short key >= key (for the last block's index entry)."""
    for i, byte in enumerate(key):
        if byte != 0xFF:
            return key[:i] + bytes([byte + 1])
    return key


def _encode_handle(offset: int, size: int) -> bytes:
    out = bytearray()
    _put_varint(out, offset)
    _put_varint(out, size)
    return bytes(out)


class _TableWriter:
    """Builds a table in memory from keys added in increasing order."""

    def __init__(self) -> None:
        self._out = bytearray()
        self._data = _BlockBuilder(_RESTART_INTERVAL)
        self._index = _BlockBuilder(1)
        self._last_key = b""
        self._pending_handle: bytes | None = None

    def _write_block(self, contents: bytes) -> bytes:
        handle = _encode_handle(len(self._out), len(contents))
        self._out += contents
        type_byte = bytes([_NO_COMPRESSION])
        self._out += type_byte
        self._out += _U32.pack(mask(crc32c(type_byte, crc32c(contents))))
        return handle

    def add(self, key: bytes, value: bytes) -> None:
        if self._pending_handle is not None:
            self._index.add(_shortest_separator(self._last_key, key), self._pending_handle)
            self._pending_handle = None
        self._data.add(key, value)
        self._last_key = key
        if self._data.size_estimate() >= _BLOCK_SIZE:
            self._flush()

    def _flush(self) -> None:
        if self._data.empty:
            return
        self._pending_handle = self._write_block(self._data.finish())
        self._data.reset()

    def finish(self) -> bytes:
        self._flush()
        metaindex_handle = self._write_block(_BlockBuilder(_RESTART_INTERVAL).finish())
        if self._pending_handle is not None:
            self._index.add(_short_successor(self._last_key), self._pending_handle)
            self._pending_handle = None
        index_handle = self._write_block(self._index.finish())
        handles = metaindex_handle + index_handle
        self._out += handles + bytes(_HANDLES_SIZE - len(handles)) + _U64.pack(_MAGIC)
        return bytes(self._out)


def _block_entries(block: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yields the (key, value) pairs of one block, validating every length."""
    if len(block) < 4:
        raise _data_loss("bad block contents")
    (restarts,) = _U32.unpack_from(block, len(block) - 4)
    if restarts == 0 or restarts > (len(block) - 4) // 4:
        raise _data_loss("bad block contents")
    end = len(block) - 4 - 4 * restarts
    pos = 0
    key = b""
    while pos < end:
        shared, pos = _get_varint(block, pos, end, 5)
        unshared, pos = _get_varint(block, pos, end, 5)
        value_size, pos = _get_varint(block, pos, end, 5)
        if shared > len(key) or pos + unshared + value_size > end:
            raise _data_loss("bad entry in block")
        key = key[:shared] + block[pos : pos + unshared]
        pos += unshared
        yield key, block[pos : pos + value_size]
        pos += value_size


def _read_table(blob: bytes, where: str) -> dict[bytes, bytes]:
    """Every key/value of a table file held in memory (``where`` names it in errors).

    Errors are TensorFlow's: a damaged footer or index block raises its plain message, a read
    past the end of the file ``OutOfRangeError``, and a damaged data block a ``DataLossError``
    saying the file is unreadable.
    """
    if len(blob) < _FOOTER_SIZE:
        raise _data_loss("file is too short to be an sstable")
    footer = blob[-_FOOTER_SIZE:]
    if _U64.unpack_from(footer, _HANDLES_SIZE)[0] != _MAGIC:
        raise _data_loss("not an sstable (bad magic number)")

    def read_handle(pos: int) -> tuple[int, int, int]:
        try:
            offset, pos = _get_varint(footer, pos, _HANDLES_SIZE)
            size, pos = _get_varint(footer, pos, _HANDLES_SIZE)
        except _errors().DataLossError:
            raise _data_loss("bad block handle") from None
        return offset, size, pos

    def read_block(offset: int, size: int) -> bytes:
        # NOTE: only the file's end bounds a block, as in TensorFlow: a block overlapping the
        # footer is read and then fails its checksum.
        if offset + size + _TRAILER_SIZE > len(blob):
            raise _short_read()
        contents = blob[offset : offset + size]
        type_byte = blob[offset + size]
        (stored,) = _U32.unpack_from(blob, offset + size + 1)
        if mask(crc32c(bytes([type_byte]), crc32c(contents))) != stored:
            raise _data_loss("block checksum mismatch")
        if type_byte == _SNAPPY_COMPRESSION:
            raise _errors().UnimplementedError(
                None, None, f"{where} has snappy-compressed blocks, which tensorweave cannot read"
            )
        if type_byte != _NO_COMPRESSION:
            raise _data_loss(f"bad block type {type_byte}")
        return contents

    _, _, pos = read_handle(0)  # the metaindex block: empty in bundles, so skipped
    index_offset, index_size, _ = read_handle(pos)
    index = read_block(index_offset, index_size)
    table: dict[bytes, bytes] = {}
    errors = _errors()
    try:
        for _, handle in _block_entries(index):
            offset, pos = _get_varint(handle, 0, len(handle))
            size, _ = _get_varint(handle, pos, len(handle))
            for key, value in _block_entries(read_block(offset, size)):
                table[key] = value
    except (errors.DataLossError, errors.OutOfRangeError) as exc:
        raise _corrupt_file(where, "failed to seek to header entry", exc) from None
    return table


# --- tensors <-> bytes ----------------------------------------------------------------------


def _string_elements(array: np.ndarray) -> list[bytes]:
    out = []
    for item in array.reshape(-1):
        if isinstance(item, str):
            item = item.encode("utf-8")
        elif isinstance(item, np.ndarray):  # a 0-d array inside an object array
            item = item.item()
            item = item.encode("utf-8") if isinstance(item, str) else bytes(item)
        elif not isinstance(item, bytes):
            item = bytes(item)
        out.append(item)
    return out


def _encode_strings(array: np.ndarray) -> tuple[list[bytes], int]:
    """The on-disk pieces of a string tensor, and the (unmasked) CRC32C over all of them."""
    elements = _string_elements(array)
    lengths = bytearray()
    for element in elements:
        _put_varint(lengths, len(element))
    # NOTE: the length checksum covers each length as a 4-byte integer (8 bytes when it does
    # not fit in 4), not the varint bytes actually stored.
    crc = 0
    for element in elements:
        n = len(element)
        crc = crc32c(_U32.pack(n) if n <= 0xFFFFFFFF else _U64.pack(n), crc)
    length_checksum = _U32.pack(mask(crc))
    crc = crc32c(length_checksum, crc)
    for element in elements:
        crc = crc32c(element, crc)
    return [bytes(lengths), length_checksum, *elements], crc


def _decode_strings(blob: bytearray, count: int, name: str, stored_crc: int, where: str) -> np.ndarray:
    end = len(blob)
    if count > end:  # every element needs at least one length byte
        raise _data_loss(f"stored size of {name} ({end} bytes) is too small for its shape")
    lengths = []
    pos = 0
    for _ in range(count):
        length, pos = _get_varint(blob, pos, end)
        lengths.append(length)
    if pos + 4 > end:
        raise _data_loss(f"stored size of {name} ({end} bytes) is too small for its string lengths")
    crc = 0
    for n in lengths:
        crc = crc32c(_U32.pack(n) if n <= 0xFFFFFFFF else _U64.pack(n), crc)
    if _U32.unpack_from(blob, pos)[0] != mask(crc):
        raise _data_loss(
            "The length checksum does not match: expected "
            f"{unmask(_U32.unpack_from(blob, pos)[0])} but actual is {crc}"
        )
    if pos + 4 + sum(lengths) != end:
        raise _data_loss(f"string lengths do not add up to the stored size of {name}")
    crc = crc32c(memoryview(blob)[pos:], crc)
    if mask(crc) != stored_crc:
        raise _checksum_mismatch(where, stored_crc, crc)
    pos += 4
    blob = bytes(blob)
    out = np.empty(count, dtype=object)
    for i, n in enumerate(lengths):
        out[i] = blob[pos : pos + n]
        pos += n
    return out


def _checksum_mismatch(where: str, stored_masked: int, computed: int) -> Exception:
    return _data_loss(
        f"{where}: Checksum does not match: stored {unmask(stored_masked)} vs. calculated on the "
        f"restored bytes {computed}"
    )


# --- public API -----------------------------------------------------------------------------


def write_bundle(prefix: str | os.PathLike, tensors: Mapping[str, Any]) -> None:
    """Writes ``tensors`` (name -> array-like) as the V2 checkpoint ``prefix``.

    Data is laid out in the mapping's order (TensorFlow's Saver passes names sorted); the
    index is always sorted. Both files are first written under temporary names and then
    renamed into place, so a crash never leaves a half-written checkpoint under ``prefix``.
    """
    prefix = os.fspath(prefix)
    pb2 = _bundle_pb2()
    directory = os.path.dirname(prefix) or "."
    os.makedirs(directory, exist_ok=True)
    entries: dict[bytes, bytes] = {}
    final_data = data_path(prefix)
    final_index = index_path(prefix)
    temps: list[str] = []
    try:
        fd, temp_data = tempfile.mkstemp(prefix=os.path.basename(final_data) + ".tempstate", dir=directory)
        temps.append(temp_data)
        with os.fdopen(fd, "wb") as out:
            offset = 0
            for name, value in _with_slices(tensors, entries):
                key = name.encode("utf-8") if isinstance(name, str) else bytes(name)
                if key == _HEADER_KEY:
                    raise ValueError("a checkpoint tensor name cannot be empty")
                if key in entries:
                    raise ValueError(f"duplicate tensor name in checkpoint: {name!r}")
                array = value if isinstance(value, np.ndarray) else np.asarray(value)
                entry = pb2.BundleEntryProto()
                entry.dtype = datatype_of(array.dtype)
                entry.shape.SetInParent()  # TF writes the shape even for scalars
                for dim in array.shape:
                    entry.shape.dim.add(size=dim)
                if entry.dtype == DT_STRING:
                    pieces, crc = _encode_strings(array)
                    size = sum(len(p) for p in pieces)
                    for piece in pieces:
                        out.write(piece)
                else:
                    flat = np.ascontiguousarray(array).reshape(-1)
                    if flat.dtype.byteorder == ">":
                        flat = flat.astype(flat.dtype.newbyteorder("<"))
                    raw = flat.view(np.uint8)
                    size = raw.size
                    crc = crc32c(raw)
                    out.write(raw.data)
                entry.offset = offset
                entry.size = size
                entry.crc32c = mask(crc)
                entries[key] = entry.SerializeToString(deterministic=True)
                offset += size
        fd, temp_index = tempfile.mkstemp(prefix=os.path.basename(final_index) + ".tempstate", dir=directory)
        temps.append(temp_index)
        with os.fdopen(fd, "wb") as out:
            out.write(_index_table(1, entries))
        for temp in (temp_data, temp_index):
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp_data, final_data)
        os.replace(temp_index, final_index)
        temps.clear()
    finally:
        for temp in temps:
            try:
                os.remove(temp)
            except OSError:
                pass


def _index_table(num_shards: int, entries: Mapping[bytes, bytes]) -> bytes:
    """An index file's bytes: the header, then `entries` (key -> serialized BundleEntryProto)
    in sorted key order."""
    header = _bundle_pb2().BundleHeaderProto(num_shards=num_shards)
    header.version.producer = _BUNDLE_VERSION
    table = _TableWriter()
    table.add(_HEADER_KEY, header.SerializeToString(deterministic=True))
    for key in sorted(entries):
        table.add(key, entries[key])
    return table.finish()


def _with_slices(tensors: Mapping[str, Any], entries: dict[bytes, bytes]) -> Iterator[tuple[Any, Any]]:
    """(key, array) to store, in order: a TensorSlices value (see checkpoint_slices) gives one
    entry per slice under its slice key, plus (into `entries`) the tensor's data-less entry
    listing the slices. A single slice covering the whole tensor is stored as the tensor."""
    from tensorweave.training import checkpoint_slices as cs

    for name, value in tensors.items():
        if not isinstance(value, cs.TensorSlices):
            yield name, value
            continue
        if len(value.parts) == 1 and cs.is_full(value.full_shape, value.parts[0][0]):
            yield name, value.parts[0][1]
            continue
        entry = _bundle_pb2().BundleEntryProto()
        for extents, part in value.parts:
            array = part if isinstance(part, np.ndarray) else np.asarray(part)
            entry.dtype = datatype_of(array.dtype)
            cs.fill_slice_proto(entry.slices.add(), extents)
            yield cs.slice_key(name, extents), array
        entry.shape.SetInParent()
        for dim in value.full_shape:
            entry.shape.dim.add(size=dim)
        key = name.encode("utf-8")
        if key in entries:
            raise ValueError(f"duplicate tensor name in checkpoint: {name!r}")
        entries[key] = entry.SerializeToString(deterministic=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


class BundleReader:
    """Reads the V2 checkpoint ``prefix`` (``prefix.index`` plus its data files).

    ``list()`` gives every tensor's dtype and shape, ``read(name)`` its value. Raises
    ``NotFoundError`` when the index file is missing, ``DataLossError`` when it is corrupt,
    ``OutOfRangeError`` when an entry points past the end of a file (a truncated file).
    """

    def __init__(self, prefix: str | os.PathLike) -> None:
        self._prefix = os.fspath(prefix)
        path = index_path(self._prefix)
        try:
            with open(path, "rb") as f:
                blob = f.read()
        except FileNotFoundError:
            if os.path.isdir(self._prefix):
                # TF then reads the prefix itself as a TF1 checkpoint table.
                raise _data_loss(
                    f"Unable to open table file {self._prefix}: FAILED_PRECONDITION: "
                    f"{self._prefix}; Is a directory: perhaps your file is in a different file "
                    "format and you need to use a different restore operator?") from None
            raise _errors().NotFoundError(
                None,
                None,
                "Unsuccessful TensorSliceReader constructor: Failed to find any matching files "
                f"for {self._prefix}",
            ) from None
        table = _read_table(blob, path)
        pb2 = _bundle_pb2()
        header_bytes = table.pop(_HEADER_KEY, None)
        if header_bytes is None:
            raise _data_loss(f"no header entry in checkpoint index {path}")
        try:
            self._header = pb2.BundleHeaderProto.FromString(header_bytes)
        except Exception:  # noqa: BLE001 - protobuf raises its own DecodeError
            raise _data_loss(f"unparsable checkpoint header in {path}") from None
        if self._header.num_shards < 1:
            raise _data_loss(f"bad shard count {self._header.num_shards} in {path}")
        self._raw = table
        self._entries: dict[str, Any] = {}
        self._files: dict[int, Any] = {}

    # Keys starting with "\0" are the per-slice records of partitioned tensors, not tensors.
    def _names(self) -> list[str]:
        return [k.decode("utf-8", "replace") for k in sorted(self._raw) if not k.startswith(b"\0")]

    def entry(self, name: str):
        """The ``BundleEntryProto`` of a tensor. Raises NotFoundError for unknown names."""
        found = self._entries.get(name)
        if found is not None:
            return found
        raw = self._raw.get(name.encode("utf-8"))
        if raw is None:
            raise _errors().NotFoundError(None, None, f"Key {name} not found in checkpoint")
        try:
            found = _bundle_pb2().BundleEntryProto.FromString(raw)
        except Exception:  # noqa: BLE001
            raise _data_loss(f"unparsable checkpoint entry for {name}") from None
        self._entries[name] = found
        return found

    def __contains__(self, name: str) -> bool:
        return name.encode("utf-8") in self._raw

    def datatypes(self) -> dict[str, int]:
        """Tensor name -> its DataType enum value."""
        return {name: self.entry(name).dtype for name in self._names()}

    def list(self) -> dict[str, tuple[np.dtype, tuple[int, ...]]]:
        """Tensor name -> (numpy dtype, shape), in sorted name order."""
        out = {}
        for name in self._names():
            entry = self.entry(name)
            out[name] = (numpy_dtype(entry.dtype), tuple(d.size for d in entry.shape.dim))
        return out

    def _data_file(self, shard: int):
        file = self._files.get(shard)
        if file is None:
            path = data_path(self._prefix, shard, self._header.num_shards)
            try:
                file = open(path, "rb")  # noqa: SIM115 - kept open for later reads
            except FileNotFoundError:
                raise _errors().NotFoundError(None, None, f"{path}; No such file or directory") from None
            self._files[shard] = file
        return file

    def read(self, name: str) -> np.ndarray:
        """The value of tensor ``name`` (strings as an object array of bytes); a tensor saved
        as slices of a partitioned variable is put together from them."""
        entry = self.entry(name)
        if entry.slices:
            full = [d.size for d in entry.shape.dim]
            return self._assemble(name, entry, [0] * len(full), full)
        return self._read_entry(entry, name)

    def read_slice(self, name: str, starts, sizes) -> np.ndarray:
        """The region (starts, sizes) of tensor ``name``, whether saved whole or as slices."""
        entry = self.entry(name)
        if entry.slices:
            return self._assemble(name, entry, list(starts), list(sizes))
        whole = self._read_entry(entry, name)
        return whole[tuple(slice(s, s + n) for s, n in zip(starts, sizes))]

    def slices(self, name: str) -> list[tuple[list[tuple[int, int]], np.ndarray]]:
        """[(extents, value)] of the slices tensor ``name`` was saved as ([] when saved whole)."""
        from tensorweave.training import checkpoint_slices as cs

        entry = self.entry(name)
        return [(cs.extents_of(s), self._slice_value(name, cs.extents_of(s))) for s in entry.slices]

    def _slice_value(self, name: str, extents) -> np.ndarray:
        from tensorweave.training import checkpoint_slices as cs

        raw = self._raw.get(cs.slice_key(name, extents))
        if raw is None:
            raise _data_loss(f"missing slice {extents} of {name} in the checkpoint index")
        try:
            entry = _bundle_pb2().BundleEntryProto.FromString(raw)
        except Exception:  # noqa: BLE001
            raise _data_loss(f"unparsable checkpoint entry for a slice of {name}") from None
        return self._read_entry(entry, name)

    def _assemble(self, name: str, entry, starts, sizes) -> np.ndarray:
        from tensorweave.training import checkpoint_slices as cs

        dtype = object if entry.dtype == DT_STRING else numpy_dtype(entry.dtype)
        stored = [(cs.extents_of(s), lambda e=cs.extents_of(s): self._slice_value(name, e))
                  for s in entry.slices]
        return cs.assemble(name, [d.size for d in entry.shape.dim], dtype, stored, starts, sizes)

    def _read_entry(self, entry, name: str) -> np.ndarray:
        shape = tuple(d.size for d in entry.shape.dim)
        if any(d < 0 for d in shape) or entry.shape.unknown_rank:
            raise _data_loss(f"bad shape {shape} stored for {name}")
        count = 1
        for dim in shape:
            count *= dim
        if not 0 <= entry.shard_id < self._header.num_shards:
            raise _data_loss(f"bad shard id {entry.shard_id} for {name}")
        if entry.offset < 0 or entry.size < 0:
            raise _data_loss(f"bad offset or size stored for {name}")
        if entry.dtype != DT_STRING:
            dtype = numpy_dtype(entry.dtype)
            if dtype.kind == "V" and entry.dtype not in _ML_DTYPES:
                raise _errors().UnimplementedError(
                    None, None, f"reading tensors of DataType {entry.dtype} is not supported"
                )
            if count * dtype.itemsize != entry.size:
                raise _data_loss(
                    f"size of {name} in the checkpoint ({entry.size} bytes) does not match its "
                    f"shape {list(shape)}"
                )
        blob = self._read_bytes(entry, name)
        where = f"TensorBundle at {self._prefix} shard {entry.shard_id} ({entry.size} bytes)"
        if entry.dtype == DT_STRING:
            return _decode_strings(blob, count, name, entry.crc32c, where).reshape(shape)
        computed = crc32c(blob)
        if mask(computed) != entry.crc32c:
            raise _checksum_mismatch(where, entry.crc32c, computed)
        array = np.frombuffer(blob, dtype=dtype).reshape(shape)
        if self._header.endianness == _bundle_pb2().BundleHeaderProto.BIG and dtype.itemsize > 1:
            array = array.byteswap()
        return array

    def _read_bytes(self, entry, name: str) -> bytearray:
        """The stored bytes of a tensor (not yet checksummed), after checking they exist."""
        file = self._data_file(entry.shard_id)
        available = os.fstat(file.fileno()).st_size
        if entry.offset + entry.size > available:  # checked before allocating entry.size bytes
            raise _short_read()
        file.seek(entry.offset)
        blob = bytearray(entry.size)  # writable, so the array built on it is too
        if file.readinto(blob) != entry.size:
            raise _short_read()
        return blob

    def close(self) -> None:
        for file in self._files.values():
            file.close()
        self._files.clear()

    def __enter__(self):  # -> Self
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # never raise from a finalizer
            self.close()


def merge_bundles(sources: list[str], destination: str) -> None:
    """Merges the V2 checkpoints ``sources`` into ``destination`` the way TF's
    MergeV2Checkpoints does: data files are not rewritten but renamed, so the result has one
    data shard per source shard (``<dest>.data-0000k-of-0000n``) and one merged index whose
    entries point at those shards. The slices of one partitioned tensor saved by several
    sources are joined into one entry; any other repeated name is an error."""
    pb2 = _bundle_pb2()
    destination = os.fspath(destination)
    merged: dict[bytes, Any] = {}
    shard_counts: list[int] = []
    for src in sources:
        reader = BundleReader(src)
        try:
            base = sum(shard_counts)
            for key, raw in reader._raw.items():
                entry = pb2.BundleEntryProto.FromString(raw)
                entry.shard_id += base
                old = merged.get(key)
                if old is None:
                    merged[key] = entry
                elif entry.slices and old.slices:
                    old.slices.extend(entry.slices)
                else:
                    raise _errors().InvalidArgumentError(
                        None, None, "Duplicate tensor keyed by %s encountered, when merging prefix: %s"
                        % (key.decode("utf-8", "replace"), src))
            shard_counts.append(reader._header.num_shards)
        finally:
            reader.close()
    total = sum(shard_counts)
    directory = os.path.dirname(destination) or "."
    os.makedirs(directory, exist_ok=True)
    base = 0
    for src, count in zip(sources, shard_counts):
        for shard in range(count):
            old_path, new_path = data_path(src, shard, count), data_path(destination, base + shard, total)
            if os.path.abspath(old_path) != os.path.abspath(new_path):
                os.replace(old_path, new_path)
        base += count
    index = _index_table(max(total, 1), {key: entry.SerializeToString(deterministic=True)
                                         for key, entry in merged.items()})
    final_index = index_path(destination)
    fd, temp_index = tempfile.mkstemp(prefix=os.path.basename(final_index) + ".tempstate", dir=directory)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(index)
        os.chmod(temp_index, 0o666 & ~_umask())
        os.replace(temp_index, final_index)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temp_index)
        raise
