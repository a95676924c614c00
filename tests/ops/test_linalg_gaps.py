"""tf.linalg gaps (LU, expm, sqrtm, logm, pinv, matrix_rank, tridiagonal): values and names
recorded from TF 2.21, gradients checked numerically."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.training.gradient_checker import check_gradient

A = np.array([[1.0, 2.0, 0.5], [4.0, 1.0, -1.0], [0.3, -2.0, 3.0]])
B = np.array([[2.0, 1.0], [0.5, 3.0]])
DIAGS = np.array([[1.0, 2.0, 0.0], [4.0, 6.0, 7.0], [0.0, 8.0, 9.0]])
RHS = np.array([1.0, 2.0, 3.0])


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


def test_lu_and_helpers_match_tf():
    with tf.Graph().as_default():
        lu, p = tf.linalg.lu(A)
        assert (lu.op.type, lu.op.name, p.dtype) == ("Lu", "Lu", tf.int32)
        assert tf.linalg.lu(A, output_idx_type=tf.int64)[1].dtype == tf.int64
        out = _run([lu, p, tf.linalg.lu_reconstruct(lu, p), tf.linalg.lu_solve(lu, p, RHS[:, None]),
                    tf.linalg.lu_matrix_inverse(lu, p)])
    np.testing.assert_allclose(out[0], [[4.0, 1.0, -1.0], [0.075, -2.075, 3.075],
                                        [0.25, -0.8433734939759036, 3.3433734939759034]], rtol=1e-12)
    np.testing.assert_array_equal(out[1], [1, 2, 0])
    np.testing.assert_allclose(out[2], A, rtol=1e-12)
    np.testing.assert_allclose(out[3], [[0.7387387387387387], [-0.08648648648648666], [0.8684684684684684]],
                               rtol=1e-12)
    np.testing.assert_allclose(out[4], np.linalg.inv(A), rtol=1e-12)


def test_lu_batches_and_errors():
    batch = np.stack([A, A.T * 2])
    with tf.Graph().as_default():
        lu, p = tf.linalg.lu(batch)
        back, inv = _run([tf.linalg.lu_reconstruct(lu, p), tf.linalg.lu_matrix_inverse(lu, p)])
        np.testing.assert_allclose(back, batch, rtol=1e-12)
        np.testing.assert_allclose(inv, np.linalg.inv(batch), rtol=1e-10)
        with pytest.raises(ValueError, match="Dimensions must be equal, but are 2 and 3"):
            tf.linalg.lu(np.zeros((2, 3)))
        with pytest.raises(errors.InvalidArgumentError, match="Input is not invertible"):
            _run(tf.linalg.lu(np.zeros((2, 2))))


def test_lu_has_no_gradient_as_in_tf():
    with tf.Graph().as_default():
        x = tf.constant(A)
        with pytest.raises(LookupError):
            tf.gradients(tf.linalg.lu(x)[0], x)


def test_expm_matches_tf():
    with tf.Graph().as_default():
        e = tf.linalg.expm(A)
        assert e.name == "matrix_exponential/Reshape_1:0" and e.shape.as_list() == [3, 3]
        v, v32, big = _run([e, tf.linalg.expm(A.astype(np.float32)), tf.linalg.expm(A * 10)])
    expected = [[21.573606939367146, 14.996164721790528, -0.3145602496720717],
                [39.203159351852364, 31.597157133662375, -10.207149980975037],
                [-37.03205578288846, -38.83595977849268, 31.151636420997967]]
    np.testing.assert_allclose(v, expected, rtol=1e-12)
    assert v32.dtype == np.float32
    np.testing.assert_allclose(v32, expected, rtol=1e-5, atol=1e-4)
    np.testing.assert_allclose(big[0], [2.301826487388545e+17, 1.8556894359467037e+17, -6.157655313040563e+16],
                               rtol=1e-9)


def test_expm_gradient_matches_numeric():
    check_gradient(lambda t: tf.linalg.expm(t), [A * 0.7])


def test_sqrtm_and_logm_match_tf():
    with tf.Graph().as_default():
        r = tf.linalg.sqrtm(B)
        assert r.op.type == "MatrixSquareRoot" and tf.matrix_square_root is tf.linalg.sqrtm
        lg = tf.linalg.logm(B.astype(np.complex128))
        assert lg.op.type == "MatrixLogarithm"
        with pytest.raises(TypeError):
            tf.linalg.logm(B)
        v, neg, vl = _run([r, tf.linalg.sqrtm(np.array([[-1.0, 0.0], [0.0, 4.0]])), lg])
    np.testing.assert_allclose(v, [[1.395851935785898, 0.32123939161554177],
                                   [0.1606196958077708, 1.7170913274014397]], rtol=1e-12)
    assert np.isnan(neg).all()
    np.testing.assert_allclose(vl, [[0.6437435629862358, 0.4172609662659539],
                                    [0.20863048313297694, 1.0610045292521897]], rtol=1e-12)


def test_pinv_and_matrix_rank_match_tf():
    with tf.Graph().as_default():
        pv = tf.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0], [1.0, 0.0]]))
        assert pv.name == "pinv/MatMul:0" and pv.shape.as_list() == [2, 3]
        r = tf.linalg.matrix_rank(np.array([[1.0, 2.0], [2.0, 4.0], [1.0, 2.0]]))
        assert r.name == "matrix_rank/Sum:0" and r.dtype == tf.int32
        vp, vr, vb = _run([pv, r, tf.linalg.matrix_rank(np.stack([A, np.zeros((3, 3))]))])
    np.testing.assert_allclose(vp, [[0.0, 0.0, 1.0], [0.1, 0.2, -0.5]], atol=1e-12)
    assert vr == 1
    np.testing.assert_array_equal(vb, [3, 0])


def test_tridiagonal_solve_formats_match_tf():
    matrix = np.array([[4.0, 1.0, 0.0], [7.0, 5.0, 2.0], [0.0, 8.0, 9.0]])
    with tf.Graph().as_default():
        diags, rhs = tf.constant(DIAGS), tf.constant(RHS)
        t = tf.linalg.tridiagonal_solve(diags, rhs)
        assert (t.op.type, t.name, t.shape.as_list()) == ("Squeeze", "Squeeze:0", [3])
        out = _run([t, tf.linalg.tridiagonal_solve((diags[0], diags[1], diags[2]), rhs, diagonals_format="sequence"),
                    tf.linalg.tridiagonal_solve(tf.constant(matrix), rhs[:, None], diagonals_format="matrix"),
                    tf.linalg.tridiagonal_solve(diags, rhs[None, :], transpose_rhs=True),
                    tf.linalg.tridiagonal_solve(tf.constant([[1.0, 1.0, 0.0], [1.0, 1.0, 1.0], [0.0, 1.0, 1.0]],
                                                            tf.float64), rhs, partial_pivoting=False)])
    np.testing.assert_allclose(out[0], [0.4, -0.6, 1.2], rtol=1e-12)
    np.testing.assert_allclose(out[1], [0.4, -0.6, 1.2], rtol=1e-12)
    np.testing.assert_allclose(out[2][:, 0], [0.32075471698113217, -0.28301886792452846, 0.5849056603773586],
                               rtol=1e-12)
    np.testing.assert_allclose(out[3][:, 0], [0.4, -0.6, 1.2], rtol=1e-12)
    assert np.isnan(out[4]).all()


def test_tridiagonal_matmul_formats_match_tf():
    matrix = np.array([[4.0, 1.0, 0.0], [7.0, 5.0, 2.0], [0.0, 8.0, 9.0]])
    with tf.Graph().as_default():
        diags, rhs = tf.constant(DIAGS), tf.constant(RHS[:, None])
        m = tf.linalg.tridiagonal_matmul(diags, rhs)
        assert (m.op.type, m.name) == ("TridiagonalMatMul", "TridiagonalMatMul:0")
        out = _run([m, tf.linalg.tridiagonal_matmul((diags[0], diags[1], diags[2]), rhs, diagonals_format="sequence"),
                    tf.linalg.tridiagonal_matmul(tf.constant(matrix), rhs, diagonals_format="matrix")])
    np.testing.assert_allclose(out[0][:, 0], [6.0, 26.0, 39.0])
    np.testing.assert_allclose(out[1][:, 0], [6.0, 26.0, 39.0])
    np.testing.assert_allclose(out[2][:, 0], [6.0, 23.0, 43.0])


def test_composite_gradients_match_numeric():
    check_gradient(lambda t: tf.linalg.pinv(t), [np.array([[1.0, 2.0], [0.5, 4.0], [1.0, 0.0]])])
    check_gradient(lambda t, b: tf.linalg.tridiagonal_solve(t, b), [DIAGS, RHS])
