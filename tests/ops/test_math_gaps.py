"""tf.math special-function gaps: values, dtypes, names and gradients recorded from TF 2.21."""

import numpy as np
import pytest
from kernel_cases.gaps_ops import _TF_UNARY, _X

import tensorweave.compat.v1 as tf

_PUBLIC = {"BesselJ0": "bessel_j0", "BesselJ1": "bessel_j1", "BesselY0": "bessel_y0", "BesselY1": "bessel_y1",
           "BesselK0": "bessel_k0", "BesselK0e": "bessel_k0e", "BesselK1": "bessel_k1", "BesselK1e": "bessel_k1e",
           "Dawsn": "dawsn", "Expint": "expint", "FresnelCos": "fresnel_cos", "FresnelSin": "fresnel_sin",
           "Spence": "spence"}


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.mark.parametrize("op_type", sorted(_PUBLIC))
def test_special_functions_match_tf(op_type):
    with tf.Graph().as_default():
        fn = getattr(tf.math.special, _PUBLIC[op_type])
        y64, y32 = fn(_X), fn(_X.astype(np.float32))
        assert y64.op.type == op_type and y64.dtype == tf.float64 and y32.dtype == tf.float32
        assert y64.op.name == "%s/%s" % (_PUBLIC[op_type], op_type)
        v64, v32 = _run([y64, y32])
    np.testing.assert_allclose(v64, _TF_UNARY[op_type], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(v32, _TF_UNARY[op_type], rtol=2e-5, atol=1e-7)


def test_special_function_domains_match_tf():
    x = np.array([-3.0, -0.5, 0.0])
    with tf.Graph().as_default():
        s = tf.math.special
        out = _run([s.expint(x), s.spence(x), s.bessel_y0(x), s.bessel_k1(x), s.bessel_j1(x), s.dawsn(x)])
    np.testing.assert_array_equal(out[0], [np.nan, np.nan, -np.inf])
    np.testing.assert_array_equal(out[1], [np.nan, np.nan, 1.6449340668482264])
    np.testing.assert_array_equal(out[2], [-np.inf, -np.inf, -np.inf])
    np.testing.assert_array_equal(out[3], [np.inf, np.inf, np.inf])
    np.testing.assert_allclose(out[4], [-0.33905895852593654, -0.24226845767487387, 0.0], rtol=1e-12)
    np.testing.assert_allclose(out[5], [-0.17827103061055835, -0.4244363835020223, 0.0], rtol=1e-12)


def test_large_arguments_match_tf():
    with tf.Graph().as_default():
        s = tf.math.special
        x = np.float64(100.0)
        out = _run([s.bessel_j0(x), s.bessel_y1(x), s.expint(x), s.fresnel_cos(x), s.bessel_k0e(x)])
    np.testing.assert_allclose(out, [0.01998585030422333, -0.020372312002759324, 2.71555274485388e+41,
                                     0.4999998986788171, 0.1251756216591266], rtol=1e-6)


def test_igamma_family_matches_tf():
    a = np.array([0.5, 1.0, 2.0, 10.0, 0.0, -1.0, 3.0, 2.0])
    x = np.array([0.3, 2.0, 1.5, 12.0, 1.0, 1.0, 0.0, np.inf])
    with tf.Graph().as_default():
        p, q = tf.math.igamma(a, x), tf.igammac(a, x)
        assert p.op.type == "Igamma" and q.op.type == "Igammac" and p.op.name == "Igamma"
        p32 = tf.igamma(a.astype(np.float32), x.astype(np.float32))
        vp, vq, v32 = _run([p, q, p32])
    np.testing.assert_allclose(vp, [0.5614219739190001, 0.8646647167633873, 0.44217459962892536,
                                    0.757607838329488, np.nan, np.nan, 0.0, 1.0], rtol=1e-9)
    np.testing.assert_allclose(vq, [0.43857802608099994, 0.1353352832366127, 0.5578254003710746,
                                    0.24239216167051197, np.nan, np.nan, 1.0, 0.0], rtol=1e-9)
    assert v32.dtype == np.float32
    np.testing.assert_allclose(v32, vp, rtol=1e-5)


def test_igamma_gradient_matches_tf():
    with tf.Graph().as_default():
        a = tf.constant([0.5, 1.0, 2.0, 10.0], tf.float64)
        x = tf.constant([0.3, 2.0, 1.5, 12.0], tf.float64)
        ga, gx = tf.gradients(tf.reduce_sum(tf.math.igamma(a, x)), [a, x])
        va, vx = _run([ga, gx])
    np.testing.assert_allclose(va, [-0.7705703513753518, -0.22082542621185938, -0.31348863782507946,
                                    -0.09717797203717947], rtol=1e-7)
    np.testing.assert_allclose(vx, np.exp(-np.array([0.3, 2.0, 1.5, 12.0])) * np.array([0.3, 2.0, 1.5, 12.0]) ** (
        np.array([0.5, 1.0, 2.0, 10.0]) - 1) / np.array([np.sqrt(np.pi), 1.0, 1.0, 362880.0]), rtol=1e-9)


def test_betainc_zeta_polygamma_match_tf():
    with tf.Graph().as_default():
        b = tf.math.betainc([0.5, 2.0, 5.0, 1.0, 2.0, -1.0], [0.5, 3.0, 1.5, 1.0, 2.0, 1.0],
                            [0.3, 0.8, 0.95, 0.0, 1.0, 0.5])
        bs = tf.betainc(2.0, [0.5, 3.0], [0.3, 0.8])
        z = tf.math.zeta([2.0, 3.0, 1.5, 1.0, 0.5, 2.0, 2.0, 2.5], [1.0, 2.5, 0.3, 1.0, 1.0, -2.0, -1.5, -1.5])
        pg = tf.math.polygamma([0.0, 1.0, 2.0, 3.0, 1.5, -1.0, 1.0], [2.5, 0.7, 3.0, 1.2, 1.0, 1.0, 0.0])
        assert (b.op.type, z.op.type, pg.op.type) == ("Betainc", "Zeta", "Polygamma")
        assert b.dtype == tf.float32
        vb, vbs, vz, vp = _run([b, bs, z, pg])
    np.testing.assert_allclose(vb, [0.36901015043258667, 0.9728000164031982, 0.9105891585350037, 0.0, 1.0, np.nan],
                               rtol=1e-5)
    np.testing.assert_allclose(vbs, [0.03784096613526344, 0.9728000164031982], rtol=1e-5)
    np.testing.assert_allclose(vz, [1.644934058189392, 0.11810202151536942, 8.237762451171875, np.inf, np.nan,
                                    np.inf, 9.379246711730957, np.nan], rtol=1e-5)
    np.testing.assert_allclose(vp, [0.7031568288803101, 2.8340485095977783, -0.1541137993335724, 3.244994640350342,
                                    np.nan, np.nan, np.inf], rtol=1e-5)


def test_betainc_rejects_mismatched_shapes():
    with tf.Graph().as_default(), pytest.raises(ValueError):
        tf.math.betainc([1.0, 2.0], [1.0, 2.0, 3.0], [0.1, 0.2])


def test_betainc_gradient_is_only_for_x():
    with tf.Graph().as_default():
        a, b, x = (tf.constant(v, tf.float64) for v in ([2.0, 0.5], [3.0, 1.5], [0.4, 0.7]))
        grads = tf.gradients(tf.reduce_sum(tf.math.betainc(a, b, x)), [a, b, x])
        assert grads[0] is None and grads[1] is None
        gx = _run(grads[2])
    # d/dx I_x(a, b) = x^(a-1) (1-x)^(b-1) / B(a, b)
    np.testing.assert_allclose(gx, [12 * 0.4 * 0.6 ** 2, 0.7 ** -0.5 * 0.3 ** 0.5 / (np.pi / 2)],
                               rtol=1e-9)


def test_betainc_gradient_with_unit_b_is_finite_beyond_one():
    # Regression: (b - 1) * log1p(-x) gave 0 * NaN for b = 1, x > 1; TF's xlog1py gives 0.
    with tf.Graph().as_default():
        x = tf.constant([2.0, 0.5])
        g = tf.gradients(tf.reduce_sum(tf.math.betainc(tf.constant([3.0, 3.0]),
                                                       tf.constant([1.0, 1.0]), x)), x)[0]
        gx = _run(g)
    np.testing.assert_allclose(gx, [3 * 2.0 ** 2, 3 * 0.5 ** 2], rtol=1e-5)  # TF: [12., 0.75]


def test_nextafter_lbeta_erfcinv_match_tf():
    with tf.Graph().as_default():
        n = tf.math.nextafter(np.float32([1.0, 0.0, 2.0]), np.float32([2.0, -1.0, 2.0]))
        assert tf.math.nextafter(1.0, 2.0).dtype == tf.float32
        lb = tf.math.lbeta([[1.0, 2.0, 3.0], [0.5, 0.5, 2.0]])
        assert lb.name == "lbeta/sub:0"
        empty = tf.lbeta(tf.zeros([2, 0]))
        e = tf.math.erfcinv([0.1, 0.5, 1.0, 1.5, 1.9, 0.0, 2.0])
        assert e.name == "erfcinv/mul_1:0"
        vn, vl, ve, vi = _run([n, lb, empty, e])
    np.testing.assert_array_equal(vn, np.float32([1.0000001192092896, -1.401298464324817e-45, 2.0]))
    np.testing.assert_allclose(vl, [-4.094344615936279, 0.451582670211792], rtol=1e-6)
    np.testing.assert_array_equal(ve, [-np.inf, -np.inf])
    np.testing.assert_allclose(vi, [1.1630871295928955, 0.47693631052970886, 0.0, -0.47693631052970886,
                                    -1.1630871295928955, np.inf, -np.inf], rtol=1e-6, atol=1e-7)


def test_igamma_rejects_integers():
    with tf.Graph().as_default(), pytest.raises(TypeError):
        tf.math.igamma(np.int32([1, 2]), np.int32([2, 3]))
