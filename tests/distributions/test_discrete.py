"""tf.distributions discrete families and the KL registry against NumPy references."""

import math

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

D = tf.distributions
lgamma = np.vectorize(math.lgamma)


def run(*fetches, feed=None):
    with tf.Session() as s:
        return s.run(list(fetches), feed)


def log_softmax(x):
    x = np.asarray(x, np.float64)
    return x - np.log(np.exp(x - x.max(-1, keepdims=True)).sum(-1, keepdims=True)) \
        - x.max(-1, keepdims=True)


def test_bernoulli_from_probs_matches_formulas_and_names():
    p = np.array([0.2, 0.5, 0.9])
    d = D.Bernoulli(probs=p.astype(np.float32))
    assert d.dtype == tf.int32 and d.probs.name == "Bernoulli/probs:0"
    assert d.logits.name == "Bernoulli/logits/sub:0"
    lp1, lp0, ent, var, mode, logits = run(d.log_prob(1), d.log_prob([0, 0, 0]), d.entropy(),
                                           d.variance(), d.mode(), d.logits)
    np.testing.assert_allclose(lp1, np.log(p), rtol=1e-5)
    np.testing.assert_allclose(lp0, np.log1p(-p), rtol=1e-5)
    np.testing.assert_allclose(ent, -p * np.log(p) - (1 - p) * np.log1p(-p), rtol=1e-5)
    np.testing.assert_allclose(var, p * (1 - p), rtol=1e-6)
    np.testing.assert_array_equal(mode, [0, 0, 1])
    np.testing.assert_allclose(logits, np.log(p / (1 - p)), rtol=1e-5, atol=1e-6)


def test_bernoulli_log_prob_broadcasts_events_against_the_batch():
    d = D.Bernoulli(logits=[-1., 0.5])
    lp = d.log_prob([[1], [0], [1]])
    assert lp.shape.as_list() == [3, 2]
    [v] = run(lp)
    p = 1 / (1 + np.exp(-np.array([-1., 0.5])))
    np.testing.assert_allclose(v, np.log([p, 1 - p, p]), rtol=1e-5)


def test_bernoulli_seeded_samples_threshold_the_same_uniforms():
    d = D.Bernoulli(probs=[0.2, 0.5, 0.9])
    s = d.sample(50, seed=3)
    u = tf.random_uniform([50, 3], seed=3)
    v, uv = run(s, u)
    assert v.dtype == np.int32
    np.testing.assert_array_equal(v, (uv < [0.2, 0.5, 0.9]).astype(np.int32))


def test_bernoulli_kl_and_gradients():
    logits = tf.Variable([-1., 0.5])
    d = D.Bernoulli(logits=logits)
    q = D.Bernoulli(probs=[0.3, 0.3])
    kl = D.kl_divergence(d, q)
    g = tf.gradients(tf.reduce_sum(d.log_prob([1, 0])), logits)[0]
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        klv, gv = s.run([kl, g])
    p = 1 / (1 + np.exp(-np.array([-1., 0.5])))
    np.testing.assert_allclose(klv, p * np.log(p / 0.3) + (1 - p) * np.log((1 - p) / 0.7),
                               rtol=1e-5)
    np.testing.assert_allclose(gv, [1 - p[0], -p[1]], rtol=1e-5)


def test_bernoulli_and_categorical_need_exactly_one_parametrisation():
    for cls in (D.Bernoulli, D.Categorical):
        with pytest.raises(ValueError, match="Must pass probs or logits, but not both."):
            cls()
        with pytest.raises(ValueError):
            cls(logits=[1., 2.], probs=[0.5, 0.5])
        with pytest.raises(TypeError, match="logits must having floating type"):
            cls(logits=[1, 2])


def test_categorical_statistics_match_softmax_reference():
    logits = np.array([[1., 2., 3.], [0., 0., -1.]])
    d = D.Categorical(logits=logits.astype(np.float32))
    assert d.batch_shape.as_list() == [2] and d.event_shape.as_list() == []
    lp, ent, mode, cdf, probs = run(d.log_prob([2, 0]), d.entropy(), d.mode(), d.cdf([1, 3]),
                                    d.probs)
    ref = log_softmax(logits)
    np.testing.assert_allclose(lp, [ref[0, 2], ref[1, 0]], rtol=1e-5)
    np.testing.assert_allclose(ent, -(np.exp(ref) * ref).sum(-1), rtol=1e-5)
    np.testing.assert_array_equal(mode, [2, 0])
    # TF's Categorical cdf(k) sums the classes strictly below k.
    np.testing.assert_allclose(cdf, [np.exp(ref[0, 0]), 1.], rtol=1e-5)
    np.testing.assert_allclose(probs, np.exp(ref), rtol=1e-5)


def test_categorical_log_prob_rejects_string_values_and_validates_integers():
    with pytest.raises(TypeError, match="`value` should have integer `dtype`"):
        D.Categorical(probs=[0.5, 0.5]).log_prob("a")
    d = D.Categorical(probs=[0.5, 0.5], validate_args=True)
    with tf.Session() as s:
        np.testing.assert_allclose(s.run(d.log_prob(1.)), np.log(0.5), rtol=1e-6)
        with pytest.raises(tf.errors.InvalidArgumentError, match="int32-equivalent"):
            s.run(d.log_prob(2.5))


def test_categorical_seeded_samples_use_multinomial_draws():
    logits = np.array([[0., 1., 2.], [2., 1., 0.]], np.float32)
    d = D.Categorical(logits=logits)
    s, ref = run(d.sample(6, seed=4), tf.multinomial(logits, 6, seed=4, output_dtype=tf.int32))
    assert s.shape == (6, 2) and s.dtype == np.int32
    np.testing.assert_array_equal(s, ref.T)
    [f] = run(D.Categorical(logits=[0., 1.], dtype=tf.float32).sample(3, seed=1))
    assert f.dtype == np.float32


def test_categorical_kl_and_policy_gradient():
    logits = tf.Variable([[0.5, -0.2, 1.]])
    pi = D.Categorical(logits=logits)
    old = D.Categorical(probs=[[0.3, 0.3, 0.4]])
    kl = D.kl_divergence(pi, old)
    g = tf.gradients(pi.log_prob([2]), logits)[0]
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        klv, gv = s.run([kl, g])
    p = np.exp(log_softmax([[0.5, -0.2, 1.]]))
    np.testing.assert_allclose(klv, (p * np.log(p / [0.3, 0.3, 0.4])).sum(-1), rtol=1e-5)
    np.testing.assert_allclose(gv, np.array([[0., 0., 1.]]) - p, rtol=1e-5, atol=1e-7)


def test_multinomial_log_prob_and_moments():
    p = np.array([0.2, 0.3, 0.5])
    d = D.Multinomial(total_count=4., probs=p.astype(np.float32))
    counts = np.array([1., 1., 2.])
    lp, mean, var, cov = run(d.log_prob(counts), d.mean(), d.variance(), d.covariance())
    ref = (lgamma(5.) - lgamma(counts + 1).sum() + (counts * np.log(p)).sum())
    np.testing.assert_allclose(lp, ref, rtol=1e-5)
    np.testing.assert_allclose(mean, 4 * p, rtol=1e-6)
    np.testing.assert_allclose(var, 4 * p * (1 - p), rtol=1e-6)
    np.testing.assert_allclose(cov, 4 * (np.diag(p) - np.outer(p, p)), rtol=1e-5, atol=1e-7)
    [s] = run(d.sample(100, seed=2))
    assert s.shape == (100, 3)
    np.testing.assert_array_equal(s.sum(-1), 4.)


def test_dirichlet_multinomial_log_prob_and_moments():
    c = np.array([1., 2., 3.])
    n = 5.
    d = D.DirichletMultinomial(n, c.astype(np.float32))
    counts = np.array([1., 2., 2.])
    lp, mean, var, cov = run(d.log_prob(counts), d.mean(), d.variance(), d.covariance())
    a0 = c.sum()
    ref = (lgamma(n + 1) - lgamma(counts + 1).sum() + lgamma(a0) - lgamma(n + a0)
           + (lgamma(counts + c) - lgamma(c)).sum())
    np.testing.assert_allclose(lp, ref, rtol=1e-5)
    p = c / a0
    np.testing.assert_allclose(mean, n * p, rtol=1e-6)
    spread = (n + a0) / (1 + a0)
    np.testing.assert_allclose(cov, n * spread * (np.diag(p) - np.outer(p, p)), rtol=1e-5,
                               atol=1e-6)
    np.testing.assert_allclose(var, np.diag(cov), rtol=1e-5)
    [s] = run(d.sample(50, seed=3))
    np.testing.assert_array_equal(s.sum(-1), n)


def test_multinomial_validate_args_checks_counts_sum():
    d = D.Multinomial(2., probs=[0.5, 0.5], validate_args=True)
    with tf.Session() as s, pytest.raises(tf.errors.InvalidArgumentError, match="counts must sum"):
        s.run(d.log_prob([1., 2.]))


def test_register_kl_uses_the_closest_registered_ancestors():
    class MyNormal(D.Normal):
        pass

    class Other(D.Uniform):
        pass

    @D.RegisterKL(MyNormal, Other)
    def _kl(a, b, name=None):
        return tf.constant(42.)

    [v, w] = run(D.kl_divergence(MyNormal(0., 1.), Other()),
                 D.kl_divergence(MyNormal(0., 1.), D.Normal(0., 1.)))
    assert v == 42. and w == 0.
    with pytest.raises(ValueError, match="already been registered"):
        D.RegisterKL(MyNormal, Other)(_kl)
    with pytest.raises(TypeError, match="kl_fn must be callable"):
        D.RegisterKL(D.Laplace, D.Laplace)(3)
    with pytest.raises(NotImplementedError, match="No KL"):
        D.kl_divergence(D.Uniform(), D.Normal(0., 1.))


def test_kl_without_nan_stats_checks_at_run_time():
    kl = D.kl_divergence(D.Normal(0., 1.), D.Normal(0., 0.), allow_nan_stats=False)
    assert kl.name == "KullbackLeibler/checked_kl:0"
    with tf.Session() as s, pytest.raises(tf.errors.InvalidArgumentError, match="returned NaN values"):
        s.run(kl)
