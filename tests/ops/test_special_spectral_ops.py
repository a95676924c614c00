"""tf.math.erfinv / ndtri / bessel_*, tf.linalg.lstsq and tf.signal.* (special_math_ops.py,
spectral_ops.py). Names and values were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.ops import special_math_ops


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


def _names(build):
    g = tf.get_default_graph()
    n = len(g.get_operations())
    out = build()
    return out, [op.name + ":" + op.type for op in g.get_operations()[n:]]


@pytest.mark.parametrize(
    "fn,scope,expected",
    [
        ("erfinv", "Erfinv", [0.08886, -0.47694, 1.82139]),
        ("ndtri", "Ndtri", [-1.28155, 0.0, 2.32635]),
        ("bessel_i0e", "BesselI0e", [0.9071, 0.27005, 0.12783]),
        ("bessel_i1e", "BesselI1e", [0.0453, -0.20658, 0.12126]),
        ("bessel_i0", "BesselI0", [1.0025, 3.28984, 2815.71655]),
        ("bessel_i1", "BesselI1", [0.05006, -2.51672, 2670.98828]),
    ],
)
def test_special_functions(fn, scope, expected):
    x = [0.1, -0.5, 0.99] if fn == "erfinv" else [0.1, 0.5, 0.99] if fn == "ndtri" else [0.1, -2.5, 10.0]
    out, names = _names(lambda: getattr(tf.math, fn)(x))
    assert names == ["%s/%s/x:Const" % (fn, scope), "%s/%s:%s" % (fn, scope, scope)]
    assert out.dtype == tf.float32 and out.shape.as_list() == [3]
    np.testing.assert_allclose(_run(out), expected, rtol=2e-5, atol=1e-5)


def test_numpy_fallbacks_without_scipy():
    x = np.array([-0.9, -0.1, 0.0, 0.5, 0.999])
    np.testing.assert_allclose(special_math_ops._erf(special_math_ops._erfinv_numpy(x)), x, atol=1e-12)
    z = np.array([0.1, -2.5, 10.0])
    np.testing.assert_allclose(
        special_math_ops._bessel_numpy(0, True)(z), [0.9071, 0.27005, 0.12783], atol=2e-5
    )
    np.testing.assert_allclose(
        special_math_ops._bessel_numpy(1, False)(z), [0.0500625, -2.5167163, 2670.98830], rtol=2e-5
    )


A = [[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]]


def test_lstsq_graphs_and_values():
    out, names = _names(lambda: tf.linalg.lstsq(A, [[1.0], [2.0], [3.0]]))
    assert names == [
        "matrix:Const",
        "matrix_solve_ls/MatMul:MatMul",
        "matrix_solve_ls/Cholesky:Cholesky",
        "matrix_solve_ls/MatMul_1/b:Const",
        "matrix_solve_ls/MatMul_1:MatMul",
        "matrix_solve_ls/cholesky_solve/MatrixTriangularSolve:MatrixTriangularSolve",
        "matrix_solve_ls/cholesky_solve/MatrixTriangularSolve_1:MatrixTriangularSolve",
    ]
    np.testing.assert_allclose(_run(out), [[-0.07143], [0.5]], atol=2e-5)
    slow, names = _names(lambda: tf.linalg.lstsq(A, [[1.0], [2.0], [3.0]], l2_regularizer=0.5, fast=False))
    assert names[-1] == "MatrixSolveLs:MatrixSolveLs"
    np.testing.assert_allclose(_run(slow), [[-0.07143], [0.5]], atol=2e-5)  # TF ignores l2 when not fast
    reg = tf.matrix_solve_ls(A, [[1.0], [2.0], [3.0]], l2_regularizer=0.5)
    np.testing.assert_allclose(_run(reg), [[0.15095], [0.33962]], atol=2e-5)
    under = tf.linalg.lstsq([[1.0, 2.0, 3.0], [3.0, 4.0, 5.0]], [[1.0], [2.0]])
    assert under.op.name == "matrix_solve_ls_2/MatMul_1"
    np.testing.assert_allclose(_run(under), [[1 / 6], [1 / 6], [1 / 6]], atol=2e-5)


def test_lstsq_gradients():
    a = tf.constant(A)
    b = tf.constant([[1.0], [2.0], [3.0]])
    for fast in (True, False):
        x = tf.linalg.lstsq(a, b, l2_regularizer=0.1, fast=fast)
        if not fast:
            with pytest.raises(ValueError, match="Gradient not defined for fast=False"):
                tf.gradients(tf.reduce_sum(x * x), [a, b])
            continue
        ga, gb = _run(tf.gradients(tf.reduce_sum(x * x), [a, b]))
        np.testing.assert_allclose(ga, [[-0.2001, -0.1268], [-0.2643, 0.2698], [0.1949, -0.1551]], atol=2e-4)
        np.testing.assert_allclose(gb, [[0.6023], [-0.1782], [0.0338]], atol=2e-4)


def test_fft_wrappers():
    fft = tf.signal.fft(tf.constant([1 + 1j, 2, 3, 4], tf.complex64))
    assert fft.op.name == "FFT" and tf.fft is tf.signal.fft and tf.spectral.fft is tf.signal.fft
    np.testing.assert_allclose(_run(fft), [10 + 1j, -2 + 3j, -2 + 1j, -2 - 1j], atol=1e-5)
    out, names = _names(lambda: tf.signal.rfft([1.0, 2.0, 3.0, 4.0, 5.0], fft_length=[8]))
    assert names == [
        "rfft/Const:Const",
        "rfft/Const_1:Const",
        "rfft/Pad/paddings:Const",
        "rfft/Pad:Pad",
        "rfft/fft_length:Const",
        "rfft:RFFT",
    ]
    assert out.shape.as_list() == [5] and out.dtype == tf.complex64
    np.testing.assert_allclose(_run(out)[:3], [15, -5.41421 - 7.24264j, 3 + 2j], atol=1e-4)
    inv = tf.signal.irfft(tf.constant([1 + 1j, 2, 3], tf.complex64))
    assert inv.shape.as_list() == [4] and inv.dtype == tf.float32
    np.testing.assert_allclose(_run(inv), [2.0, -0.5, 0.0, -0.5], atol=1e-6)
    two = tf.signal.rfft2d([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    np.testing.assert_allclose(_run(two), [[21, -3 + 1.73205j], [-9, 0]], atol=1e-4)
    with pytest.raises(ValueError, match="RFFT requires tf.float32 or tf.float64 inputs"):
        tf.signal.rfft(tf.constant([1, 2, 3]))
    assert tf.signal.rfft(tf.placeholder(tf.float32, [None, None])).shape.as_list() == [None, None]


def test_fft_gradients_and_shifts():
    x = tf.constant([1.0, 2.0, 3.0, 4.0])
    y = tf.signal.rfft(x, [6])
    g = tf.gradients(
        tf.math.real(tf.reduce_sum(y * tf.constant([1 + 2j, 3 - 1j, 0.5j, 2], tf.complex64))), x
    )[0]
    np.testing.assert_allclose(_run(g), [6.0, 0.067, 0.201, -4.0], atol=1e-3)
    spectrum = tf.constant([[1 + 1j, 2 - 1j, 3 + 0.5j, 1]], tf.complex64)
    gi = tf.gradients(
        tf.reduce_sum(tf.signal.irfft(spectrum, [6]) * tf.constant([1.0, 2, 3, 4, 5, 6])), spectrum
    )[0]
    np.testing.assert_allclose(_run(gi), [[3.5, -1 + 1.7321j, -1 + 0.5774j, -0.5]], atol=1e-4)
    grid = tf.reshape(tf.range(6), [2, 3])
    np.testing.assert_array_equal(_run(tf.signal.fftshift(grid)), [[5, 3, 4], [2, 0, 1]])
    np.testing.assert_array_equal(_run(tf.signal.ifftshift(grid, axes=1)), [[1, 2, 0], [4, 5, 3]])
    assert tf.signal.fftshift(grid).op.name == "fftshift_1"
