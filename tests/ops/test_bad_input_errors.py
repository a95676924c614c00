"""Error classes for bad input across ops, and when they are raised (graph build or run),
as recorded from TF 2.21 (tests/conformance_extra/errors2)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


def test_population_count_counts_bits_of_twos_complement():
    y = tf.raw_ops.PopulationCount(x=tf.constant([0, 1, 7, -1], tf.int8))
    assert y.dtype == tf.uint8 and y.shape.as_list() == [4]
    assert run(y).tolist() == [0, 1, 3, 8]
    assert run(tf.raw_ops.PopulationCount(x=tf.constant([-1], tf.int64))).tolist() == [64]


@pytest.mark.parametrize("dtype", [tf.bool, tf.float32, tf.string])
def test_population_count_rejects_non_integers(dtype):
    x = tf.constant(["a"]) if dtype == tf.string else tf.zeros([2], dtype)
    with pytest.raises(TypeError):
        tf.raw_ops.PopulationCount(x=x)


def test_check_numerics_message_none_is_type_error():
    with pytest.raises(TypeError, match="message"):
        tf.check_numerics(tf.constant([1.0]), message=None)


def test_zeros_with_float_dims_truncates_like_tf():
    z = tf.zeros([2.5])
    assert z.shape.as_list() == [2] and z.dtype == tf.float32
    assert run(z).tolist() == [0.0, 0.0]
    with pytest.raises(ValueError):
        tf.zeros([-1])


def test_conv2d_zero_stride_is_value_error_at_build():
    with pytest.raises(ValueError, match="Stride must be > 0"):
        tf.nn.conv2d(tf.zeros([1, 5, 5, 3]), tf.zeros([3, 3, 3, 4]), [1, 0, 0, 1], "SAME")


def test_valid_window_one_stride_wider_than_input_gives_empty_output_at_run():
    p = tf.placeholder(tf.float32, [None, None, None, None])
    c = tf.nn.conv2d(p, tf.zeros([3, 3, 3, 4]), [1, 1, 1, 1], "VALID")
    m = tf.nn.max_pool(p, [1, 3, 3, 1], [1, 1, 1, 1], "VALID")
    assert run(c, {p: np.ones([1, 2, 2, 3])}).shape == (1, 0, 0, 4)
    assert run(m, {p: np.ones([1, 2, 2, 3])}).shape == (1, 0, 0, 3)
    with pytest.raises(errors.InvalidArgumentError):
        run(c, {p: np.ones([1, 1, 1, 3])})
    # The static shape function is stricter: any window wider than the input fails.
    with pytest.raises(ValueError):
        tf.nn.conv2d(tf.zeros([1, 2, 2, 3]), tf.zeros([3, 3, 3, 4]), [1, 1, 1, 1], "VALID")


def test_zero_pool_window_fails_at_run_except_in_v1_max_pool():
    x = tf.ones([1, 4, 4, 2])
    with pytest.raises(ValueError):
        tf.nn.max_pool(x, [1, 0, 0, 1], [1, 2, 2, 1], "VALID")
    for fn in (tf.nn.avg_pool, tf.nn.max_pool2d, tf.nn.avg_pool_v2):
        y = fn(x, [1, 0, 0, 1], [1, 2, 2, 1], "VALID")
        assert y.shape.as_list() == [1, 3, 3, 2]
        with pytest.raises(errors.InvalidArgumentError):
            run(y)


def test_argmax_axis_must_be_scalar_int():
    x = tf.zeros([2, 3])
    with pytest.raises(TypeError):
        tf.argmax(x, axis=[1])
    with pytest.raises(TypeError):
        tf.argmin(x, axis=tf.constant(1.0))
    with pytest.raises(ValueError, match="rank 0"):
        tf.argmax(x, axis=tf.constant([1]))
    assert tf.argmax(x, axis=np.int64(1)).shape.as_list() == [2]


def test_gather_nd_scalar_indices_is_value_error():
    with pytest.raises(ValueError, match="at least rank 1"):
        tf.gather_nd(tf.zeros([2, 3]), 0)


def test_reduction_axes_of_rank_two_is_value_error():
    with pytest.raises(ValueError, match="at most rank 1"):
        tf.reduce_sum(tf.ones([2, 3]), axis=[[0]])


def test_reducing_a_scalar_over_axis_zero_fails_at_build_and_run():
    with pytest.raises(ValueError):
        tf.reduce_sum(tf.constant(1.0), axis=0)
    p = tf.placeholder(tf.float32)
    s = tf.reduce_mean(p, axis=0)
    with pytest.raises(errors.InvalidArgumentError):
        run(s, {p: 3.0})
    a = tf.placeholder(tf.int32, [None])
    assert run(tf.reduce_sum(tf.constant(2.0), axis=a), {a: []}) == 2.0


def test_transpose_perm_must_be_a_vector():
    with pytest.raises(ValueError, match="rank 1"):
        tf.transpose(tf.zeros([2, 3, 4]), [[0, 1, 2]])


def test_batch_matmul_v2_allows_int16_but_matmul_does_not():
    a3 = tf.ones([1, 2, 2], tf.int16)
    y = tf.matmul(a3, a3)
    assert y.op.type == "BatchMatMulV2" and y.dtype == tf.int16
    assert run(y).tolist() == [[[2, 2], [2, 2]]]
    with pytest.raises(TypeError):
        tf.matmul(tf.ones([2, 2], tf.int16), tf.ones([2, 2], tf.int16))


def test_matmul_of_unknown_rank_fed_a_vector_fails_at_run():
    u = tf.placeholder(tf.float32)
    m = tf.matmul(u, tf.ones([3, 4]))
    with pytest.raises(errors.InvalidArgumentError):
        run(m, {u: np.ones([3])})
