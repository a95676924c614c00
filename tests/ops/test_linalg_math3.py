"""Linear algebra behaviours found by the math3 conformance sweep (values from TF 2.21):
tensordot with unknown ranks / tensor axes, einsum ellipsis and repeated-label rules, matrix
diagonal bands (k ranges), tf.norm's vector 'ord' checks and the LinearOperator classes."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.training.gradient_checker import check_gradient

A3 = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
B2 = np.arange(12, dtype=np.float32).reshape(4, 3)
M34 = np.arange(1, 13, dtype=np.float32).reshape(3, 4)


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


# ------------------------------------------------------------------ tensordot
def test_tensordot_unknown_rank_with_list_and_int_axes():
    with tf.Graph().as_default():
        u = tf.placeholder(tf.float32, None)
        outs = [tf.tensordot(u, B2, [[2], [0]]), tf.tensordot(u, B2, [[1, 2], [1, 0]]),
                tf.tensordot(u, B2, 1), tf.tensordot(A3, u, [[2], [0]]), tf.tensordot(u, u, [[0], [0]])]
        assert all(o.shape.ndims is None for o in outs)
        got = _run(outs[:3] + outs[4:], {u: A3})
    np.testing.assert_allclose(got[0], np.tensordot(A3, B2, [[2], [0]]))
    np.testing.assert_allclose(got[1], np.tensordot(A3, B2, [[1, 2], [1, 0]]))
    np.testing.assert_allclose(got[2], np.tensordot(A3, B2, 1))
    np.testing.assert_allclose(got[3], np.tensordot(A3, A3, [[0], [0]]))


def test_tensordot_tensor_axes_fold_to_a_static_shape_and_scalar_tensor_is_value_error():
    with tf.Graph().as_default():
        r = tf.tensordot(A3, B2, tf.constant([[2], [0]]))
        assert r.shape.as_list() == [2, 3, 3]
        np.testing.assert_allclose(_run(r), np.tensordot(A3, B2, 1))
        with pytest.raises(ValueError):
            tf.tensordot(A3, B2, tf.constant(1))


def test_tensordot_gradient_through_unknown_rank():
    with tf.Graph().as_default():
        u = tf.placeholder(tf.float32, None)
        g = tf.gradients(tf.reduce_sum(tf.tensordot(u, B2, [[2], [0]])), [u])[0]
        np.testing.assert_allclose(_run(g, {u: A3}), np.broadcast_to(B2.sum(1), A3.shape))


# --------------------------------------------------------------------- einsum
def test_einsum_output_without_ellipsis_rejects_broadcast_dims():
    with tf.Graph().as_default():
        a = tf.ones([2, 3])
        for eq, ops in [("b...,b...->b", (a, a)), ("...i->i", (a,)), ("ij...->i", (tf.ones([2, 3, 4]),))]:
            with pytest.raises(ValueError):
                tf.einsum(eq, *ops)
        assert tf.einsum("ij...->", a).shape.as_list() == []
        assert tf.einsum("b...,b...->b...", a, a).shape.as_list() == [2, 3]


def test_einsum_op_places_repeated_output_labels_on_a_diagonal():
    from tensorweave.framework.op_def import apply_op

    with tf.Graph().as_default():
        d = apply_op("Einsum", [[tf.constant([1.0, 2.0, 3.0])]], {"equation": "i->ii"})
        assert d.shape.as_list() == [3, 3]
        np.testing.assert_allclose(_run(d), np.diag([1.0, 2.0, 3.0]))
        with pytest.raises(ValueError):  # only the tf.einsum wrapper rejects them
            tf.einsum("ij,jk->ii", tf.ones([2, 2]), tf.ones([2, 2]))


@pytest.mark.parametrize("eq,shapes", [("ii->", [(3, 3)]), ("ii->i", [(3, 3)]), ("iij->j", [(3, 3, 2)]),
                                       ("iij,j->i", [(3, 3, 2), (2,)]), ("iijk->ik", [(3, 3, 2, 4)])])
def test_einsum_gradient_with_repeated_input_labels(eq, shapes):
    rng = np.random.RandomState(0)
    check_gradient(lambda *t: tf.einsum(eq, *t), [rng.rand(*s) for s in shapes])


# ------------------------------------------------------------- diagonal bands
def test_matrix_diag_part_band_with_alignments_and_padding():
    with tf.Graph().as_default():
        outs = [tf.linalg.diag_part(M34, k=(-1, 1)), tf.linalg.diag_part(M34, k=(0, 2), padding_value=-1),
                tf.linalg.diag_part(M34, k=(-1, 1), align="LEFT_RIGHT")]
        assert [o.shape.as_list() for o in outs] == [[3, 3]] * 3
        got = _run(outs)
    np.testing.assert_array_equal(got[0], [[2, 7, 12], [1, 6, 11], [5, 10, 0]])
    np.testing.assert_array_equal(got[1], [[-1, 3, 8], [2, 7, 12], [1, 6, 11]])
    np.testing.assert_array_equal(got[2], [[2, 7, 12], [1, 6, 11], [0, 5, 10]])


def test_matrix_diag_and_set_diag_with_k_ranges():
    with tf.Graph().as_default():
        d1 = tf.linalg.diag([[1.0, 2.0], [3.0, 4.0]], k=(0, 1))
        d2 = tf.linalg.diag([[1, 2], [3, 0]], k=(-1, 0), align="RIGHT_RIGHT")
        s1 = tf.linalg.set_diag(tf.zeros([3, 4]), [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], k=(0, 1))
        assert d1.shape.as_list() == [2, 2] and d2.shape.as_list() == [2, 2]
        got = _run([d1, d2, s1])
    np.testing.assert_array_equal(got[0], [[3, 2], [0, 4]])
    np.testing.assert_array_equal(got[1], [[1, 0], [0, 2]])
    np.testing.assert_array_equal(got[2], [[4, 1, 0, 0], [0, 5, 2, 0], [0, 0, 6, 3]])


def test_diag_band_errors_and_gradient():
    with tf.Graph().as_default():
        with pytest.raises(ValueError):
            tf.linalg.diag_part(M34, k=(2, 0))
        p = tf.placeholder(tf.int32, [2])
        part = tf.linalg.diag_part(M34, k=p)
        with pytest.raises(errors.InvalidArgumentError):
            _run(part, {p: [2, 0]})
    check_gradient(lambda m: tf.linalg.diag_part(m, k=(-1, 1)), [M34.astype(np.float64)])
    check_gradient(lambda d: tf.linalg.diag(d, k=(-1, 0)), [np.ones((2, 2))])
    check_gradient(lambda m, d: tf.linalg.set_diag(m, d, k=(0, 1)), [np.ones((3, 4)), np.ones((2, 3))])


# ------------------------------------------------------------------------ norm
def test_norm_fro_is_a_matrix_norm_only_and_any_positive_p_is_accepted():
    with tf.Graph().as_default():
        x = tf.constant([[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]])
        for kw in ({"ord": "fro", "axis": 1}, {"ord": "fro"}, {"ord": -1}, {"ord": 0}):
            with pytest.raises(ValueError):
                tf.norm(x, **kw)
        r = _run(tf.norm(x, ord=0.5, axis=1))
    np.testing.assert_allclose(r, [13.928204, 14.656856], rtol=1e-6)


# -------------------------------------------------------------- LinearOperator
def test_linear_operator_full_matrix_diag_identity_lower_triangular():
    with tf.Graph().as_default():
        full = tf.linalg.LinearOperatorFullMatrix(tf.constant([[2.0, 1.0], [1.0, 3.0]]), is_self_adjoint=True,
                                                  is_positive_definite=True)
        diag = tf.linalg.LinearOperatorDiag(tf.constant([2.0, 4.0]))
        ident = tf.linalg.LinearOperatorIdentity(num_rows=2)
        tri = tf.linalg.LinearOperatorLowerTriangular(tf.constant([[1.0, 9.0], [2.0, 3.0]]))
        x = tf.constant([[1.0, 0.0], [2.0, 1.0]])
        assert [o.shape.as_list() for o in (full, diag, ident, tri)] == [[2, 2]] * 4
        assert (diag.is_self_adjoint, tri.is_self_adjoint, full.is_square) == (True, None, True)
        got = _run([full.solve(x), full.determinant(), diag.matmul(x), diag.log_abs_determinant(),
                    ident.trace(), tri.to_dense(), tri.solve(x), tri.matvec(tf.constant([1.0, -1.0]))])
    np.testing.assert_allclose(got[0], [[0.2, -0.2], [0.6, 0.4]], atol=1e-6)
    np.testing.assert_allclose(got[1], 5.0, rtol=1e-6)
    np.testing.assert_allclose(got[2], [[2.0, 0.0], [8.0, 4.0]])
    np.testing.assert_allclose(got[3], np.log(8.0), rtol=1e-6)
    assert got[4] == 2.0
    np.testing.assert_allclose(got[5], [[1.0, 0.0], [2.0, 3.0]])
    np.testing.assert_allclose(got[6], [[1.0, 0.0], [0.0, 1.0 / 3.0]], atol=1e-6)
    np.testing.assert_allclose(got[7], [1.0, -1.0])


def test_linear_operator_hint_and_dtype_errors():
    with tf.Graph().as_default():
        with pytest.raises(ValueError):
            tf.linalg.LinearOperatorFullMatrix(tf.eye(2), is_positive_definite=True, is_non_singular=False)
        with pytest.raises(ValueError):
            tf.linalg.LinearOperatorDiag([1.0, 2.0], is_self_adjoint=False)
        with pytest.raises(TypeError):
            tf.linalg.LinearOperatorFullMatrix(tf.constant([[1, 2], [3, 4]]))
        with pytest.raises(NotImplementedError):
            tf.linalg.LinearOperatorFullMatrix(tf.ones([3, 2])).determinant()
