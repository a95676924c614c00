"""Fetching and feeding RaggedTensors in a Session, and the lazy loading of tf.ragged."""

import subprocess
import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_fetch_returns_ragged_tensor_values_in_nested_structures():
    rt = tf.ragged.constant([[1, 2], [], [3]])
    with tf.Session() as s:
        out = s.run({"r": rt, "pair": (rt.values, [rt])})
    value = out["r"]
    assert type(value).__name__ == "RaggedTensorValue"
    assert value.to_list() == [[1, 2], [], [3]]
    assert value.row_splits.tolist() == [0, 2, 2, 3] and value.shape == (3, None)
    assert out["pair"][0].tolist() == [1, 2, 3] and out["pair"][1][0].to_list() == value.to_list()


def test_placeholder_is_fed_a_ragged_tensor_value():
    p = tf.ragged.placeholder(tf.float32, 2, [2])
    assert p.shape.as_list() == [None, None, None, 2]
    assert p.flat_values.name == "RaggedPlaceholder/flat_values:0"
    feed = tf.ragged.constant_value([[[[1, 2]], []], [[[3, 4], [5, 6]]]], ragged_rank=2)
    with tf.Session() as s:
        got = s.run(p * 2, {p: feed})
    np.testing.assert_allclose(got.flat_values, np.array(feed.flat_values) * 2)
    assert [x.tolist() for x in got.nested_row_splits] == [[0, 2, 3], [0, 1, 1, 3]]


def test_feeding_a_plain_list_to_a_ragged_key_is_a_type_error():
    p = tf.ragged.placeholder(tf.float32, 1)
    with tf.Session() as s, pytest.raises(TypeError, match="RaggedTensorValue"):
        s.run(p.values, {p: [[1.], [2.]]})


def test_ragged_value_validates_its_parts():
    with pytest.raises(TypeError):
        tf.ragged.RaggedTensorValue(np.array([1]), np.array([0., 1.]))
    v = tf.ragged.RaggedTensorValue(np.array([1, 2, 3]), np.array([0, 1, 3]))
    assert str(v) == "<tf.RaggedTensorValue [[1], [2, 3]]>"


def test_compat_v1_import_does_not_load_the_ragged_package():
    code = ("import sys, tensorweave.compat.v1 as tf; "
            "assert 'tensorweave.ragged.ragged_tensor' not in sys.modules; "
            "assert not getattr(tf.concat, '_ragged_aware', False); "
            "tf.ragged.constant([[1]]); "
            "assert 'tensorweave.ragged.ragged_tensor' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
