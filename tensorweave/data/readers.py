"""File datasets: tf.data.TFRecordDataset, TextLineDataset, FixedLengthRecordDataset.

As in TensorFlow, each is built as `from_tensor_slices(flat file names).flat_map(one_file)`
(ops `flat_filenames`, `TensorSliceDataset`, `FlatMapDataset`), where `one_file` makes the
dataset op reading one file (TFRecordDataset, TextLineDataset, FixedLengthRecordDatasetV2).
With `num_parallel_reads`, files are interleaved one record at a time instead. Elements are
scalar strings. Files are opened when the iterator reaches them: a missing one fails that
get_next with NotFoundError, a corrupt TFRecord with DataLossError.
"""

import zlib

import numpy as np

from tensorweave._api import tf_export
from tensorweave.data.dataset import Dataset
from tensorweave.data.runtime import RuntimeDataset
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_SCALAR = TensorShape([])
_DEFAULT_BUFFER = 256 * 1024


def _read(path, compression):
    from tensorweave.lib.io.tf_record import _open_error

    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise _open_error(path, exc) from None
    if compression:
        wbits = {"ZLIB": zlib.MAX_WBITS, "GZIP": 16 + zlib.MAX_WBITS}.get(compression)
        if wbits is None:
            raise errors.InvalidArgumentError(None, None,
                                              "Unsupported compression_type: %s" % compression)
        try:
            data = zlib.decompress(data, wbits)
        except zlib.error as exc:
            raise errors.DataLossError(None, None, "%s: %s" % (path, exc)) from None
    return data


def _text(value):
    value = value.item() if isinstance(value, np.ndarray) else value
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else str(value)


def _string(value):
    out = np.empty((), dtype=object)
    out[()] = value
    return (out,)


class _FileRecords(RuntimeDataset):
    """The records of some files, one file after the other."""

    def __init__(self, filenames):
        self.filenames = [_text(f) for f in np.asarray(filenames, dtype=object).reshape(-1)]

    def iterate(self):
        for path in self.filenames:
            for record in self.records(path):
                yield _string(record)


class TFRecordFiles(_FileRecords):
    def __init__(self, filenames, compression):
        super().__init__(filenames)
        self.compression = _text(compression)

    def records(self, path):
        from tensorweave.lib.io.tf_record import _RecordIterator

        return _RecordIterator(path, self.compression or None)


class TextLineFiles(_FileRecords):
    def __init__(self, filenames, compression):
        super().__init__(filenames)
        self.compression = _text(compression)

    def records(self, path):
        lines = _read(path, self.compression).split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        for line in lines:
            yield line[:-1] if line.endswith(b"\r") else line


class FixedLengthFiles(_FileRecords):
    def __init__(self, filenames, header_bytes, record_bytes, footer_bytes, compression):
        super().__init__(filenames)
        self.header, self.record, self.footer = int(header_bytes), int(record_bytes), int(footer_bytes)
        self.compression = _text(compression)
        if self.record <= 0:
            raise errors.InvalidArgumentError(None, None, "record_bytes must be > 0")

    def records(self, path):
        data = _read(path, self.compression)
        body = len(data) - self.header - self.footer
        if body < 0 or body % self.record:
            raise errors.InvalidArgumentError(
                None, None, "Excluding the header (%d bytes) and footer (%d bytes), input file "
                "\"%s\" has body length %d bytes, which is not an exact multiple of the record "
                "length (%d bytes)." % (self.header, self.footer, path, max(body, 0), self.record))
        for start in range(self.header, self.header + body, self.record):
            yield data[start:start + self.record]


class _FileDatasetOp(OpDef):
    def shape(self, *inputs):
        return _SCALAR

    grad = None


@register_op("TFRecordDataset", inputs=["filenames: string", "compression_type: string",
                                        "buffer_size: int64"],
             outputs=["handle: variant"], attrs=["metadata: string = ''"], stateful=True)
class TFRecordDatasetOp(_FileDatasetOp):
    def kernel(self, filenames, compression_type, buffer_size):
        return TFRecordFiles(filenames, compression_type)


@register_op("TextLineDataset", inputs=["filenames: string", "compression_type: string",
                                        "buffer_size: int64"],
             outputs=["handle: variant"], attrs=["metadata: string = ''"], stateful=True)
class TextLineDatasetOp(_FileDatasetOp):
    def kernel(self, filenames, compression_type, buffer_size):
        return TextLineFiles(filenames, compression_type)


@register_op("FixedLengthRecordDatasetV2",
             inputs=["filenames: string", "header_bytes: int64", "record_bytes: int64",
                     "footer_bytes: int64", "buffer_size: int64", "compression_type: string"],
             outputs=["handle: variant"], attrs=["metadata: string = ''"], stateful=True)
class FixedLengthRecordDatasetV2(_FileDatasetOp):
    def kernel(self, filenames, header_bytes, record_bytes, footer_bytes, buffer_size,
               compression_type):
        return FixedLengthFiles(filenames, header_bytes, record_bytes, footer_bytes,
                                compression_type)


# ------------------------------------------------------------------ Python API
def _param(value, dtype, default, name):
    return _ops.convert_to_tensor(default if value is None else value, dtype=dtype, name=name)


def _file_names_dataset(filenames):
    """from_tensor_slices of the flattened file names, checked to be strings."""
    if isinstance(filenames, Dataset):
        if filenames.output_types != _dtypes.string:
            raise TypeError("The `filenames` argument must contain `tf.string` elements. Got a "
                            "dataset of `%r` elements." % filenames.output_types)
        return filenames
    filenames = _ops.convert_to_tensor(filenames, dtype_hint=_dtypes.string)
    if filenames.dtype.base_dtype != _dtypes.string:
        raise TypeError("The `filenames` argument must contain `tf.string` elements. Got `%r` "
                        "elements." % filenames.dtype.base_dtype)
    flat = apply_op("Reshape", [filenames, np.array([-1], np.int32)], {}, name="flat_filenames")
    variant = apply_op("TensorSliceDataset", [[flat]],
                       {"output_shapes": [_SCALAR], "is_files": True})
    return Dataset(variant, _dtypes.string, _SCALAR)


def _read_files(self, filenames, num_parallel_reads, make_one):
    def one_file(filename):
        return Dataset(make_one(filename), _dtypes.string, _SCALAR)

    names = _file_names_dataset(filenames)
    if num_parallel_reads is None:
        ds = names.flat_map(one_file)
    else:
        ds = names.interleave(one_file, cycle_length=num_parallel_reads, block_length=1)
    Dataset.__init__(self, ds._variant_tensor, ds._types, ds._shapes)


@tf_export("data.TFRecordDataset")
class TFRecordDatasetV1(Dataset):
    """The records of TFRecord files (optionally "ZLIB" or "GZIP" compressed)."""

    def __init__(self, filenames, compression_type=None, buffer_size=None,
                 num_parallel_reads=None, name=None):
        def make_one(filename):
            return apply_op("TFRecordDataset", [
                filename, _param(compression_type, _dtypes.string, "", "compression_type"),
                _param(buffer_size, _dtypes.int64, _DEFAULT_BUFFER, "buffer_size")], {})

        _read_files(self, filenames, num_parallel_reads, make_one)


@tf_export("data.TextLineDataset")
class TextLineDatasetV1(Dataset):
    """The lines of text files, without their line ends ("\\n" or "\\r\\n")."""

    def __init__(self, filenames, compression_type=None, buffer_size=None,
                 num_parallel_reads=None, name=None):
        def make_one(filename):
            return apply_op("TextLineDataset", [
                filename, _param(compression_type, _dtypes.string, "", "compression_type"),
                _param(buffer_size, _dtypes.int64, _DEFAULT_BUFFER, "buffer_size")], {})

        _read_files(self, filenames, num_parallel_reads, make_one)


@tf_export("data.FixedLengthRecordDataset")
class FixedLengthRecordDatasetV1(Dataset):
    """`record_bytes`-long records of binary files, between a header and a footer."""

    def __init__(self, filenames, record_bytes, header_bytes=None, footer_bytes=None,
                 buffer_size=None, compression_type=None, num_parallel_reads=None, name=None):
        def make_one(filename):
            return apply_op("FixedLengthRecordDatasetV2", [
                filename, _param(header_bytes, _dtypes.int64, 0, "header_bytes"),
                _param(record_bytes, _dtypes.int64, None, "record_bytes"),
                _param(footer_bytes, _dtypes.int64, 0, "footer_bytes"),
                _param(buffer_size, _dtypes.int64, _DEFAULT_BUFFER, "buffer_size"),
                _param(compression_type, _dtypes.string, "", "compression_type")], {})

        _read_files(self, filenames, num_parallel_reads, make_one)
