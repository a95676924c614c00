"""tf.approx_top_k / tf.math.approx_max_k / approx_min_k (tensorweave/ops/approx_topk_ops.py):
exact top-k against NumPy, static shapes as TF 2.21 declares them, gradient and errors."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

X = np.random.default_rng(5).permutation(60).reshape(3, 5, 4).astype(np.float32)


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_max_and_min_k_match_numpy(axis):
    v, i = _run(list(tf.math.approx_max_k(X, 2, reduction_dimension=axis)))
    order = np.take(np.argsort(-X, axis=axis), [0, 1], axis=axis)
    np.testing.assert_array_equal(i, order)
    np.testing.assert_array_equal(v, np.take_along_axis(X, order, axis=axis))
    v, i = _run(list(tf.math.approx_min_k(X, 2, reduction_dimension=axis)))
    order = np.take(np.argsort(X, axis=axis), [0, 1], axis=axis)
    np.testing.assert_array_equal(v, np.take_along_axis(X, order, axis=axis))
    assert i.dtype == np.int32


def test_aggregate_false_keeps_the_whole_dimension_sorted():
    v, _ = tf.approx_top_k(X, 2, reduction_dimension=1, aggregate_to_topk=False)
    assert v.shape.as_list() == [3, 5, 4]
    np.testing.assert_array_equal(_run(v), -np.sort(-X, axis=1))


def test_gradient_scatters_to_the_chosen_positions():
    x = tf.constant(X)
    v, i = tf.approx_top_k(x, 2, reduction_dimension=1)
    g = tf.gradients(tf.reduce_sum(v * 3.0), x)[0]
    gv, iv = _run([g, i])
    expected = np.zeros_like(X)
    np.put_along_axis(expected, iv.astype(np.int64), 3.0, axis=1)
    np.testing.assert_array_equal(gv, expected)


def test_errors():
    with pytest.raises(ValueError):
        tf.approx_top_k(X, 6, reduction_dimension=1)
    with pytest.raises(ValueError):
        tf.approx_top_k(X, 1, reduction_dimension=3)
    with pytest.raises(TypeError):
        tf.approx_top_k(tf.constant([1, 2]), 1)
