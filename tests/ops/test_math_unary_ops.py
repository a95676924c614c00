"""Element-wise unary math, complex basics and Bitcast against NumPy references."""

import math

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


_X = np.array([0.1, 0.5, 0.9, 1.7, 3.0])
_erf = np.vectorize(math.erf)
_lgamma = np.vectorize(math.lgamma)

UNARY_CASES = [
    ("sqrt", tf.sqrt, np.sqrt, "Sqrt"), ("rsqrt", tf.rsqrt, lambda x: 1 / np.sqrt(x), "Rsqrt"),
    ("exp", tf.exp, np.exp, "Exp"), ("expm1", tf.expm1, np.expm1, "Expm1"),
    ("log", tf.log, np.log, "Log"), ("log1p", tf.log1p, np.log1p, "Log1p"),
    ("sin", tf.sin, np.sin, "Sin"), ("cos", tf.cos, np.cos, "Cos"), ("tan", tf.tan, np.tan, "Tan"),
    ("asin", lambda x: tf.asin(x / 4), lambda x: np.arcsin(x / 4), "Asin"),
    ("acos", lambda x: tf.acos(x / 4), lambda x: np.arccos(x / 4), "Acos"),
    ("atan", tf.atan, np.arctan, "Atan"), ("sinh", tf.sinh, np.sinh, "Sinh"), ("cosh", tf.cosh, np.cosh, "Cosh"),
    ("tanh", tf.tanh, np.tanh, "Tanh"), ("asinh", tf.asinh, np.arcsinh, "Asinh"),
    ("acosh", lambda x: tf.acosh(x + 1), lambda x: np.arccosh(x + 1), "Acosh"),
    ("atanh", lambda x: tf.atanh(x / 4), lambda x: np.arctanh(x / 4), "Atanh"),
    ("sigmoid", tf.sigmoid, lambda x: 1 / (1 + np.exp(-x)), "Sigmoid"),
    ("erf", tf.erf, _erf, "Erf"), ("erfc", tf.erfc, lambda x: 1 - _erf(x), "Erfc"),
    ("lgamma", tf.lgamma, _lgamma, "Lgamma"),
    ("reciprocal", tf.reciprocal, np.reciprocal, "Reciprocal"), ("square", tf.square, np.square, "Square"),
    ("negative", tf.negative, np.negative, "Neg"), ("abs", lambda x: tf.abs(-x), np.abs, "Abs"),
    ("sign", lambda x: tf.sign(x - 1), lambda x: np.sign(x - 1), "Sign"),
    ("floor", tf.floor, np.floor, "Floor"), ("ceil", tf.ceil, np.ceil, "Ceil"),
]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name,fn,ref,op_type", UNARY_CASES, ids=[c[0] for c in UNARY_CASES])
def test_unary_kernels_match_numpy_and_keep_dtype(dtype, name, fn, ref, op_type):
    x = _X.astype(dtype)
    t = fn(tf.constant(x))
    assert t.op.type == op_type
    assert t.dtype.as_numpy_dtype == dtype
    out = run(t)
    assert out.dtype == dtype
    tol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(out, ref(x.astype(np.float64)), rtol=tol, atol=tol)


def test_unary_ops_keep_static_shape_with_unknown_dims():
    x = tf.placeholder(tf.float32, [None, 3])
    for fn in (tf.sqrt, tf.exp, tf.sigmoid, tf.is_nan, tf.floor):
        assert fn(x).shape.as_list() == [None, 3]
    assert tf.tanh(tf.placeholder(tf.float32)).shape.ndims is None


def test_sigmoid_is_accurate_at_the_extremes():
    out = run(tf.sigmoid(tf.constant([-100.0, 100.0, -20.0])))
    # NOTE: TF flushes the denormal sigmoid(-100) to 0; we keep the denormal.
    assert 0.0 <= out[0] < 1e-30 and out[1] == 1.0
    np.testing.assert_allclose(out[2], 2.06115369216775e-09, rtol=1e-5)


def test_round_is_half_to_even_and_keeps_integers():
    x = tf.constant([0.5, 1.5, 2.5, -0.5, -2.5, 2.6])
    assert run(tf.round(x)).tolist() == [0.0, 2.0, 2.0, -0.0, -2.0, 3.0]
    assert run(tf.rint(x)).tolist() == [0.0, 2.0, 2.0, -0.0, -2.0, 3.0]
    i = tf.constant([1, 2])
    assert tf.round(i) is i


def test_sign_of_nan_and_integers():
    out = run(tf.sign(tf.constant([np.nan, -0.0, -3.0])))
    assert np.isnan(out[0]) and out[1] == 0.0 and out[2] == -1.0
    assert run(tf.sign([-3, 0, 2])).tolist() == [-1, 0, 1]


def test_nan_and_inf_predicates():
    x = tf.constant([np.nan, np.inf, -np.inf, 1.0])
    nan, inf, fin = run([tf.is_nan(x), tf.is_inf(x), tf.is_finite(x)])
    assert nan.tolist() == [True, False, False, False]
    assert inf.tolist() == [False, True, True, False]
    assert fin.tolist() == [False, False, False, True]
    assert tf.is_nan(x).dtype == tf.bool


def test_integer_unary_ops():
    x = tf.constant([-128, 5], tf.int8)
    assert run(tf.abs(x)).tolist() == [-128, 5]
    assert run(tf.square(tf.constant([20], tf.uint8))).tolist() == [144]
    assert run(tf.negative(tf.constant([7, -7]))).tolist() == [-7, 7]


def test_special_function_edge_values():
    lg = run(tf.lgamma([-1.0, -1.5, 0.0]))
    assert lg[0] == np.inf and lg[2] == np.inf
    np.testing.assert_allclose(lg[1], 0.8600470423698425, rtol=1e-5)
    dg = run(tf.digamma([-1.5, 0.0, 1e-3, 1.0]))
    np.testing.assert_allclose(dg[[0, 2, 3]], [0.7031568288803101, -1000.5755615234375, -0.5772157],
                               rtol=1e-5)
    assert np.isnan(dg[1])
    np.testing.assert_allclose(run(tf.erfc([5.0])), [1.537460046427408e-12], rtol=1e-4)
    assert np.isnan(run(tf.sqrt(-1.0)))
    assert run(tf.rsqrt(0.0)) == np.inf


def test_abs_of_complex_is_complex_abs_with_real_dtype():
    z = tf.complex(3.0, 4.0)
    a = tf.abs(z)
    assert a.op.type == "ComplexAbs" and a.dtype == tf.float32 and run(a) == 5.0


def test_complex_basics():
    z = tf.complex(tf.constant([1.0, -2.0]), tf.constant([2.0, 0.5]))
    assert z.dtype == tf.complex64
    r = run([tf.real(z), tf.imag(z), tf.conj(z), tf.angle(z)])
    assert r[0].dtype == np.float32 and r[0].tolist() == [1.0, -2.0]
    assert r[1].tolist() == [2.0, 0.5]
    np.testing.assert_allclose(r[2], [1 - 2j, -2 - 0.5j])
    np.testing.assert_allclose(r[3], np.angle([1 + 2j, -2 + 0.5j]), rtol=1e-6)
    assert tf.complex(tf.constant(1.0, tf.float64), tf.constant(1.0, tf.float64)).dtype == tf.complex128
    x = tf.constant([-1.0, 2.0])
    assert tf.real(x) is x and tf.conj(x) is x
    np.testing.assert_allclose(run(tf.angle(x)), [np.pi, 0.0], rtol=1e-6)
    with pytest.raises(TypeError):
        tf.complex(tf.constant(1.0), tf.constant(1.0, tf.float64))


def test_bitcast_changes_element_size_and_shape():
    f = run(tf.bitcast(tf.constant([1.0]), tf.int32))
    assert f.tolist() == [1065353216]
    t = tf.bitcast(tf.constant([1, 2], tf.int32), tf.int64)
    assert t.shape.as_list() == [] and run(t) == 8589934593
    u = tf.bitcast(tf.constant([1], tf.int32), tf.uint8)
    assert u.shape.as_list() == [1, 4] and run(u).tolist() == [[1, 0, 0, 0]]
    with pytest.raises(ValueError):
        tf.bitcast(tf.constant([1, 2, 3], tf.int32), tf.int64)


def test_unary_type_errors_for_unsupported_dtypes():
    with pytest.raises(TypeError):
        tf.sqrt(tf.constant([1, 2]))
    with pytest.raises(TypeError):
        tf.is_nan(tf.constant([1]))


def test_sqrt_rsqrt_reciprocal_grads_are_zero_where_dy_is_zero():
    # TF's kernels give 0 (not nan) where the incoming gradient is 0, whatever y is: the
    # masked-out branch of tf.where(x > 0, tf.sqrt(x), 0) does not poison the gradient.
    from tensorweave.framework.op_def import apply_op

    y = tf.constant([0.0, np.nan, 2.0, np.inf, 0.0])
    dy = tf.constant([0.0, 0.0, 1.0, 0.0, 1.0])
    got = run([apply_op(t, [y, dy], {}) for t in ("SqrtGrad", "RsqrtGrad", "ReciprocalGrad", "InvGrad")])
    np.testing.assert_array_equal(got[0], [0.0, 0.0, 0.25, 0.0, np.inf])
    for g in got[1:]:
        np.testing.assert_array_equal(g, [0.0, 0.0, -4.0, 0.0, -0.0])
        assert not np.signbit(g[0])
    x = tf.constant([-1.0, 0.0, 2.0])
    safe = tf.where(x > 0, tf.sqrt(x), tf.zeros_like(x))
    np.testing.assert_allclose(run(tf.gradients(safe, x)[0]), [0.0, 0.0, 0.5 / np.sqrt(2.0)], rtol=1e-6)
