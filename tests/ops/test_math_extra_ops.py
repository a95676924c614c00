"""sort/argsort, bincount, confusion_matrix, variance/std, EuclideanNorm, CumulativeLogsumexp,
Xlog1py, Cross and the small composites (values recorded from TF 2.21 or NumPy)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

try:
    from tensorweave.training.gradients import gradients
except ImportError:  # pragma: no cover
    gradients = None


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_sort_and_argsort():
    x = tf.constant([3.0, 1.0, 2.0, 1.0])
    r = run([tf.sort(x), tf.argsort(x), tf.sort(x, direction="DESCENDING"),
             tf.argsort(x, direction="DESCENDING"), tf.sort(tf.constant([[3, 1], [0, 2]]), axis=0),
             tf.sort(tf.constant([5, 0, 255], tf.uint8))])
    assert r[0].tolist() == [1.0, 1.0, 2.0, 3.0]
    assert r[1].tolist() == [1, 3, 2, 0]
    assert r[2].tolist() == [3.0, 2.0, 1.0, 1.0]
    assert r[3].tolist() == [0, 2, 1, 3]
    assert r[4].tolist() == [[0, 1], [3, 2]]
    assert r[5].tolist() == [0, 5, 255]
    with pytest.raises(ValueError):
        tf.sort(x, direction="UP")


def test_bincount_and_confusion_matrix():
    r = run([tf.bincount(tf.constant([1, 1, 3])),
             tf.bincount(tf.constant([1, 1, 3]), weights=[0.5, 1.0, 2.0], minlength=6),
             tf.bincount(tf.constant([1, 5]), maxlength=3),
             tf.math.confusion_matrix([0, 1, 2], [1, 1, 2]),
             tf.math.confusion_matrix([0, 1], [1, 1], num_classes=3, weights=[2.0, 3.0], dtype=tf.float32)])
    assert r[0].tolist() == [0, 2, 0, 1]
    assert r[1].tolist() == [0.0, 1.5, 0.0, 2.0, 0.0, 0.0]
    assert r[2].tolist() == [0, 1, 0]
    assert r[3].tolist() == [[0, 1, 0], [0, 1, 0], [0, 0, 1]]
    assert r[4].tolist() == [[0, 2, 0], [0, 3, 0], [0, 0, 0]]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.bincount(tf.constant([-1, 2])))


def test_confusion_matrix_result_is_named_scatter_nd_inside_its_scope():
    with tf.Graph().as_default():
        assert tf.confusion_matrix([0, 1], [1, 1]).name == "confusion_matrix/ScatterNd:0"
        assert tf.confusion_matrix([0, 1], [1, 1], num_classes=3, name="cm").name == "cm/ScatterNd:0"
        with pytest.raises(tf.errors.InvalidArgumentError):
            run(tf.confusion_matrix([0, 5], [1, 1], num_classes=3))


def test_variance_std_and_euclidean_norm():
    x = np.array([[3.0, 1.0, 2.0], [0.0, 4.0, 8.0]], np.float32)
    r = run([tf.math.reduce_variance(x), tf.math.reduce_std(x, axis=1), tf.math.reduce_euclidean_norm(x, 1),
             tf.math.reduce_euclidean_norm(x, keepdims=True)])
    np.testing.assert_allclose(r[0], np.var(x), rtol=1e-6)
    np.testing.assert_allclose(r[1], np.std(x, axis=1), rtol=1e-6)
    np.testing.assert_allclose(r[2], np.linalg.norm(x, axis=1), rtol=1e-6)
    assert r[3].shape == (1, 1)
    assert tf.math.reduce_euclidean_norm(x).op.type == "EuclideanNorm"
    with pytest.raises(TypeError):
        tf.math.reduce_variance(tf.constant([1, 2]))


def test_cumulative_logsumexp_matches_log_of_cumsum_of_exp():
    x = np.array([3.0, 1.0, 2.0], np.float64)
    for exclusive in (False, True):
        for reverse in (False, True):
            e = np.exp(x[::-1] if reverse else x)
            c = np.cumsum(e)
            if exclusive:
                c = np.concatenate([[0.0], c[:-1]])
            with np.errstate(divide="ignore"):
                ref = np.log(c[::-1] if reverse else c)
            out = run(tf.math.cumulative_logsumexp(x, exclusive=exclusive, reverse=reverse))
            np.testing.assert_allclose(out, ref, rtol=1e-12)


def test_small_composites():
    x = tf.constant([3.0, 1.0, 2.0])
    r = run([tf.math.log_sigmoid(x), tf.math.reciprocal_no_nan(tf.constant([2.0, 0.0])),
             tf.math.is_non_decreasing(x), tf.math.is_strictly_increasing([1, 2, 3]),
             tf.math.is_non_decreasing(5), tf.math.polyval([1.0, 2.0, 3.0], x),
             tf.math.xlog1py([0.0, 2.0], [-1.0, 3.0]), tf.arg_max([[1.0, 3.0]], 1), tf.arg_min([[1.0, 3.0]], 1),
             tf.linalg.matvec(tf.eye(3), x), tf.linalg.cross(x, [1.0, 0.0, 0.0]),
             tf.math.unsorted_segment_sqrt_n(x, [0, 0, 1], 2), tf.sparse_matmul(tf.eye(2), [[1.0], [2.0]]),
             tf.linalg.normalize(x)[0], tf.linalg.adjoint([[1 + 1j, 2j], [0j, 1 + 0j]])])
    np.testing.assert_allclose(r[0], np.log(1 / (1 + np.exp(-np.array([3.0, 1.0, 2.0])))), rtol=1e-6)
    assert r[1].tolist() == [0.5, 0.0]
    assert r[2] == False and r[3] == True and r[4] == True  # noqa: E712
    assert r[5].tolist() == [18.0, 6.0, 11.0]
    np.testing.assert_allclose(r[6], [0.0, 2 * np.log(4.0)], rtol=1e-6)
    assert r[7].tolist() == [1] and r[8].tolist() == [0]
    assert r[9].tolist() == [3.0, 1.0, 2.0]
    assert r[10].tolist() == [0.0, 2.0, -1.0]
    np.testing.assert_allclose(r[11], [4 / np.sqrt(2), 2.0], rtol=1e-6)
    assert r[12].tolist() == [[1.0], [2.0]]
    np.testing.assert_allclose(r[13], np.array([3.0, 1.0, 2.0]) / np.sqrt(14), rtol=1e-6)
    np.testing.assert_allclose(r[14], [[1 - 1j, 0], [-2j, 1]])


@pytest.mark.skipif(gradients is None, reason="tensorweave.training.gradients not available")
def test_extra_op_gradients():
    from test_math_gradients import check_grad

    rng = np.random.default_rng(5)
    x = rng.uniform(0.5, 2.0, size=(2, 3))
    check_grad(lambda t: tf.math.reduce_euclidean_norm(t, 1), x)
    check_grad(lambda t: tf.math.cumulative_logsumexp(t, 1), x)
    check_grad(lambda t: tf.exp(tf.math.cumulative_logsumexp(t, 1, exclusive=True, reverse=True)), x)
    check_grad(tf.math.xlog1py, x, x)
    check_grad(tf.linalg.cross, x, x[::-1].copy())
    check_grad(lambda t: tf.sort(t), x)
    check_grad(lambda t: tf.math.reduce_std(t, 1), x)


def test_sort_builds_tf_node_names_and_keeps_integer_ties_stable():
    with tf.Graph().as_default() as g:
        x = tf.constant([[3, 1], [2, 5]])
        s = tf.sort(x, axis=0)
        u = tf.sort(tf.constant([2, 250, 7], tf.uint8))
        a = tf.argsort(tf.constant([3, 1, 2, 1, 3]))
        names = [op.name for op in g.get_operations() if op.name.startswith("sort/")]
        assert s.op.name == "sort/sub_1" and u.op.name == "sort_1/sub_1"
        assert "sort/transposition" in names and "sort/transpose_1" in names
        with pytest.raises(ValueError):
            tf.argsort(tf.constant([1, 2]), axis=2)
        with tf.Session() as sess:
            sv, uv, av = sess.run([s, u, a])
    assert sv.tolist() == [[2, 1], [3, 5]]
    assert uv.tolist() == [2, 7, 250] and uv.dtype == np.uint8
    assert av.tolist() == [1, 3, 2, 0, 4]
