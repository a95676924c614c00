"""Python values to tensors as TF 2.21's compat.v1 converts them (expected values recorded
from TF 2.21 with tensorflow.compat.v1 in graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t):
    with tf.Session() as sess:
        return sess.run(t)


@pytest.mark.parametrize("value,dtype,expected", [
    (2 ** 40, tf.int32, 0),
    (300, tf.uint8, 44),
    (-1, tf.uint8, 255),
    (-5, tf.uint8, 251),
    (300, tf.int8, 44),
    (2 ** 32 + 5, tf.uint32, 5),
    (-1, tf.uint32, 4294967295),
    (2 ** 63, tf.int64, -(2 ** 63)),
    ([1, 2 ** 40], tf.int32, [1, 0]),
    ([[1], [2 ** 31]], tf.int32, [[1], [-(2 ** 31)]]),
    ([np.int64(2 ** 40)], tf.int32, [0]),
])
def test_out_of_range_ints_wrap_around_to_the_requested_type(value, dtype, expected):
    t = tf.constant(value, dtype=dtype)
    assert t.dtype == dtype and run(t).tolist() == expected


def test_wrapping_applies_to_conversions_for_ops_too():
    assert run(tf.convert_to_tensor(2 ** 40, dtype=tf.int32)) == 0
    t = tf.constant(1) + 2 ** 40  # the Python int converts to int32 and wraps to 0
    assert t.dtype == tf.int32 and run(t) == 1


def test_ints_beyond_64_bits_overflow():
    with pytest.raises(OverflowError):
        tf.constant(2 ** 64, dtype=tf.int64)
    with pytest.raises(TypeError, match="Failed to convert elements"):
        tf.constant(2 ** 64)


def test_inferred_dtypes_of_huge_python_ints():
    assert tf.constant(2 ** 31).dtype == tf.int64
    big = tf.constant(2 ** 63)
    assert big.dtype == tf.uint64 and int(run(big)) == 2 ** 63
    mixed = tf.constant([1, 2 ** 63])  # NumPy makes this float64, TF then float32
    assert mixed.dtype == tf.float32


def test_bools_convert_to_integer_dtypes():
    assert run(tf.constant(True, dtype=tf.int32)) == 1
    assert run(tf.constant([True, False], dtype=tf.int32)).tolist() == [1, 0]
    assert run(tf.constant([True, False], dtype=tf.float32)).tolist() == [1.0, 0.0]


def test_none_and_ragged_values_are_value_errors():
    with pytest.raises(ValueError, match="None values not supported"):
        tf.constant(None)
    with pytest.raises(ValueError, match="inhomogeneous"):
        tf.constant([[1, 2], [3]])
    with pytest.raises(ValueError):
        tf.constant([[1, 2], [3]], dtype=tf.int32)


def test_float_values_still_reject_integer_dtypes():
    with pytest.raises(TypeError, match="Expected int32"):
        tf.constant(1.5, dtype=tf.int32)
    with pytest.raises(TypeError, match="Expected bool"):
        tf.constant(1, dtype=tf.bool)
