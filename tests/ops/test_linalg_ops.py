"""MatMul/BatchMatMulV2, einsum, tensordot and the matrix functions against NumPy."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


_RNG = np.random.default_rng(7)
_A = _RNG.standard_normal((3, 4)).astype(np.float32)
_B = _RNG.standard_normal((4, 5)).astype(np.float32)
_SPD = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]], np.float64)


@pytest.mark.parametrize("ta", [False, True])
@pytest.mark.parametrize("tb", [False, True])
def test_matmul_transposes(ta, tb):
    a = _A.T if ta else _A
    b = _B.T if tb else _B
    t = tf.matmul(a, b, transpose_a=ta, transpose_b=tb)
    assert t.op.type == "MatMul" and t.shape.as_list() == [3, 5] and t.name == "MatMul:0"
    assert t.op.get_attr("transpose_a") == ta
    np.testing.assert_allclose(run(t), _A @ _B, rtol=1e-5, atol=1e-6)


def test_matmul_adjoint_conjugates_complex():
    a = (_A + 1j * _A[:, ::-1].copy()).astype(np.complex64)
    t = tf.matmul(a, a, adjoint_b=True)
    assert t.op.get_attr("transpose_b") is True
    np.testing.assert_allclose(run(t), a @ a.conj().T, rtol=1e-5, atol=1e-5)
    with pytest.raises(ValueError):
        tf.matmul(a, a, transpose_a=True, adjoint_a=True)


def test_matmul_keeps_integer_dtype():
    t = tf.matmul([[1, 2]], [[3], [4]])
    assert t.dtype == tf.int32 and run(t).tolist() == [[11]]
    with pytest.raises(TypeError):
        tf.matmul([[True]], [[True]])


def test_matmul_static_shape_errors():
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 3 and 4"):
        tf.matmul(tf.ones([2, 3]), tf.ones([4, 5]))
    with pytest.raises(ValueError, match="Shape must be rank 2 but is rank 1"):
        apply_matmul_on_vectors()


def apply_matmul_on_vectors():
    from tensorweave.framework.op_def import apply_op

    return apply_op("MatMul", [tf.ones([3]), tf.ones([3, 5])], {})


def test_matmul_partially_unknown_shapes_and_runtime_mismatch():
    x = tf.placeholder(tf.float32, [None, 3])
    w = tf.matmul(x, tf.ones([3, 4]))
    assert w.shape.as_list() == [None, 4]
    assert run(tf.shape(w), {x: np.zeros((4, 3), np.float32)}).tolist() == [4, 4]
    y = tf.placeholder(tf.float32, [None, None])
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.matmul(y, tf.ones([3, 4])), {y: np.zeros((2, 2), np.float32)})


def test_batched_matmul_broadcasts_and_uses_batch_matmul_v2():
    a = _RNG.standard_normal((2, 3, 4)).astype(np.float32)
    t = tf.matmul(a, _B)
    assert t.op.type == "BatchMatMulV2" and t.shape.as_list() == [2, 3, 5]
    np.testing.assert_allclose(run(t), a @ _B, rtol=1e-5, atol=1e-6)
    t2 = tf.matmul(a, a, transpose_b=True)
    assert t2.op.get_attr("adj_y") is True and t2.shape.as_list() == [2, 3, 3]
    np.testing.assert_allclose(run(t2), a @ np.swapaxes(a, 1, 2), rtol=1e-5, atol=1e-6)
    u = tf.matmul(tf.placeholder(tf.float32), _B)
    assert u.op.type == "BatchMatMulV2" and u.shape.ndims is None
    with pytest.raises(ValueError):
        tf.matmul(tf.ones([2, 3, 4]), tf.ones([3, 4, 5]))


def test_einsum():
    t = tf.einsum("ij,jk->ik", _A, _B)
    assert t.op.type == "Einsum" and t.name == "einsum/Einsum:0" and t.shape.as_list() == [3, 5]
    np.testing.assert_allclose(run(t), _A @ _B, rtol=1e-5, atol=1e-6)
    assert run(tf.einsum("ii", tf.eye(3))) == 3.0
    b = tf.einsum("...ij,...jk->...ik", tf.ones([2, 3, 4]), tf.ones([4, 5]))
    assert b.shape.as_list() == [2, 3, 5] and run(b)[0, 0, 0] == 4.0
    np.testing.assert_allclose(run(tf.einsum("ij->ji", _A)), _A.T)
    np.testing.assert_allclose(run(tf.einsum("ij,ij->", _A, _A)), np.sum(_A * _A), rtol=1e-5)


def test_tensordot():
    np.testing.assert_allclose(run(tf.tensordot(_A, _B, 1)), _A @ _B, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(run(tf.tensordot(_A, _A, [[1], [1]])), _A @ _A.T, rtol=1e-5, atol=1e-6)
    outer = tf.tensordot(tf.ones([2]), tf.ones([3]), 0)
    assert outer.shape.as_list() == [2, 3]
    with pytest.raises(ValueError):
        tf.tensordot(_A, _B, [[0, 1], [0]])


def test_inverse_determinant_and_log_determinant():
    m = tf.constant(_SPD)
    inv, det, (sign, logabs) = run([tf.matrix_inverse(m), tf.matrix_determinant(m), tf.linalg.slogdet(m)])
    np.testing.assert_allclose(inv, np.linalg.inv(_SPD))
    np.testing.assert_allclose(det, np.linalg.det(_SPD))
    assert sign == 1.0
    np.testing.assert_allclose(logabs, np.log(np.linalg.det(_SPD)))
    np.testing.assert_allclose(run(tf.linalg.logdet(m)), np.log(np.linalg.det(_SPD)))
    np.testing.assert_allclose(run(tf.linalg.inv(m, adjoint=True)), np.linalg.inv(_SPD.T))
    assert tf.matrix_determinant(tf.ones([5, 2, 2])).shape.as_list() == [5]
    with pytest.raises(tf.errors.InvalidArgumentError, match="not invertible"):
        run(tf.matrix_inverse([[1.0, 1.0], [1.0, 1.0]]))
    with pytest.raises(ValueError):
        tf.matrix_inverse(tf.ones([2, 3]))


def test_cholesky_and_solves():
    m = tf.constant(_SPD)
    rhs = np.arange(6.0).reshape(3, 2)
    low, sol, tri, csol = run([tf.cholesky(m), tf.matrix_solve(m, rhs),
                               tf.matrix_triangular_solve(tf.cholesky(m), rhs),
                               tf.cholesky_solve(tf.cholesky(m), rhs)])
    np.testing.assert_allclose(low, np.linalg.cholesky(_SPD))
    np.testing.assert_allclose(sol, np.linalg.solve(_SPD, rhs))
    np.testing.assert_allclose(tri, np.linalg.solve(np.linalg.cholesky(_SPD), rhs))
    np.testing.assert_allclose(csol, np.linalg.solve(_SPD, rhs))
    adj = run(tf.linalg.solve(m, rhs, adjoint=True))
    np.testing.assert_allclose(adj, np.linalg.solve(_SPD.T, rhs))
    upper = run(tf.linalg.triangular_solve(m, rhs, lower=False))
    np.testing.assert_allclose(upper, np.linalg.solve(np.triu(_SPD), rhs))


def test_band_part_and_diagonal_ops():
    x = np.arange(12.0).reshape(3, 4)
    r = run([tf.matrix_band_part(x, 1, 0), tf.matrix_band_part(x, -1, 0), tf.linalg.diag_part(x),
             tf.matrix_diag([1.0, 2.0]), tf.matrix_set_diag(x, [9.0, 9.0, 9.0]), tf.diag([1.0, 2.0]),
             tf.diag_part(np.arange(4.0).reshape(2, 2)), tf.trace(x),
             tf.matrix_diag([1.0, 2.0], k=1), tf.linalg.diag_part(x, k=1)])
    np.testing.assert_array_equal(r[0], np.tril(np.triu(x, -1)))
    np.testing.assert_array_equal(r[1], np.tril(x))
    assert r[2].tolist() == [0.0, 5.0, 10.0]
    assert r[3].tolist() == [[1.0, 0.0], [0.0, 2.0]]
    assert np.diagonal(r[4]).tolist() == [9.0, 9.0, 9.0] and r[4][0, 1] == 1.0
    assert r[5].tolist() == [[1.0, 0.0], [0.0, 2.0]]
    assert r[6].tolist() == [0.0, 3.0]
    assert r[7] == 15.0
    assert r[8].tolist() == [[0.0, 1.0, 0.0], [0.0, 0.0, 2.0], [0.0, 0.0, 0.0]]
    assert r[9].tolist() == [1.0, 6.0, 11.0]
    with tf.Graph().as_default():
        d = tf.matrix_diag([1.0, 2.0])
        assert d.op.type == "MatrixDiagV3" and d.name == "diag:0" and d.shape.as_list() == [2, 2]
    assert tf.trace(x).op.type == "Sum"
    assert tf.linalg.diag_part(tf.ones([5, 2, 3])).shape.as_list() == [5, 2]


def test_matrix_transpose():
    t = tf.matrix_transpose(tf.ones([2, 3, 4]))
    assert t.op.type == "Transpose" and t.shape.as_list() == [2, 4, 3]
    np.testing.assert_array_equal(run(tf.linalg.transpose(_A)), _A.T)
    with pytest.raises(ValueError):
        tf.matrix_transpose(tf.ones([3]))


@pytest.mark.parametrize("ord_,axis,ref", [
    ("euclidean", None, lambda x: np.linalg.norm(x)),
    (1, None, lambda x: np.abs(x).sum()),
    (np.inf, None, lambda x: np.abs(x).max()),
    (3, None, lambda x: (np.abs(x) ** 3).sum() ** (1 / 3)),
    ("euclidean", 1, lambda x: np.linalg.norm(x, axis=1)),
    ("fro", [0, 1], lambda x: np.linalg.norm(x, "fro")),
    (1, [0, 1], lambda x: np.linalg.norm(x, 1)),
    (np.inf, [0, 1], lambda x: np.linalg.norm(x, np.inf)),
    (2, [0, 1], lambda x: np.linalg.norm(x, 2)),
])
def test_norm(ord_, axis, ref):
    t = tf.norm(_A, ord=ord_, axis=axis)
    np.testing.assert_allclose(run(t), ref(_A.astype(np.float64)), rtol=1e-5)


def test_norm_keepdims_and_errors():
    assert tf.norm(_A, axis=1, keepdims=True).shape.as_list() == [3, 1]
    assert tf.norm(_A).shape.as_list() == []
    with pytest.raises(ValueError):
        tf.norm(_A, ord=0)  # as TF 2.21: any p > 0 is a vector norm (0.5 included), 0 is not
    with pytest.raises(ValueError):
        tf.norm(_A, axis=[0, 0])


def test_decompositions_reconstruct_the_input():
    q, r = run(tf.linalg.qr(_A))
    np.testing.assert_allclose(q @ r, _A, rtol=1e-5, atol=1e-5)
    assert q.shape == (3, 3) and r.shape == (3, 4)
    s, u, v = run(tf.svd(_A))
    np.testing.assert_allclose((u * s) @ v.T, _A, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(run(tf.svd(_A, compute_uv=False)), s, rtol=1e-5)
    e, vecs = run(tf.self_adjoint_eig(_SPD))
    np.testing.assert_allclose((vecs * e) @ vecs.T, _SPD, rtol=1e-10)
    np.testing.assert_allclose(run(tf.self_adjoint_eigvals(_SPD)), e)


def test_legacy_diag_ops_and_mod_from_imported_graphs():
    from tensorweave.framework.op_def import apply_op

    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    d = apply_op("MatrixDiag", [tf.constant([1.0, 2.0])], {})
    p = apply_op("MatrixDiagPart", [x], {})
    s = apply_op("MatrixSetDiag", [x, tf.constant([9.0, 9.0])], {})
    m = apply_op("Mod", [tf.constant([-7, 7]), tf.constant([2, -2])], {})
    assert d.shape.as_list() == [2, 2] and p.shape.as_list() == [2]
    r = run([d, p, s, m])
    assert r[0].tolist() == [[1.0, 0.0], [0.0, 2.0]] and r[1].tolist() == [1.0, 4.0]
    assert r[2].tolist() == [[9.0, 2.0], [3.0, 9.0]] and r[3].tolist() == [-1, 1]


def test_cholesky_of_non_positive_definite_batch_member_is_nan_not_an_error():
    m = tf.constant([[[1.0, 2.0], [2.0, 1.0]], [[4.0, 0.0], [0.0, 1.0]]])
    out = run(tf.cholesky(m))
    assert np.isnan(out[0][np.tril_indices(2)]).all()
    np.testing.assert_allclose(out[1], [[2.0, 0.0], [0.0, 1.0]])


def test_adjoint_of_complex_is_one_conjugate_transpose():
    a = tf.linalg.adjoint(tf.constant([[1 + 1j, 2j]], tf.complex64))
    assert a.op.type == "ConjugateTranspose"
    assert a.op.name == "adjoint/matrix_transpose/transpose"
    np.testing.assert_allclose(run(a), [[1 - 1j], [-2j]])


def test_broadcast_batch_matmul_gradients_are_reshaped_on_both_sides():
    # As TF: once batch shapes differ, both gradients are Reshape(Sum(...)), even b's whose
    # sum alone already has b's shape.
    a = tf.reshape(tf.range(1.0, 13.0), [2, 1, 2, 3])
    b = tf.reshape(tf.range(1.0, 19.0), [3, 3, 2])
    ga, gb = tf.gradients(tf.matmul(a, b), [a, b])
    assert ga.name == "gradients/MatMul_grad/Reshape:0"
    assert gb.name == "gradients/MatMul_grad/Reshape_1:0"
    assert ga.shape.as_list() == [2, 1, 2, 3] and gb.shape.as_list() == [3, 3, 2]
    with tf.Session() as sess:
        va, vb, av, bv = sess.run([ga, gb, a, b])
    ones = np.ones([2, 3, 2, 2])
    np.testing.assert_allclose(va, (ones @ np.swapaxes(bv, -1, -2)).sum(1, keepdims=True))
    np.testing.assert_allclose(vb, (np.swapaxes(av, -1, -2) @ ones).sum(0))


def test_batch_matmul_gradients_untouched_when_batch_shapes_match():
    b = tf.ones([3, 2, 2])
    gb = tf.gradients(tf.matmul(b, b), b)[0]
    assert gb.op.type == "AddN"
