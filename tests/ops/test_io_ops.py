"""File and checkpoint ops: SaveV2/RestoreV2 against TF-written bundles, ReadFile/WriteFile."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import get_op_def
from tensorweave.ops import io_ops
from tensorweave.training.checkpoint_format import BundleReader

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tf_checkpoints"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())
DATA = ".data-00000-of-00001"


def describe(value):
    array = np.array(value, dtype=object) if isinstance(value, bytes) else np.asarray(value)
    if array.dtype == object:
        return {"dtype": "string", "shape": list(array.shape),
                "strings": [bytes(x).hex() for x in array.reshape(-1)]}
    dtype = tf.as_dtype(array.dtype).name
    little = array.astype(array.dtype.newbyteorder("<"), copy=False)
    return {"dtype": dtype, "shape": list(array.shape), "hex": little.tobytes().hex()}


def stored_tensors_in_data_order(prefix):
    """{name: array} of a bundle, in the order the tensors lie in its data file."""
    reader = BundleReader(prefix)
    try:
        names = sorted(reader.list(), key=lambda n: reader.entry(n).offset)
        return {name: reader.read(name) for name in names}
    finally:
        reader.close()


def tf_dtype_of(array):
    return tf.string if array.dtype == object else tf.as_dtype(array.dtype)


def test_restore_v2_reads_tf_bundle_of_every_dtype_bit_exactly():
    pytest.importorskip("ml_dtypes")
    names = sorted(EXPECTED["all_dtypes"])
    dtypes = [tf.as_dtype(EXPECTED["all_dtypes"][n]["dtype"]) for n in names]
    restored = io_ops.restore_v2(str(FIXTURES / "all_dtypes"), names, [""] * len(names), dtypes)
    assert [t.dtype for t in restored] == dtypes
    assert restored[0].op.name == "RestoreV2"
    with tf.Session() as sess:
        values = sess.run(restored)
    for name, value in zip(names, values):
        assert describe(value) == EXPECTED["all_dtypes"][name], name


def test_save_v2_writes_the_bytes_tensorflow_wrote(tmp_path):
    pytest.importorskip("ml_dtypes")
    tensors = stored_tensors_in_data_order(str(FIXTURES / "all_dtypes"))
    names = list(tensors)
    consts = [tf.constant(tensors[n], dtype=tf_dtype_of(tensors[n])) for n in names]
    save = io_ops.save_v2(str(tmp_path / "ours"), names, [""] * len(names), consts)
    assert save.type == "SaveV2" and save.name == "SaveV2"
    assert save.inputs[1].op.name == "SaveV2/tensor_names"
    with tf.Session() as sess:
        sess.run(save)
    for suffix in (".index", DATA):
        ours = (tmp_path / ("ours" + suffix)).read_bytes()
        assert ours == (FIXTURES / ("all_dtypes" + suffix)).read_bytes(), suffix


def test_restore_v2_of_missing_keys_raises_not_found_naming_the_first(tmp_path):
    prefix = str(tmp_path / "ck")
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(prefix, ["a"], [""], [tf.constant([1.0])]))
        one = io_ops.restore_v2(prefix, ["a", "nope"], ["", ""], [tf.float32, tf.float32])
        with pytest.raises(errors.NotFoundError, match="Key nope not found in checkpoint"):
            sess.run(one)
        two = io_ops.restore_v2(prefix, ["x", "a", "y"], [""] * 3, [tf.float32] * 3)
        # TF 2.21 names only the first missing key.
        with pytest.raises(errors.NotFoundError, match="Key x not found in checkpoint") as info:
            sess.run(two)
        assert "y not found" not in info.value.message
        assert info.value.op is two[0].op


def test_restore_v2_with_wrong_dtype_is_invalid_argument(tmp_path):
    prefix = str(tmp_path / "ck")
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(prefix, ["a"], [""], [tf.constant([1.0])]))
        with pytest.raises(errors.InvalidArgumentError, match="expected dtype int32 does not equal original dtype float"):
            sess.run(io_ops.restore_v2(prefix, ["a"], [""], [tf.int32]))


def test_restore_v2_of_a_corrupted_data_file_raises_data_loss(tmp_path):
    prefix = str(tmp_path / "ck")
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(prefix, ["a"], [""], [tf.constant([1.0, 2.0])]))
        data = bytearray((tmp_path / ("ck" + DATA)).read_bytes())
        data[0] ^= 0xFF
        (tmp_path / ("ck" + DATA)).write_bytes(bytes(data))
        with pytest.raises(errors.DataLossError):
            sess.run(io_ops.restore_v2(prefix, ["a"], [""], [tf.float32]))
        (tmp_path / "ck.index").write_bytes(b"garbage" * 10)
        with pytest.raises(errors.DataLossError):
            sess.run(io_ops.restore_v2(prefix, ["a"], [""], [tf.float32]))


def test_restore_v2_of_missing_checkpoint_is_not_found(tmp_path):
    with tf.Session() as sess, pytest.raises(errors.NotFoundError, match="Failed to find any matching files"):
        sess.run(io_ops.restore_v2(str(tmp_path / "none"), ["a"], [""], [tf.float32]))


def test_save_v2_creates_the_prefix_folder_but_not_missing_ancestors(tmp_path):
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(str(tmp_path / "new" / "ck"), ["a"], [""], [tf.constant(1)]))
        assert (tmp_path / "new" / "ck.index").exists()
        with pytest.raises(errors.NotFoundError):
            sess.run(io_ops.save_v2(str(tmp_path / "x" / "y" / "ck"), ["a"], [""], [tf.constant(1)]))


def test_save_v2_static_shape_checks_the_name_count():
    with pytest.raises(ValueError):
        io_ops.save_v2("p", ["a", "b"], ["", ""], [tf.constant(1)])


def test_merge_v2_checkpoints_merges_shards_and_deletes_them(tmp_path):
    shards = [str(tmp_path / "tmp" / ("part-%05d-of-00002" % i)) for i in range(2)]
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(shards[0], ["b"], [""], [tf.constant([1, 2])]))
        sess.run(io_ops.save_v2(shards[1], ["a"], [""], [tf.constant("s")]))
        sess.run(io_ops.merge_v2_checkpoints(shards, str(tmp_path / "ck")))
    reader = BundleReader(str(tmp_path / "ck"))
    assert sorted(reader.list()) == ["a", "b"]
    assert reader.read("a")[()] == b"s" and reader.read("b").tolist() == [1, 2]
    reader.close()
    assert not (tmp_path / "tmp").exists()


def test_merge_v2_checkpoints_keeps_one_data_shard_per_source_like_tf(tmp_path):
    shards = [str(tmp_path / "tmp" / ("part-%05d-of-00002" % i)) for i in range(2)]
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(shards[0], ["b"], [""], [tf.constant([1, 2])]))
        sess.run(io_ops.save_v2(shards[1], ["a", "c"], ["", ""], [tf.constant([3.0]), tf.constant(4)]))
        sess.run(io_ops.merge_v2_checkpoints(shards, str(tmp_path / "ck")))
    assert sorted(os.listdir(tmp_path)) == ["ck.data-00000-of-00002", "ck.data-00001-of-00002", "ck.index"]
    reader = BundleReader(str(tmp_path / "ck"))
    assert [reader.entry(n).shard_id for n in ("a", "b", "c")] == [1, 0, 1]
    assert reader.read("b").tolist() == [1, 2] and reader.read("a").tolist() == [3.0]
    assert reader.read("c")[()] == 4
    reader.close()


def test_merge_v2_checkpoints_joins_slices_of_one_partitioned_tensor(tmp_path):
    shards = [str(tmp_path / "tmp" / ("part-%05d-of-00002" % i)) for i in range(2)]
    with tf.Session() as sess:
        sess.run(io_ops.save_v2(shards[0], ["e"], ["4 0,2"], [tf.constant([1.0, 2.0])]))
        sess.run(io_ops.save_v2(shards[1], ["e"], ["4 2,2"], [tf.constant([3.0, 4.0])]))
        sess.run(io_ops.merge_v2_checkpoints(shards, str(tmp_path / "ck")))
        dup = [str(tmp_path / "d" / ("p%d" % i)) for i in range(2)]
        for path in dup:
            sess.run(io_ops.save_v2(path, ["x"], [""], [tf.constant(1)]))
        with pytest.raises(errors.InvalidArgumentError, match="Duplicate"):
            sess.run(io_ops.merge_v2_checkpoints(dup, str(tmp_path / "dd")))
    reader = BundleReader(str(tmp_path / "ck"))
    assert reader.read("e").tolist() == [1.0, 2.0, 3.0, 4.0]
    reader.close()


def test_sharded_filename_and_filespec():
    with tf.Session() as sess:
        assert sess.run(io_ops.sharded_filename("a/b", 3, 12)) == b"a/b-00003-of-00012"
        assert sess.run(io_ops.sharded_filespec("a/b", 12)) == b"a/b-?????-of-00012"


def test_read_file_returns_the_bytes_and_write_file_creates_folders(tmp_path):
    path = str(tmp_path / "q" / "r" / "f.bin")
    write = tf.io.write_file(path, tf.constant(b"\x00hi\xff"))
    read = tf.read_file(path)
    assert write.type == "WriteFile" and read.op.type == "ReadFile"
    assert read.op.inputs[0].op.name == "ReadFile/filename"
    assert read.dtype == tf.string and read.shape.as_list() == []
    with tf.Session() as sess:
        sess.run(write)
        assert sess.run(read) == b"\x00hi\xff"
    assert tf.io.read_file is tf.read_file and tf.write_file is tf.io.write_file


def test_read_file_of_missing_file_is_not_found(tmp_path):
    with tf.Session() as sess, pytest.raises(errors.NotFoundError, match="No such file or directory"):
        sess.run(tf.io.read_file(str(tmp_path / "missing")))


def test_matching_files_lists_sorted_matches(tmp_path):
    for name in ("b.txt", "a.txt", "c.dat"):
        (tmp_path / name).write_text("x")
    with tf.Session() as sess:
        found = sess.run(tf.io.matching_files(str(tmp_path / "*.txt")))
    assert [os.path.basename(f.decode()) for f in found] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("op_type", ["SaveV2", "RestoreV2", "MergeV2Checkpoints", "ShardedFilename",
                                     "ShardedFilespec", "ReadFile", "WriteFile", "MatchingFiles"])
def test_io_ops_are_declared_not_differentiable(op_type):
    assert type(get_op_def(op_type)).grad is None
