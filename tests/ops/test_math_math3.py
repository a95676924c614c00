"""Math behaviours found by the math3 conformance sweep (values from TF 2.21): segment_prod
gradients with zeros, digamma's gradient, lgamma(-inf), gather gradients with batch_dims,
histogram_fixed_width(_bins) dtypes, top_k's scalar k and unique_with_counts' run-time rank check."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.tensor_util import constant_value
from tensorweave.training.gradient_checker import check_gradient


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


# ------------------------------------------------------------------- segments
def test_segment_prod_gradient_with_zeros_is_the_product_of_the_others():
    with tf.Graph().as_default():
        d = tf.constant([[1.0, 5.0], [3.0, 2.0], [3.0, -1.0], [0.0, 4.0], [0.0, 0.0], [2.0, 0.0]])
        ids = tf.constant([0, 0, 1, 3, 4, 4])
        g = tf.gradients(tf.segment_prod(d, ids), d)[0]
        ug = tf.gradients(tf.unsorted_segment_prod(d, tf.constant([0, 0, 1, 3, 4, -1]), 5), d)[0]
        got, ugot = _run([g, ug])
    # A lone zero gets the product of the rest of its segment; two zeros give zero gradients.
    np.testing.assert_allclose(got, [[3, 2], [1, 5], [1, 1], [1, 1], [2, 0], [0, 0]])
    np.testing.assert_allclose(ugot, [[3, 2], [1, 5], [1, 1], [1, 1], [1, 1], [0, 0]])


def test_segment_prod_gradient_matches_numeric_away_from_zero():
    data = np.array([[1.5, -2.0], [0.5, 3.0], [2.0, 1.0]])
    check_gradient(lambda x: tf.segment_prod(x, [0, 0, 1]), [data])
    check_gradient(lambda x: tf.unsorted_segment_prod(x, [1, -1, 1], 2), [data])


# ---------------------------------------------------------- special functions
def test_digamma_gradient_is_trigamma():
    check_gradient(tf.digamma, [np.array([0.5, 1.5, 3.0])])
    with tf.Graph().as_default():
        x = tf.constant([0.5, 1.5, 3.0])
        g = _run(tf.gradients(tf.reduce_sum(tf.digamma(x)), x)[0])
    np.testing.assert_allclose(g, [4.934802, 0.934802, 0.394934], rtol=1e-5)


def test_lgamma_of_minus_infinity_is_plus_infinity():
    with tf.Graph().as_default():
        got = _run(tf.lgamma(tf.constant([-np.inf, np.inf, -3.5])))
    assert got[0] == np.inf and got[1] == np.inf
    np.testing.assert_allclose(got[2], -1.3090066, rtol=1e-5)


# ---------------------------------------------------------------------- gather
@pytest.mark.parametrize("axis,batch_dims,indices", [
    (1, 1, [[1, 1], [0, 2]]),
    (2, 1, [[0, 3, 3], [1, 2, 0]]),
    (2, 2, [[[0], [3], [1]], [[2], [2], [0]]]),
    (2, -1, [[[0, 1], [3, 3], [1, 0]], [[2, 1], [2, 2], [0, 0]]]),
])
def test_gather_gradient_with_batch_dims(axis, batch_dims, indices):
    params = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
    check_gradient(lambda p: tf.gather(p, indices, axis=axis, batch_dims=batch_dims), [params])


def test_gather_folds_to_a_constant_when_its_inputs_are_constant():
    with tf.Graph().as_default():
        g = tf.gather(tf.shape(tf.ones([2, 3, 4])), tf.constant([2, 0]))
        np.testing.assert_array_equal(constant_value(g), [4, 2])
        diff, _ = tf.setdiff1d(tf.range(4), tf.constant([1, 3]))
        np.testing.assert_array_equal(constant_value(diff), [0, 2])
        sel = tf.where_v2(tf.constant([True, False]), tf.constant([1, 2]), tf.constant([3, 4]))
        np.testing.assert_array_equal(constant_value(sel), [1, 4])


# -------------------------------------------------------------------- histograms
def test_histogram_fixed_width_bins_is_always_int32():
    with tf.Graph().as_default():
        b = tf.histogram_fixed_width_bins(tf.constant([0.0, 2.5, 10.0]), [0.0, 10.0], nbins=4, dtype=tf.int64)
        assert b.dtype == tf.int32
        np.testing.assert_array_equal(_run(b), [0, 1, 3])


def test_histogram_fixed_width_range_tensor_of_another_dtype_is_type_error():
    with tf.Graph().as_default(), pytest.raises(TypeError):
        tf.histogram_fixed_width(tf.constant([1.0, 2.0]), tf.constant([0, 1]))


# ------------------------------------------------------------- top_k / unique
def test_top_k_constant_non_scalar_k_is_value_error():
    with tf.Graph().as_default():
        x = tf.ones([2, 3])
        with pytest.raises(ValueError):
            tf.math.top_k(x, tf.constant([1, 2]))
        k = tf.placeholder(tf.int32, [None])
        v, _ = tf.math.top_k(x, k)
        assert v.shape.as_list() == [2, None]
        with pytest.raises(errors.InvalidArgumentError):
            _run(v, {k: [1, 2]})


def test_unique_with_counts_checks_the_rank_when_run():
    with tf.Graph().as_default():
        u = tf.unique_with_counts(tf.ones([2, 2]))
        assert u.idx.shape.as_list() == [2, 2]
        with pytest.raises(errors.InvalidArgumentError):
            _run(u.y)
