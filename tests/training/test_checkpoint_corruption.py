"""Damaged checkpoint files fail as they do in TensorFlow 2.21: the same error classes and
messages from `saver.restore` (the RestoreV2 op) and from `tf.train.NewCheckpointReader`,
never a crash, a hang or a huge allocation. Expected messages were recorded from TensorFlow."""

from pathlib import Path

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.training import checkpoint_format as cf

DATA = ".data-00000-of-00001"


def _flip(blob, position):
    damaged = bytearray(blob)
    damaged[position] ^= 0x10
    return bytes(damaged)


def _footer_handles(index):
    footer = index[-48:]
    meta_offset, pos = cf._get_varint(footer, 0, 40)
    _, pos = cf._get_varint(footer, pos, 40)
    index_offset, _ = cf._get_varint(footer, pos, 40)
    return meta_offset, index_offset


@pytest.fixture
def saved(tmp_path):
    """(saver, prefix, index bytes, data bytes) of a checkpoint with a float and a string."""
    tf.Variable(np.arange(1000, dtype=np.float32), name="v")
    tf.Variable(["abc", "de"], name="s")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        prefix = saver.save(sess, str(tmp_path / "m"), write_meta_graph=False)
    return saver, prefix, Path(prefix + ".index").read_bytes(), Path(prefix + DATA).read_bytes()


def _damage(tmp_path, label, index, data):
    prefix = str(tmp_path / label)
    Path(prefix + ".index").write_bytes(index)
    Path(prefix + DATA).write_bytes(data)
    return prefix


def _cases(index, data):
    meta_offset, index_offset = _footer_handles(index)
    unreadable = "(failed to seek to header entry): block checksum mismatch"
    return {
        # label: (index, data, error class from restore, message, what the reader raises)
        "truncated_index": (index[:-5], data, errors.DataLossError, "not an sstable (bad magic number)"),
        "empty_index": (b"", data, errors.DataLossError, "file is too short to be an sstable"),
        "garbage_index": (b"x" * 100, data, errors.DataLossError, "not an sstable (bad magic number)"),
        "flipped_data_block": (_flip(index, 0), data, errors.DataLossError, unreadable),
        "flipped_data_block_trailer": (_flip(index, meta_offset - 3), data, errors.DataLossError, unreadable),
        "flipped_index_block": (
            _flip(index, index_offset + 1),
            data,
            errors.DataLossError,
            "block checksum mismatch",
        ),
        "truncated_data": (index, data[:-100], errors.OutOfRangeError, "Read less bytes than requested"),
        "empty_data": (index, b"", errors.OutOfRangeError, "Read less bytes than requested"),
        "flipped_string_lengths": (
            index,
            _flip(data, 0),
            errors.DataLossError,
            "The length checksum does not match",
        ),
        "flipped_floats": (
            index,
            _flip(data, len(data) - 1),
            errors.DataLossError,
            "shard 0 (4000 bytes): Checksum does not match: stored",
        ),
    }


CASES = [
    "truncated_index",
    "empty_index",
    "garbage_index",
    "flipped_data_block",
    "flipped_data_block_trailer",
    "flipped_index_block",
    "truncated_data",
    "empty_data",
    "flipped_string_lengths",
    "flipped_floats",
]


@pytest.mark.parametrize("label", CASES)
def test_restoring_a_damaged_checkpoint_raises_tensorflows_error(saved, tmp_path, label):
    saver, _, index, data = saved
    index, data, error, message = _cases(index, data)[label]
    prefix = _damage(tmp_path, label, index, data)
    with tf.Session() as sess, pytest.raises(error) as info:
        saver.restore(sess, prefix)
    assert type(info.value) is error
    assert message in info.value.message
    assert info.value.op is not None and info.value.op.name == "save/RestoreV2"
    if "Unable to read file" in info.value.message:
        assert info.value.message.startswith("Graph execution error:")
        assert ("\nUnable to read file (%s.index). Perhaps the file is corrupt "
            "or was produced by a newer version of TensorFlow with "
            "format changes " % prefix
        ) in info.value.message


@pytest.mark.parametrize("label", CASES)
def test_checkpoint_reader_reports_damage_like_tensorflows_reader(saved, tmp_path, label):
    _, _, index, data = saved
    index, data, error, message = _cases(index, data)[label]
    prefix = _damage(tmp_path, label, index, data)
    # TF's reader raises a plain OpError (code UNKNOWN) for damage, IndexError for short reads.
    expected = IndexError if error is errors.OutOfRangeError else errors.OpError
    with pytest.raises(expected) as info:
        reader = tf.train.NewCheckpointReader(prefix)
        for name in ("v", "s"):
            reader.get_tensor(name)
    assert type(info.value) is expected
    assert message in str(info.value)
    if expected is errors.OpError:
        assert info.value.error_code == errors.UNKNOWN


def test_an_intact_copy_still_restores(saved, tmp_path):
    saver, _, index, data = saved
    prefix = _damage(tmp_path, "intact", index, data)
    with tf.Session() as sess:
        saver.restore(sess, prefix)
        assert sess.run("s/Read/ReadVariableOp:0").tolist() == [b"abc", b"de"]
        assert sess.run("v/Read/ReadVariableOp:0").tobytes() == np.arange(1000, dtype=np.float32).tobytes()
