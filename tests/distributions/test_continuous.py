"""tf.distributions continuous families against NumPy/math reference formulas."""

import math
import os
import subprocess
import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

D = tf.distributions
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lgamma = np.vectorize(math.lgamma)
erf = np.vectorize(math.erf)


def run(*fetches, feed=None):
    with tf.Session() as s:
        return s.run(list(fetches), feed)


def digamma(x, h=1e-5):
    return (lgamma(x + h) - lgamma(x - h)) / (2 * h)


def test_normal_densities_and_statistics_match_formulas():
    loc, scale = np.array([0., 1.5]), np.array([1., 2.])
    x = np.array([[0.3, -1.], [2., 4.]])
    d = D.Normal(loc.astype(np.float32), scale.astype(np.float32))
    lp, cdf, sf, q, ent, mean, std, var = run(
        d.log_prob(x), d.cdf(x), d.survival_function(x), d.quantile([0.2, 0.9]), d.entropy(),
        d.mean(), d.stddev(), d.variance())
    z = (x - loc) / scale
    np.testing.assert_allclose(lp, -0.5 * z ** 2 - np.log(scale) - 0.5 * np.log(2 * np.pi),
                               rtol=1e-5)
    np.testing.assert_allclose(cdf, 0.5 * (1 + erf(z / np.sqrt(2))), rtol=1e-5)
    np.testing.assert_allclose(sf, 1 - cdf, atol=1e-6)
    qz = (q - loc) / scale
    np.testing.assert_allclose(0.5 * (1 + erf(qz / np.sqrt(2))), [0.2, 0.9], atol=1e-5)
    np.testing.assert_allclose(ent, 0.5 * np.log(2 * np.pi * np.e * scale ** 2), rtol=1e-5)
    np.testing.assert_allclose(mean, loc)
    np.testing.assert_allclose(std, scale)
    np.testing.assert_allclose(var, scale ** 2)


def test_normal_log_cdf_is_finite_far_in_the_tails():
    d = D.Normal(0., 1.)
    x = np.array([-40., -12., -3., 0., 3., 12.], np.float32)
    log_cdf, log_sf = run(d.log_cdf(x), d.log_survival_function(x))
    # Mills-ratio asymptote for the lower tail, and log1p(-tiny) ~ 0 for the upper one.
    mills = -0.5 * x[:2] ** 2 - np.log(-x[:2]) - 0.5 * np.log(2 * np.pi)
    np.testing.assert_allclose(log_cdf[:2], mills, rtol=1e-3)
    np.testing.assert_allclose(log_cdf[2:4], np.log(0.5 * (1 + erf(x[2:4] / np.sqrt(2)))),
                               rtol=1e-5)
    assert np.all(np.isfinite(log_sf))
    np.testing.assert_allclose(log_sf[5], mills[1], rtol=1e-3)  # log_sf(12) = log_cdf(-12)


def test_normal_names_shapes_and_parameters_follow_tf():
    d = D.Normal(loc=[0., 1.], scale=2.)
    assert d.name == "Normal/"
    assert d.loc.name == "Normal/loc:0"
    assert d.log_prob(0.5).name == "Normal/log_prob/sub:0"
    assert d.sample(3, seed=1).name == "Normal/sample/Reshape:0"
    assert d.batch_shape.as_list() == [2] and d.event_shape.as_list() == []
    assert d.parameters == {"loc": [0., 1.], "scale": 2., "validate_args": False,
                            "allow_nan_stats": True, "name": "Normal"}
    assert D.Normal(0., 1.).name == "Normal_1/"
    assert d.copy(loc=5.).parameters["loc"] == 5.
    assert d.reparameterization_type is D.FULLY_REPARAMETERIZED


def test_normal_seeded_samples_match_recorded_tf_values():
    d = D.Normal(loc=[0., 1.], scale=2.)
    [v] = run(d.sample(3, seed=1))
    # Recorded from TF 2.21 (graph seed unset, op seed 1).
    np.testing.assert_allclose(v, [[-1.6226364, 3.9691975], [0.13065875, -3.8854084],
                                   [0.1984968, 2.1824486]], rtol=1e-5)


def test_sample_shape_with_fed_batch_and_fed_sample_shape():
    loc = tf.placeholder(tf.float32, [None, 3])
    n = tf.placeholder(tf.int32, [2])
    d = D.Normal(loc, 1.)
    s = d.sample(n, seed=1)
    assert s.shape.as_list() == [None, None, None, 3]
    [shape] = run(tf.shape(s), feed={loc: np.zeros([4, 3]), n: [2, 5]})
    assert shape.tolist() == [2, 5, 4, 3]


def test_reparameterized_sample_gradients_flow_to_loc_and_scale():
    loc = tf.Variable([0.5, -1.])
    scale = tf.Variable([1., 2.])
    s = D.Normal(loc, scale).sample(4, seed=3)
    g_loc, g_scale = tf.gradients(tf.reduce_sum(s), [loc, scale])
    noise = tf.random_normal([4, 2], seed=3)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        gl, gs, eps = sess.run([g_loc, g_scale, noise])
    np.testing.assert_allclose(gl, [4., 4.])
    np.testing.assert_allclose(gs, eps.sum(0), rtol=1e-5)


def test_kl_normal_normal_matches_formula_and_is_zero_for_itself():
    p = D.Normal([0., 1.], [1., 2.])
    q = D.Normal(0.5, 1.5)
    kl, self_kl, ce, ent = run(D.kl_divergence(p, q), D.kl_divergence(p, p), p.cross_entropy(q),
                               p.entropy())
    m1, s1, m2, s2 = np.array([0., 1.]), np.array([1., 2.]), 0.5, 1.5
    ref = np.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - 0.5
    np.testing.assert_allclose(kl, ref, rtol=1e-5)
    np.testing.assert_allclose(self_kl, 0., atol=1e-6)
    np.testing.assert_allclose(ce, ent + kl, rtol=1e-5)


def test_uniform_density_cdf_and_moments():
    d = D.Uniform([0., -1.], [1., 3.])
    x = np.array([[0.5, 2.], [-0.1, 3.]], np.float32)
    p, cdf, ent, mean, var = run(d.prob(x), d.cdf(x), d.entropy(), d.mean(), d.variance())
    np.testing.assert_allclose(p, [[1., 0.25], [0., 0.]])
    np.testing.assert_allclose(cdf, [[0.5, 0.75], [0., 1.]])
    np.testing.assert_allclose(ent, np.log([1., 4.]), rtol=1e-6)
    np.testing.assert_allclose(mean, [0.5, 1.])
    np.testing.assert_allclose(var, np.array([1., 16.]) / 12, rtol=1e-6)
    [u] = run(D.Uniform(2., 5.).sample(1000, seed=4))
    assert u.min() >= 2. and u.max() < 5.


def test_laplace_matches_formulas():
    d = D.Laplace([0., 1.], [1., 0.5])
    x = np.array([-2., 1.5], np.float32)
    lp, cdf, lcdf, ent = run(d.log_prob(x), d.cdf(x), d.log_cdf(x), d.entropy())
    loc, b = np.array([0., 1.]), np.array([1., 0.5])
    np.testing.assert_allclose(lp, -np.abs(x - loc) / b - np.log(2 * b), rtol=1e-5)
    ref_cdf = np.where(x < loc, 0.5 * np.exp((x - loc) / b), 1 - 0.5 * np.exp(-(x - loc) / b))
    np.testing.assert_allclose(cdf, ref_cdf, rtol=1e-5)
    np.testing.assert_allclose(lcdf, np.log(ref_cdf), rtol=1e-5)
    np.testing.assert_allclose(ent, 1 + np.log(2 * b), rtol=1e-5)


def test_gamma_and_exponential_match_formulas():
    a, r = np.array([0.5, 2., 5.]), np.array([1., 2., 0.5])
    x = np.array([0.3, 1.7, 8.])
    d = D.Gamma(a.astype(np.float32), r.astype(np.float32))
    lp, ent, mean, var, mode = run(d.log_prob(x), d.entropy(), d.mean(), d.variance(), d.mode())
    ref = a * np.log(r) + (a - 1) * np.log(x) - r * x - lgamma(a)
    np.testing.assert_allclose(lp, ref, rtol=1e-5)
    np.testing.assert_allclose(ent, a - np.log(r) + lgamma(a) + (1 - a) * digamma(a), rtol=1e-4)
    np.testing.assert_allclose(mean, a / r, rtol=1e-6)
    np.testing.assert_allclose(var, a / r ** 2, rtol=1e-6)
    assert np.isnan(mode[0]) and np.allclose(mode[1:], (a[1:] - 1) / r[1:])
    e = D.Exponential([0.5, 2.])
    lp, cdf, lsf = run(e.log_prob(1.5), e.cdf(1.5), e.log_survival_function(1.5))
    np.testing.assert_allclose(lp, np.log([0.5, 2.]) - np.array([0.5, 2.]) * 1.5, rtol=1e-5)
    np.testing.assert_allclose(cdf, 1 - np.exp(-np.array([0.5, 2.]) * 1.5), rtol=1e-5)
    np.testing.assert_allclose(lsf, -np.array([0.5, 2.]) * 1.5, rtol=1e-5)
    assert sorted(e.parameters) == ["allow_nan_stats", "name", "rate", "validate_args"]


def test_gamma_family_kl_matches_formula_and_subclass_lookup():
    kl, kl_exp = run(D.kl_divergence(D.Gamma(2., 3.), D.Gamma(4., 1.)),
                     D.kl_divergence(D.Exponential(2.), D.Exponential(0.5)))
    a0, b0, a1, b1 = 2., 3., 4., 1.
    ref = ((a0 - a1) * digamma(a0) - lgamma(a0) + lgamma(a1)
           + a1 * (np.log(b0) - np.log(b1)) + a0 * (b1 - b0) / b0)
    np.testing.assert_allclose(kl, ref, rtol=1e-4)
    np.testing.assert_allclose(kl_exp, np.log(2. / 0.5) + 0.5 / 2. - 1., rtol=1e-5)


def test_beta_matches_formulas():
    a, b = np.array([0.5, 2., 3.]), np.array([0.5, 5., 1.5])
    x = np.array([0.2, 0.4, 0.9])
    d = D.Beta(a.astype(np.float32), b.astype(np.float32))
    lp, mean, var, cdf = run(d.log_prob(x), d.mean(), d.variance(), d.cdf(x))
    lbeta = lgamma(a) + lgamma(b) - lgamma(a + b)
    np.testing.assert_allclose(lp, (a - 1) * np.log(x) + (b - 1) * np.log1p(-x) - lbeta,
                               rtol=1e-5)
    np.testing.assert_allclose(mean, a / (a + b), rtol=1e-6)
    np.testing.assert_allclose(var, a * b / ((a + b) ** 2 * (a + b + 1)), rtol=1e-5)
    # Beta(2, 5) cdf at 0.4 in closed form: 1 - (1-x)^6 - 6x(1-x)^5.
    np.testing.assert_allclose(cdf[1], 1 - 0.6 ** 6 - 6 * 0.4 * 0.6 ** 5, rtol=1e-5)


def test_student_t_matches_formulas_and_heavy_tail_moments():
    df, loc, scale = np.array([0.8, 1.5, 4.]), np.array([0., 1., -1.]), np.array([1., 2., .5])
    x = np.array([0.5, -2., 0.])
    d = D.StudentT(df.astype(np.float32), loc.astype(np.float32), scale.astype(np.float32))
    lp, mean, var, cdf = run(d.log_prob(x), d.mean(), d.variance(), d.cdf(x))
    y = (x - loc) / scale
    ref = (lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * np.log(df * np.pi) - np.log(scale)
           - (df + 1) / 2 * np.log1p(y ** 2 / df))
    np.testing.assert_allclose(lp, ref, rtol=1e-5)
    assert np.isnan(mean[0]) and mean[1] == 1. and mean[2] == -1.
    assert np.isnan(var[0]) and np.isinf(var[1])
    np.testing.assert_allclose(var[2], 0.25 * 4. / 2., rtol=1e-6)
    assert 0.5 < cdf[2] < 1.  # x above loc
    [c] = run(D.StudentT(1., 0., 1.).cdf([-1., 0., 1.]))  # Cauchy: 1/2 + atan(x)/pi
    np.testing.assert_allclose(c, 0.5 + np.arctan([-1., 0., 1.]) / np.pi, rtol=1e-5)


def test_dirichlet_matches_formulas():
    c = np.array([1., 2., 3.])
    x = np.array([0.2, 0.3, 0.5])
    d = D.Dirichlet(c.astype(np.float32))
    lp, mean, var, cov, kl = run(d.log_prob(x), d.mean(), d.variance(), d.covariance(),
                                 D.kl_divergence(d, d))
    a0 = c.sum()
    ref = lgamma(a0) - lgamma(c).sum() + ((c - 1) * np.log(x)).sum()
    np.testing.assert_allclose(lp, ref, rtol=1e-5)
    m = c / a0
    np.testing.assert_allclose(mean, m, rtol=1e-6)
    ref_cov = (np.diag(m) - np.outer(m, m)) / (a0 + 1)
    np.testing.assert_allclose(cov, ref_cov, atol=1e-6)
    np.testing.assert_allclose(var, np.diag(ref_cov), atol=1e-6)
    np.testing.assert_allclose(kl, 0., atol=1e-5)
    assert d.batch_shape.as_list() == [] and d.event_shape.as_list() == [3]


@pytest.mark.parametrize("make, tol", [
    (lambda: D.Gamma(3., 2.), 0.1), (lambda: D.Beta(2., 5.), 0.02),
    (lambda: D.Dirichlet([1., 2., 3.]), 0.02), (lambda: D.StudentT(5., 1., 2.), 0.15),
    (lambda: D.Exponential(2.), 0.05), (lambda: D.Laplace(1., 2.), 0.15)])
def test_sample_means_agree_with_analytic_means(make, tol):
    d = make()
    m, ref = run(tf.reduce_mean(d.sample(4000, seed=5), 0), d.mean())
    np.testing.assert_allclose(m, ref, atol=tol)


def test_validate_args_raises_invalid_argument_at_run_time():
    scale = tf.placeholder(tf.float32)
    lp = D.Normal(0., scale, validate_args=True).log_prob(0.)
    with tf.Session() as s:
        assert np.isfinite(s.run(lp, {scale: 2.}))
        with pytest.raises(tf.errors.InvalidArgumentError):
            s.run(lp, {scale: -1.})


def test_bad_parameter_dtypes_raise_value_error():
    with pytest.raises(ValueError):
        D.Normal(0, 1)
    with pytest.raises(ValueError):
        D.Normal(tf.constant(0., tf.float64), 1.)
    with pytest.raises(ValueError):
        D.Dirichlet(1.)


def test_unimplemented_methods_name_method_and_class():
    with pytest.raises(NotImplementedError, match="mode is not implemented: Uniform"):
        D.Uniform().mode()
    with pytest.raises(NotImplementedError, match="covariance is not implemented: Normal"):
        D.Normal(0., 1.).covariance()


def test_importing_compat_v1_does_not_load_distributions():
    code = ("import sys, tensorweave.compat.v1 as tf; "
            "assert not [m for m in sys.modules if m.startswith('tensorweave.distributions')]; "
            "tf.distributions.Normal; "
            "assert 'tensorweave.distributions' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env=dict(os.environ, PYTHONPATH=ROOT))


def test_namespace_holds_exactly_tf_names():
    assert sorted(n for n in dir(D) if not n.startswith("_")) == [
        "Bernoulli", "Beta", "Categorical", "Dirichlet", "DirichletMultinomial", "Distribution",
        "Exponential", "FULLY_REPARAMETERIZED", "Gamma", "Laplace", "Multinomial",
        "NOT_REPARAMETERIZED", "Normal", "RegisterKL", "ReparameterizationType", "StudentT",
        "Uniform", "kl_divergence"]
