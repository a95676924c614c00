"""The V2 checkpoint format: TF-written fixtures, byte-identical writing, corruption handling."""

import json
import shutil
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

from tensorweave.framework import errors
from tensorweave.training import checkpoint_format as cf
from tensorweave.training.checkpoint_format import BundleReader, write_bundle

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TF_CHECKPOINTS = FIXTURES / "tf_checkpoints"
EXPECTED = json.loads((TF_CHECKPOINTS / "expected.json").read_text())
DATA = ".data-00000-of-00001"

NUMPY_TYPES = {
    "float16": np.float16,
    "float32": np.float32,
    "float64": np.float64,
    "int8": np.int8,
    "int16": np.int16,
    "int32": np.int32,
    "int64": np.int64,
    "uint8": np.uint8,
    "uint16": np.uint16,
    "uint32": np.uint32,
    "uint64": np.uint64,
    "bool": np.bool_,
    "complex64": np.complex64,
    "complex128": np.complex128,
}


def ml_dtypes_or_none():
    try:
        import ml_dtypes
    except ImportError:
        return None
    return ml_dtypes


def raw_bytes(array: np.ndarray) -> bytes:
    return np.ascontiguousarray(array).reshape(-1).view(np.uint8).tobytes()


def undescribe(description: dict):
    """An array from a make_tf_fixtures.py description, or None for bfloat16 sans ml_dtypes."""
    shape = description["shape"]
    if description["dtype"] == "string":
        items = [bytes.fromhex(x) for x in description["strings"]]
        return np.array(items + [None], dtype=object)[:-1].reshape(shape)
    if description["dtype"] == "bfloat16":
        ml_dtypes = ml_dtypes_or_none()
        if ml_dtypes is None:
            return None
        dtype = ml_dtypes.bfloat16
    else:
        dtype = NUMPY_TYPES[description["dtype"]]
    return np.frombuffer(bytes.fromhex(description["hex"]), dtype=dtype).reshape(shape).copy()


def assert_matches(value: np.ndarray, description: dict) -> None:
    assert list(value.shape) == description["shape"]
    if description["dtype"] == "string":
        assert value.dtype == object
        assert [x.hex() for x in value.reshape(-1)] == description["strings"]
    else:
        assert raw_bytes(value).hex() == description["hex"]  # bit-exact, NaNs included


def tensors_in_data_order(prefix: Path) -> dict:
    """The tensors of a checkpoint in the order their bytes appear in the data file."""
    reader = BundleReader(str(prefix))
    names = sorted(reader.list(), key=lambda name: reader.entry(name).offset)
    return {name: reader.read(name) for name in names}


def copy_checkpoint(source: Path, target: Path) -> Path:
    for suffix in (".index", DATA):
        shutil.copyfile(str(source) + suffix, str(target) + suffix)
    return target


# --- reading what TensorFlow wrote ---------------------------------------------------------


@pytest.mark.parametrize("checkpoint", sorted(EXPECTED))
def test_reads_tensorflow_checkpoints_bit_exactly(checkpoint):
    reader = BundleReader(str(TF_CHECKPOINTS / checkpoint))
    listed = reader.list()
    assert sorted(listed) == sorted(EXPECTED[checkpoint])
    for name, description in EXPECTED[checkpoint].items():
        value = reader.read(name)
        assert listed[name][1] == tuple(description["shape"])
        if description["dtype"] == "bfloat16":
            assert reader.datatypes()[name] == 14
            assert raw_bytes(value).hex() == description["hex"]
            continue
        expected_dtype = object if description["dtype"] == "string" else NUMPY_TYPES[description["dtype"]]
        assert listed[name][0] == np.dtype(expected_dtype)
        assert value.dtype == np.dtype(expected_dtype)
        assert_matches(value, description)


def test_values_read_are_writable_arrays():
    value = BundleReader(str(TF_CHECKPOINTS / "all_dtypes")).read("float32")
    value[0, 0] = 5.0
    assert value[0, 0] == 5.0


def test_bfloat16_reads_as_ml_dtypes_when_installed():
    ml_dtypes = pytest.importorskip("ml_dtypes")
    value = BundleReader(str(TF_CHECKPOINTS / "all_dtypes")).read("bfloat16")
    assert value.dtype == ml_dtypes.bfloat16
    assert value.astype(np.float32).tolist() == [1.0, -2.5, 3.140625, 0.0]


def test_missing_key_and_missing_checkpoint_raise_not_found(tmp_path):
    reader = BundleReader(str(TF_CHECKPOINTS / "all_dtypes"))
    with pytest.raises(errors.NotFoundError, match="Key nope not found in checkpoint"):
        reader.read("nope")
    assert "int8" in reader and "nope" not in reader
    with pytest.raises(errors.NotFoundError, match="Failed to find any matching files for"):
        BundleReader(str(tmp_path / "absent"))
    (tmp_path / "lonely.index").write_bytes((TF_CHECKPOINTS / "all_dtypes.index").read_bytes())
    with pytest.raises(errors.NotFoundError, match="No such file or directory"):
        BundleReader(str(tmp_path / "lonely")).read("int8")


# --- writing what TensorFlow would write ---------------------------------------------------


def test_rewriting_the_saver_fixture_reproduces_its_bytes(tmp_path):
    source = TF_CHECKPOINTS / "saver" / "model.ckpt-7"
    write_bundle(str(tmp_path / "copy"), tensors_in_data_order(source))
    for suffix in (".index", DATA):
        assert (tmp_path / ("copy" + suffix)).read_bytes() == Path(str(source) + suffix).read_bytes()


def test_rewriting_the_all_dtypes_fixture_reproduces_its_bytes(tmp_path):
    pytest.importorskip("ml_dtypes")  # to hold the bfloat16 tensor
    source = TF_CHECKPOINTS / "all_dtypes"
    write_bundle(str(tmp_path / "copy"), tensors_in_data_order(source))
    for suffix in (".index", DATA):
        assert (tmp_path / ("copy" + suffix)).read_bytes() == Path(str(source) + suffix).read_bytes()


def test_round_trips_every_dtype_and_shape(tmp_path):
    tensors = {name: undescribe(d) for name, d in EXPECTED["all_dtypes"].items()}
    tensors = {name: value for name, value in tensors.items() if value is not None}
    tensors["unicode_str_array"] = np.array(["héllo", ""])
    tensors["bytes_array"] = np.array([b"ab", b"c"])
    tensors["python_list"] = [[1, 2], [3, 4]]
    tensors["big_endian"] = np.array([1, 2], dtype=">i4")
    tensors["fortran_order"] = np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2, 3))
    tensors["long_string"] = np.array([b"y" * 70_000, b"z"], dtype=object)
    write_bundle(str(tmp_path / "ckpt"), tensors)
    reader = BundleReader(str(tmp_path / "ckpt"))
    assert list(reader.list()) == sorted(tensors)
    for name, original in tensors.items():
        value = reader.read(name)
        original = np.asarray(original)
        if original.dtype.kind in "OSU":
            encoded = [x.encode() if isinstance(x, str) else bytes(x) for x in original.reshape(-1)]
            assert value.reshape(-1).tolist() == encoded and value.shape == original.shape
        else:
            assert value.dtype == original.dtype.newbyteorder("=")
            assert raw_bytes(value) == raw_bytes(original.astype(value.dtype)), name
            assert value.shape == original.shape


def test_a_large_tensor_round_trips(tmp_path):
    big = np.random.default_rng(0).standard_normal((512, 1024)).astype(np.float32)
    write_bundle(str(tmp_path / "big"), {"w": big})
    assert np.array_equal(BundleReader(str(tmp_path / "big")).read("w"), big)


def test_writing_is_atomic_and_leaves_no_temporary_files(tmp_path):
    prefix = str(tmp_path / "model")
    write_bundle(prefix, {"v": np.float32(1)})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(TypeError):
        write_bundle(prefix, {"a": np.float32(2), "b": np.array(["2020"], "datetime64[s]")})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    write_bundle(prefix, {"v": np.float32(3)})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.data-00000-of-00001", "model.index"]
    assert BundleReader(prefix).read("v") == 3


def test_writing_creates_missing_directories(tmp_path):
    write_bundle(str(tmp_path / "a" / "b" / "ckpt"), {"v": np.int8(1)})
    assert BundleReader(str(tmp_path / "a" / "b" / "ckpt")).read("v") == 1


def test_empty_or_duplicate_names_are_rejected(tmp_path):
    with pytest.raises(ValueError):
        write_bundle(str(tmp_path / "x"), {"": np.int8(1)})
    with pytest.raises(ValueError):
        write_bundle(str(tmp_path / "x"), {"a": np.int8(1), b"a": np.int8(2)})


# --- damaged files ---------------------------------------------------------------------------


def read_everything(prefix: str) -> dict:
    reader = BundleReader(prefix)
    try:
        return {
            name: raw_bytes(reader.read(name))
            if reader.read(name).dtype != object
            else reader.read(name).tolist()
            for name in reader.list()
        }
    finally:
        reader.close()


def test_every_single_byte_flip_in_the_index_is_caught_or_harmless(tmp_path):
    source = TF_CHECKPOINTS / "saver" / "model.ckpt-7"
    good = read_everything(str(source))
    blob = Path(str(source) + ".index").read_bytes()
    shutil.copyfile(str(source) + DATA, str(tmp_path / "bad") + DATA)
    # Unchecked, as in TensorFlow: the (empty, never read) metaindex block, and the footer
    # apart from the index handle and the magic number.
    meta_offset, pos = cf._get_varint(blob[-48:], 0, 40)
    meta_size, pos = cf._get_varint(blob[-48:], pos, 40)
    unread = set(range(meta_offset, meta_offset + meta_size + 5)) | set(range(len(blob) - 48, len(blob) - 8))
    handles = set(range(len(blob) - 48, len(blob) - 8))
    for position in range(len(blob)):
        damaged = bytearray(blob)
        damaged[position] ^= 0x40
        (tmp_path / "bad.index").write_bytes(bytes(damaged))
        try:
            assert read_everything(str(tmp_path / "bad")) == good, position
            assert position in unread, position
        except errors.DataLossError:
            pass
        except errors.OutOfRangeError as err:  # a block handle now points past the end
            assert position in handles and err.message == "Read less bytes than requested", position


def test_every_truncation_of_the_index_is_caught(tmp_path):
    source = TF_CHECKPOINTS / "saver" / "model.ckpt-7"
    blob = Path(str(source) + ".index").read_bytes()
    shutil.copyfile(str(source) + DATA, str(tmp_path / "cut") + DATA)
    for length in range(len(blob)):
        (tmp_path / "cut.index").write_bytes(blob[:length])
        with pytest.raises(errors.DataLossError):
            read_everything(str(tmp_path / "cut"))


def test_every_single_byte_flip_in_the_data_is_caught(tmp_path):
    source = TF_CHECKPOINTS / "all_dtypes"
    prefix = copy_checkpoint(source, tmp_path / "bad")
    blob = Path(str(source) + DATA).read_bytes()
    reader = BundleReader(str(source))
    spans = {name: (reader.entry(name).offset, reader.entry(name).size) for name in reader.list()}
    for position in range(len(blob)):
        damaged = bytearray(blob)
        damaged[position] ^= 0x01
        (tmp_path / ("bad" + DATA)).write_bytes(bytes(damaged))
        victim = next(n for n, (start, size) in spans.items() if start <= position < start + size)
        with BundleReader(str(prefix)) as bad, pytest.raises(errors.DataLossError):
            bad.read(victim)


def test_truncated_data_file_is_out_of_range_like_tensorflow(tmp_path):
    prefix = copy_checkpoint(TF_CHECKPOINTS / "all_dtypes", tmp_path / "cut")
    path = tmp_path / ("cut" + DATA)
    path.write_bytes(path.read_bytes()[:-10])
    reader = BundleReader(str(prefix))
    last = max(reader.list(), key=lambda name: reader.entry(name).offset + reader.entry(name).size)
    with pytest.raises(errors.OutOfRangeError, match="^Read less bytes than requested$"):
        reader.read(last)


def rewrite_entry(prefix: Path, name: str, edit) -> None:
    """Re-encodes the index of ``prefix`` with entry ``name`` changed by ``edit(entry)``."""
    from tensorweave.protos import tensor_bundle_pb2

    table = cf._read_table(Path(str(prefix) + ".index").read_bytes(), "test")
    entry = tensor_bundle_pb2.BundleEntryProto.FromString(table[name.encode()])
    edit(entry)
    table[name.encode()] = entry.SerializeToString()
    writer = cf._TableWriter()
    for key in sorted(table):
        writer.add(key, table[key])
    Path(str(prefix) + ".index").write_bytes(writer.finish())


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda e: setattr(e, "size", 1 << 60), "does not match its shape"),
        (lambda e: e.shape.dim[0].__setattr__("size", 1 << 40), "does not match its shape"),
        (lambda e: e.shape.dim[0].__setattr__("size", -1), "bad shape"),
        (lambda e: setattr(e, "shard_id", 3), "bad shard id"),
    ],
)
def test_entries_claiming_impossible_sizes_are_data_loss(tmp_path, edit, message):
    prefix = copy_checkpoint(TF_CHECKPOINTS / "all_dtypes", tmp_path / "odd")
    rewrite_entry(prefix, "float32", edit)
    with pytest.raises(errors.DataLossError, match=message):
        BundleReader(str(prefix)).read("float32")


def test_entry_pointing_past_the_data_file_is_out_of_range_without_allocating(tmp_path):
    prefix = copy_checkpoint(TF_CHECKPOINTS / "all_dtypes", tmp_path / "odd")
    rewrite_entry(prefix, "float32", lambda e: setattr(e, "offset", 1 << 50))
    rewrite_entry(prefix, "strings", lambda e: setattr(e, "size", 1 << 50))
    reader = BundleReader(str(prefix))
    with pytest.raises(errors.OutOfRangeError, match="Read less bytes than requested"):
        reader.read("float32")
    tracemalloc.start()
    try:
        with pytest.raises(errors.OutOfRangeError, match="Read less bytes than requested"):
            reader.read("strings")  # claims a petabyte: refused before anything is allocated
        assert tracemalloc.get_traced_memory()[1] < 1 << 20
    finally:
        tracemalloc.stop()


def test_string_entries_claiming_too_many_elements_are_data_loss(tmp_path):
    prefix = copy_checkpoint(TF_CHECKPOINTS / "all_dtypes", tmp_path / "odd")
    rewrite_entry(prefix, "strings", lambda e: e.shape.dim[0].__setattr__("size", 1 << 40))
    with pytest.raises(errors.DataLossError):
        BundleReader(str(prefix)).read("strings")


def test_compressed_index_blocks_are_reported_as_unimplemented(tmp_path):
    prefix = copy_checkpoint(TF_CHECKPOINTS / "saver" / "model.ckpt-7", tmp_path / "snappy")
    blob = bytearray(Path(str(prefix) + ".index").read_bytes())
    data_block_size = _first_block_size(bytes(blob))
    blob[data_block_size] = 1  # claim snappy
    contents = bytes(blob[:data_block_size])
    blob[data_block_size + 1 : data_block_size + 5] = cf._U32.pack(
        cf.mask(cf.crc32c(b"\x01", cf.crc32c(contents)))
    )
    Path(str(prefix) + ".index").write_bytes(bytes(blob))
    with pytest.raises(errors.UnimplementedError, match="snappy"):
        BundleReader(str(prefix))


def _first_block_size(blob: bytes) -> int:
    footer = blob[-48:]
    _, pos = cf._get_varint(footer, 0, 40)
    _, pos = cf._get_varint(footer, pos, 40)
    index_offset, pos = cf._get_varint(footer, pos, 40)
    index_size, _ = cf._get_varint(footer, pos, 40)
    _, handle = next(cf._block_entries(blob[index_offset : index_offset + index_size]))
    offset, pos = cf._get_varint(handle, 0, len(handle))
    size, _ = cf._get_varint(handle, pos, len(handle))
    assert offset == 0
    return size


# --- interchange with TensorFlow itself -------------------------------------------------------


def test_tensorflow_reads_what_we_write_and_writes_the_same_bytes(tmp_path):
    real_tensorflow.require_tensorflow()
    descriptions = dict(EXPECTED["all_dtypes"])
    descriptions["many/strings"] = {
        "dtype": "string",
        "shape": [3],
        "strings": [b"".hex(), ("q" * 200).encode().hex(), "00ff"],
    }
    tensors = {name: undescribe(d) for name, d in descriptions.items()}
    if tensors["bfloat16"] is None:  # no ml_dtypes here: leave bfloat16 out
        del tensors["bfloat16"], descriptions["bfloat16"]
    # Enough long names to need several 256 KiB index blocks.
    for i in range(6000):
        name = f"layer_{i % 89:03d}/block_{i:05d}/a/rather/long/variable/name/for/the/index"
        tensors[name] = np.array([i, -i], np.int64)
        descriptions[name] = {"dtype": "int64", "shape": [2], "hex": raw_bytes(tensors[name]).hex()}
    (tmp_path / "request.json").write_text(json.dumps({"tensors": descriptions}))
    write_bundle(str(tmp_path / "ours"), tensors)
    read_by_tf = real_tensorflow.last_json_line(FIXTURES / "make_tf_fixtures.py", "check", tmp_path)["read"]
    assert read_by_tf == {name: descriptions[name] for name in sorted(descriptions)}
    assert (tmp_path / "ours.index").stat().st_size > cf._BLOCK_SIZE  # several data blocks
    for suffix in (".index", DATA):
        assert (tmp_path / ("ours" + suffix)).read_bytes() == (tmp_path / ("theirs" + suffix)).read_bytes()
