"""Kernel cases for the TF1 reader ops (tensorweave/ops/reader_ops.py), DecodeCSV / DecodeRaw
(tensorweave/ops/parsing_ops.py) and the tf.data file datasets (tensorweave/data/readers.py).

Reader cases read work strings with an IdentityReader from a queue filled in the same step
(through control dependencies). Readers and datasets of files are exempt here: they need
files, and tests/ops/test_reader_ops.py and tests/data/test_tf_data_readers.py cover them
against values recorded from TensorFlow 2.21.
"""

import csv

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, I64, Case


def S(*values):
    out = np.empty(len(values), dtype=object)
    out[:] = [v.encode() if isinstance(v, str) else v for v in values]
    return out


def _after(op, make):
    with tf.control_dependencies([op]):
        return make()


def _filled_queue(work):
    q = tf.FIFOQueue(10, tf.string)
    return q, q.enqueue_many([work])


def _read(work):
    reader = tf.IdentityReader()
    q, fill = _filled_queue(work)
    return list(_after(fill, lambda: reader.read(q)))


def _read_up_to(work, n):
    reader = tf.IdentityReader()
    q, fill = _filled_queue(work)
    with tf.control_dependencies([fill]):
        close = q.close()
    return list(_after(close, lambda: reader.read_up_to(q, n)))


def _count(which):
    def build(work):
        reader = tf.IdentityReader()
        q, fill = _filled_queue(work)
        _, value = _after(fill, lambda: reader.read(q))
        with tf.control_dependencies([value]):
            second = reader.read(q).value
        return _after(second, getattr(reader, which))
    return build


def _reset(work):
    reader = tf.IdentityReader()
    q, fill = _filled_queue(work)
    _, value = _after(fill, lambda: reader.read(q))
    reset = _after(value, reader.reset)
    return _after(reset, reader.num_records_produced)


def _csv_reference(records, defaults):
    """Columns parsed with Python's csv module; empty fields take the default."""
    rows = [next(csv.reader([r.decode()])) for r in records.reshape(-1)]
    columns = []
    for i, default in enumerate(defaults):
        default = np.asarray(default).reshape(-1)
        values = []
        for row in rows:
            field = row[i]
            if field == "":
                values.append(default[0])
            elif default.dtype == object:
                values.append(field.encode())
            else:
                values.append(default.dtype.type(field))
        out = np.empty(len(values), dtype=default.dtype) if default.dtype == object else \
            np.array(values, dtype=default.dtype)
        if default.dtype == object:
            out[:] = values
        columns.append(out.reshape(records.shape))
    return columns


def _raw_reference(dtype, little_endian=True):
    def reference(data):
        flat = data.reshape(-1)
        np_dtype = np.dtype(dtype).newbyteorder("<" if little_endian else ">")
        rows = [np.frombuffer(b, np_dtype).astype(dtype) for b in flat]
        width = len(flat[0]) // np.dtype(dtype).itemsize if len(flat) else 0
        return np.array(rows, dtype=dtype).reshape(data.shape + (width,))
    return reference


def _serialized_examples():
    from tensorweave.protos import example_pb2

    records = []
    for i in range(3):
        ex = example_pb2.Example()
        ex.features.feature["d"].float_list.value.extend([i, i + 0.5])
        ex.features.feature["v"].int64_list.value.extend(range(i))
        records.append(ex.SerializeToString())
    return S(*records)


def _parse_example(serialized):
    return [t for t in _flatten(tf.parse_example(serialized, {
        "d": tf.FixedLenFeature([2], tf.float32), "v": tf.VarLenFeature(tf.int64)}))]


def _flatten(parsed):
    v = parsed["v"]
    return [v.indices, v.values, v.dense_shape, parsed["d"]]


def _parse_reference(serialized):
    return [np.array([[1, 0], [2, 0], [2, 1]], I64), np.array([0, 0, 1], I64), np.array([3, 2], I64),
            np.array([[0, 0.5], [1, 1.5], [2, 2.5]], F32)]


def _sparse_round_trip(many):
    from tensorweave.ops import sparse_map_ops

    def build(indices, values, shape):
        sp = tf.SparseTensor(indices, values, shape)
        handles, map_op = sparse_map_ops.add_sparse_to_tensors_map(sp, many)
        handles = handles if many else tf.expand_dims(handles, 0)
        out = sparse_map_ops.take_many_sparse_from_tensors_map(map_op, handles)
        return [out.indices, out.values, out.dense_shape]
    return build


_SP_INDICES = np.array([[0, 0], [1, 1], [2, 0]], I64)
_SP_VALUES = np.array([1.0, 2.0, 3.0], F32)
_SP_SHAPE = np.array([3, 2], I64)
_WORK = S("w1", "w2", "w3")
_RECORDS = S("1,2.5,abc", '3,,"x,y"', ",4,")
_RAW = S(b"\x01\x00\x02\x00", b"\x03\x00\x04\x01")

CASES = {
    "IdentityReaderV2": [Case([_WORK], lambda w: [w[0], w[0]], build=_read, name="first")],
    "ReaderReadV2": [Case([_WORK], lambda w: [w[0], w[0]], build=_read, name="identity")],
    "ReaderReadUpToV2": [Case([_WORK], lambda w: [w[:1], w[:1]], build=lambda w: _read_up_to(w, 5),
                              name="one_work_unit")],
    "ReaderNumRecordsProducedV2": [Case([_WORK], lambda w: np.int64(2),
                                        build=_count("num_records_produced"), name="two")],
    # As TF 2.21: an IdentityReader finishes a work unit in the read that produces its record.
    "ReaderNumWorkUnitsCompletedV2": [Case([_WORK], lambda w: np.int64(2),
                                           build=_count("num_work_units_completed"),
                                           name="after_two_reads")],
    "ReaderResetV2": [Case([_WORK], lambda w: np.int64(0), build=_reset, name="clears_counts")],
    "DecodeCSV": [
        Case([_RECORDS, [np.array([0], I32), np.array([1.0], F32), S("def")]], _csv_reference,
             name="int_float_string"),
        Case([S("1,2", "3,4").reshape(2, 1), [np.array([0], I64), np.array([0.0], F64)]],
             _csv_reference, name="matrix_of_records"),
    ],
    "ParseExampleV2": [Case([_serialized_examples()], _parse_reference, build=_parse_example,
                            name="dense_and_sparse")],
    "AddSparseToTensorsMap": [
        Case([_SP_INDICES, _SP_VALUES, _SP_SHAPE],
             lambda i, v, s: [np.concatenate([np.zeros((3, 1), I64), i], 1), v, np.array([1, 3, 2], I64)],
             build=_sparse_round_trip(False), name="one_batch_row")],
    "AddManySparseToTensorsMap": [
        Case([_SP_INDICES, _SP_VALUES, _SP_SHAPE], lambda i, v, s: [i, v, s],
             build=_sparse_round_trip(True), name="rows")],
    "TakeManySparseFromTensorsMap": [
        Case([_SP_INDICES, _SP_VALUES, _SP_SHAPE], lambda i, v, s: [i, v, s],
             build=_sparse_round_trip(True), name="joins_rows")],
    "DecodeRaw": [
        Case([_RAW], _raw_reference(np.int16), {"out_type": tf.int16}, name="int16"),
        Case([_RAW], _raw_reference(np.int16, False), {"out_type": tf.int16, "little_endian": False},
             name="big_endian"),
        Case([_RAW], _raw_reference(np.uint8), {"out_type": tf.uint8}, name="uint8"),
        Case([S(b"\x00\x00\x80\x3f\x00\x00\x00\x40")], _raw_reference(np.float32),
             {"out_type": tf.float32}, name="float32"),
    ],
}

_FILES = "reads files: covered by tests/ops/test_reader_ops.py with values recorded from TF 2.21"
_DATASET_FILES = "reads files: covered by tests/data/test_tf_data_readers.py (values from TF 2.21)"
EXEMPT = {
    "TextLineReaderV2": _FILES, "TFRecordReaderV2": _FILES, "WholeFileReaderV2": _FILES,
    "FixedLengthRecordReaderV2": _FILES,
    "TFRecordDataset": _DATASET_FILES, "TextLineDataset": _DATASET_FILES,
    "FixedLengthRecordDatasetV2": _DATASET_FILES,
}
