"""tf.random.fold_in / split / create_rng_state and the stateless gamma, Poisson, binomial and
parameterized truncated normal samplers, against values recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_fold_in_matches_tf():
    out = _run(tf.random.fold_in(tf.constant([1, 2]), 3))
    assert out.dtype == np.int32
    np.testing.assert_array_equal(out, [1105988140, 3])
    out = _run(tf.random.fold_in(tf.constant([-7, 123456789], tf.int64), tf.constant(5, tf.int64)))
    np.testing.assert_array_equal(out, [-6986019082601622582, 5])


def test_split_matches_tf_and_keeps_the_seed_dtype():
    out = _run(tf.random.split(tf.constant([1, 2]), 3))
    np.testing.assert_array_equal(out, [[1105988140, 1738052849], [-335576002, 370444179],
                                        [10670227, -246211131]])
    t = tf.random.split(tf.constant([-7, 123456789], tf.int64), 3)
    assert t.dtype == tf.int64 and t.shape.as_list() == [3, 2]
    np.testing.assert_array_equal(_run(t), [[-6986019082601622582, 8049665686018415088],
                                            [4979692837521687652, -2748343450424586852],
                                            [-563798935433851598, -5860759142459100979]])


def test_create_rng_state_words_and_padding():
    assert _run(tf.random.create_rng_state(1234, "philox")).tolist() == [1234, 0, 0]
    assert _run(tf.random.create_rng_state(2 ** 70 + 5, "philox")).tolist() == [5, 64, 0]
    assert _run(tf.random.create_rng_state(2 ** 64 - 1, 1)).tolist() == [-1, 0, 0]
    assert _run(tf.random.create_rng_state([12, 34], "threefry")).tolist() == [12, 34]
    assert _run(tf.random.create_rng_state([5], "philox")).tolist() == [0, 0, 5]
    assert _run(tf.random.create_rng_state([1, 2, 3, 4], "threefry")).tolist() == [1, 2]
    with pytest.raises(ValueError):
        tf.random.create_rng_state(1, "foo")
    with pytest.raises(TypeError):
        tf.random.create_rng_state(1, 1.5)


def test_stateless_gamma_matches_tf():
    out = _run(tf.random.stateless_gamma([3, 2], tf.constant([1, 2]), alpha=[0.5, 3.0]))
    np.testing.assert_allclose(out, [[0.06695361, 3.3503754], [0.62823546, 3.4035149],
                                     [0.18136732, 2.447971]], rtol=1e-6)
    out = _run(tf.random.stateless_gamma([4], tf.constant([1, 2], tf.int64), alpha=1.0, beta=2.0,
                                         dtype=tf.float64))
    np.testing.assert_allclose(out, [1.74972118, 0.85965465, 1.1243676, 0.94675457], rtol=1e-7)


def test_stateless_gamma_alpha_gradient_matches_tf():
    alpha = tf.constant([0.5, 2.0, 4.0])
    x = tf.random.stateless_gamma([5, 3], tf.constant([1, 2]), alpha=alpha)
    g = tf.gradients(tf.reduce_sum(x * x), alpha)[0]
    np.testing.assert_allclose(_run(g), [2.4941356, 26.685955, 43.31752], rtol=1e-5)


def test_stateless_gamma_shape_must_end_with_alpha_shape():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.random.stateless_gamma([3], [1, 2], alpha=[1.0, 2.0]))


def test_stateless_poisson_matches_tf():
    out = _run(tf.random.stateless_poisson([5, 2], tf.constant([1, 2]), lam=[1.5, 40.0]))
    assert out.dtype == np.int32
    np.testing.assert_array_equal(out, [[3, 45], [4, 40], [3, 39], [3, 32], [0, 43]])


def test_stateless_binomial_matches_tf_in_both_regimes():
    s = tf.constant([1, 2])
    out = _run(tf.random.stateless_binomial([4, 3], s, counts=[5.0, 50.0, 200.0],
                                            probs=[0.3, 0.5, 0.9]))
    np.testing.assert_array_equal(out, [[3, 22, 185], [2, 28, 178], [2, 25, 180], [2, 25, 182]])
    out = _run(tf.random.stateless_binomial([2, 3], s, counts=[[10.0], [100.0]],
                                            probs=[0.2, 0.6, 0.95]))
    np.testing.assert_array_equal(out, [[3, 4, 9], [30, 65, 94]])


def test_stateless_binomial_statistics():
    out = _run(tf.random.stateless_binomial([4000], [5, 6], counts=40.0, probs=0.35,
                                            output_dtype=tf.float32))
    assert out.min() >= 0 and out.max() <= 40
    assert abs(out.mean() - 14.0) < 0.3 and abs(out.var() - 9.1) < 0.8


def test_stateless_parameterized_truncated_normal_matches_tf():
    s = tf.constant([1, 2])
    out = _run(tf.random.stateless_parameterized_truncated_normal([7], s))
    np.testing.assert_allclose(out, [0.5441101, 0.20738031, 0.07356432, 0.04643455, -1.3015898,
                                     -0.9538565, 0.84172857], rtol=1e-5)
    out = _run(tf.random.stateless_parameterized_truncated_normal(
        [4, 3], s, means=[0.0, 1.0, -2.0], stddevs=[1.0, 0.5, 2.0], minvals=[-1.0, 1.5, 0.0],
        maxvals=[1.0, 3.0, 10.0]))
    np.testing.assert_allclose(out, [[0.68812084, 1.7541528, 0.6212218],
                                     [-0.61590934, 1.9958516, 1.2883501],
                                     [0.9924464, 1.727848, 0.6508529],
                                     [-0.6792252, 1.5780742, 0.10021973]], rtol=1e-5)
    out = _run(tf.random.stateless_parameterized_truncated_normal(
        [6], s, means=tf.constant(0.0, tf.float64), stddevs=tf.constant(1.0, tf.float64),
        minvals=tf.constant(0.1, tf.float64), maxvals=tf.constant(0.3, tf.float64)))
    np.testing.assert_allclose(out, [0.25049675, 0.29395715, 0.20296237, 0.22154901, 0.26794961,
                                     0.26423004], rtol=1e-7)


def test_stateless_parameterized_truncated_normal_bad_bounds():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.random.stateless_parameterized_truncated_normal([3], [1, 2], minvals=2.0,
                                                                maxvals=1.0))


def test_op_names_follow_tf():
    s = tf.constant([1, 2])
    assert tf.random.fold_in(s, 3).name == "stack:0"
    assert tf.random.stateless_gamma([3], s, alpha=2.0).name == "stateless_random_gamma/Maximum:0"
    assert (tf.random.stateless_poisson([3], s, lam=2.0).name
            == "stateless_random_poisson/StatelessRandomPoisson:0")
