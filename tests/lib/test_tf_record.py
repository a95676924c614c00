"""TFRecord files: framing, compression, corruption handling, and TensorFlow interchange."""

import hashlib
import pickle
import zlib
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

from tensorweave.framework import errors
from tensorweave.lib.io.tf_record import (
    TFRecordCompressionType,
    TFRecordOptions,
    TFRecordWriter,
    encode_record,
    tf_record_iterator,
)

HERE = Path(__file__).resolve().parent
RECORDS = [b"hello", "wörld".encode(), b"", b"x" * 1000] + [
    np.random.default_rng(i).integers(0, 256, n, dtype=np.uint8).tobytes()
    for i, n in enumerate((1, 17, 4096, 100_000))
]


def write(path, records, options=None):
    with TFRecordWriter(str(path), options) as writer:
        for record in records:
            writer.write(record)


def read_all(path, options=None):
    return list(tf_record_iterator(str(path), options))


def test_framing_is_length_crc_data_crc(tmp_path):
    write(tmp_path / "a", [b"hello"])
    blob = (tmp_path / "a").read_bytes()
    assert blob.hex() == "0500000000000000eab2043e68656c6c6fbb1f1c19"
    assert blob == encode_record(b"hello")


@pytest.mark.parametrize(
    "options",
    [None, "", "GZIP", "ZLIB", TFRecordOptions("GZIP"), TFRecordOptions(TFRecordCompressionType.ZLIB)],
)
def test_round_trip(tmp_path, options):
    write(tmp_path / "r", RECORDS, options)
    assert read_all(tmp_path / "r", options) == RECORDS


def test_str_records_are_written_as_utf8(tmp_path):
    write(tmp_path / "s", ["wörld"])
    assert read_all(tmp_path / "s") == ["wörld".encode()]


def test_compressed_files_use_gzip_and_zlib_wrappers(tmp_path):
    write(tmp_path / "g", RECORDS, "GZIP")
    write(tmp_path / "z", RECORDS, "ZLIB")
    assert (tmp_path / "g").read_bytes()[:2] == b"\x1f\x8b"
    assert (tmp_path / "z").read_bytes()[:1] == b"\x78"


def test_flush_makes_records_readable_before_close(tmp_path):
    for options in (None, "GZIP"):
        path = tmp_path / f"f{options}"
        writer = TFRecordWriter(str(path), options)
        writer.write(b"first")
        writer.flush()
        assert read_all(path, options) == [b"first"]
        writer.write(b"second")
        writer.close()
        assert read_all(path, options) == [b"first", b"second"]


def test_writing_after_close_fails(tmp_path):
    writer = TFRecordWriter(str(tmp_path / "c"))
    writer.close()
    writer.close()
    with pytest.raises(errors.FailedPreconditionError, match="Writer is closed."):
        writer.write(b"x")


def test_non_bytes_records_are_rejected(tmp_path):
    with TFRecordWriter(str(tmp_path / "t")) as writer, pytest.raises(TypeError):
        writer.write(5)


def test_missing_file_and_directory_raise_not_found(tmp_path):
    with pytest.raises(errors.NotFoundError, match="No such file or directory"):
        tf_record_iterator(str(tmp_path / "missing"))
    with pytest.raises(errors.NotFoundError, match="No such file or directory"):
        TFRecordWriter(str(tmp_path / "no" / "dir"))


def test_invalid_compression_type_is_a_value_error():
    with pytest.raises(ValueError, match='Not a valid compression_type: "BAD"'):
        TFRecordOptions("BAD")
    assert TFRecordOptions.get_compression_type_string(None) == ""
    assert TFRecordOptions.get_compression_type_string(TFRecordCompressionType.GZIP) == "GZIP"
    assert TFRecordOptions.get_compression_type_string(TFRecordOptions("ZLIB")) == "ZLIB"


def corrupt(tmp_path, blob):
    path = tmp_path / "bad"
    path.write_bytes(bytes(blob))
    got = []
    with pytest.raises(errors.DataLossError) as info:
        for record in tf_record_iterator(str(path)):
            got.append(record)  # noqa: PERF402 - keeps what was read before the error
    return got, str(info.value.message if hasattr(info.value, "message") else info.value)


def test_corruption_raises_data_loss_with_tensorflow_messages(tmp_path):
    write(tmp_path / "good", RECORDS[:4])
    good = (tmp_path / "good").read_bytes()
    # Offsets: record 0 at 0 (data at 12), record 1 at 21 (data at 33), record 3 at 59.
    cases = [
        (0, "corrupted record at 0 (Is this even a TFRecord file?)", 0),
        (9, "corrupted record at 0 (Is this even a TFRecord file?)", 0),
        (14, "corrupted record at 12", 0),
        (21, "corrupted record at 21", 1),
        (21 + 13, "corrupted record at 33", 1),
        (21 + 12 + 6, "corrupted record at 33", 1),
    ]
    for offset, message, count in cases:
        blob = bytearray(good)
        blob[offset] ^= 1
        got, text = corrupt(tmp_path, blob)
        assert (len(got), text) == (count, message), offset
    got, text = corrupt(tmp_path, good[:-3])
    assert (len(got), text) == (3, "truncated record at 59' failed with Read less bytes than requested")


def test_partial_header_at_end_is_a_clean_end_of_file(tmp_path):
    write(tmp_path / "good", RECORDS[:2])
    path = tmp_path / "cut"
    path.write_bytes((tmp_path / "good").read_bytes() + b"\x05\x00\x00")
    assert read_all(path) == RECORDS[:2]


def test_corrupt_length_with_valid_crc_does_not_allocate_it(tmp_path):
    header = (1 << 60).to_bytes(8, "little")
    from tensorweave.lib.io.crc32c import masked_crc32c

    path = tmp_path / "huge"
    path.write_bytes(header + masked_crc32c(header).to_bytes(4, "little") + b"abc")
    with pytest.raises(errors.DataLossError, match="truncated record at 0"):
        read_all(path)


def test_corrupt_compressed_stream_raises_data_loss(tmp_path):
    write(tmp_path / "plain", RECORDS)
    with pytest.raises(errors.DataLossError, match="inflate\\(\\) failed with error -3"):
        read_all(tmp_path / "plain", "GZIP")
    write(tmp_path / "gz", [b"abc" * 100], "GZIP")
    blob = (tmp_path / "gz").read_bytes()
    # Cut where the stream holds a whole header but only part of the record after it.
    cut = next(n for n in range(len(blob)) if 12 <= len(zlib.decompressobj(31).decompress(blob[:n])) < 300)
    (tmp_path / "short").write_bytes(blob[:cut])
    with pytest.raises(errors.DataLossError, match="truncated record at 0' failed with EOF reached"):
        read_all(tmp_path / "short", "GZIP")
    # A partial header, though, ends the stream cleanly (as in TensorFlow).
    cut = next(n for n in range(len(blob)) if 1 <= len(zlib.decompressobj(31).decompress(blob[:n])) < 12)
    (tmp_path / "partial").write_bytes(blob[:cut])
    assert read_all(tmp_path / "partial", "GZIP") == []


def test_files_interchange_with_tensorflow(tmp_path):
    real_tensorflow.require_tensorflow()
    (tmp_path / "records.bin").write_bytes(pickle.dumps(RECORDS))
    for compression in ("NONE", "ZLIB", "GZIP"):
        write(
            tmp_path / f"ours-{compression}.tfrecord", RECORDS, None if compression == "NONE" else compression
        )
    read_by_tf = real_tensorflow.last_json_line(HERE / "oracle_tf_record.py", tmp_path)
    digest = hashlib.sha256(b"\0".join(RECORDS)).hexdigest()
    for compression in ("NONE", "ZLIB", "GZIP"):
        assert read_by_tf[f"ours-{compression}.tfrecord"] == [len(RECORDS), digest]
        theirs = tmp_path / f"tf-{compression}.tfrecord"
        option = None if compression == "NONE" else compression
        assert read_all(theirs, option) == RECORDS
        # Same bytes, compressed streams included (same zlib settings as TensorFlow).
        assert theirs.read_bytes() == (tmp_path / f"ours-{compression}.tfrecord").read_bytes()
