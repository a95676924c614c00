"""Sparse segment reductions, tf.nn.embedding_lookup_sparse and tf.nn.weighted_moments
(tensorweave/ops/sparse_segment_ops.py, nn_impl.py). Expected values, names and shapes were
recorded from TF 2.21 (compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

D = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.mark.parametrize("fn,op_type,expected", [
    (tf.sparse_segment_sum, "SparseSegmentSum", [[1.0, 2.0], [0.0, 0.0], [3.0, 4.0]]),
    (tf.sparse_segment_mean, "SparseSegmentMean", [[1.0, 2.0], [0.0, 0.0], [3.0, 4.0]]),
    (tf.sparse_segment_sqrt_n, "SparseSegmentSqrtN", [[1.0, 2.0], [0.0, 0.0], [3.0, 4.0]]),
])
def test_empty_segments_are_zero(fn, op_type, expected):
    t = fn(D, [0, 1], [0, 2])
    assert (t.op.type, t.shape.as_list()) == (op_type, [None, 2])
    assert run(t).tolist() == expected


def test_values_with_repeated_rows_and_num_segments():
    assert run(tf.sparse_segment_sum(D, [0, 1, 3], [0, 0, 1])).tolist() == [[4.0, 6.0], [7.0, 8.0]]
    assert run(tf.sparse_segment_mean(D, [0, 1, 3], [0, 0, 1])).tolist() == [[2.0, 3.0], [7.0, 8.0]]
    np.testing.assert_allclose(run(tf.sparse_segment_sqrt_n(D, [0, 1, 3], [0, 0, 1])),
                               [[2.82843, 4.24264], [7.0, 8.0]], rtol=1e-5)
    t = tf.sparse.segment_mean(D, [0, 1, 2], [0, 0, 2], num_segments=4)
    assert (t.op.type, t.shape.as_list()) == ("SparseSegmentMeanWithNumSegments", [4, 2])
    assert run(t).tolist() == [[2.0, 3.0], [0.0, 0.0], [5.0, 6.0], [0.0, 0.0]]
    ints = tf.sparse_segment_sum([1, 2, 3], [0, 1, 2], [0, 0, 1])
    assert ints.dtype == tf.int32 and run(ints).tolist() == [3, 3]
    assert tf.sparse_segment_sum(D, [0], [0], name="ss").name == "ss:0"


@pytest.mark.parametrize("indices,segment_ids,kwargs", [
    ([0, 9], [0, 1], {}), ([0, -1], [0, 1], {}), ([0, 1], [1, 0], {}), ([0, 1], [-1, 0], {}),
    ([0, 1], [0, 3], {"num_segments": 2}),
])
def test_bad_ids_fail_when_run(indices, segment_ids, kwargs):
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.sparse_segment_sum(D, indices, segment_ids, **kwargs))


def test_static_errors():
    with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal"):
        tf.sparse_segment_sum(D, [0, 1, 2], [0, 1])
    with pytest.raises(ValueError, match="Shape must be rank 1 but is rank 2"):
        tf.sparse_segment_sum(D, [[0]], [0])
    with pytest.raises(TypeError, match="not in list of allowed values"):
        tf.sparse_segment_mean([1, 2, 3], [0, 1, 2], [0, 0, 1])


@pytest.mark.parametrize("fn,kwargs,grad_op,expected", [
    (tf.sparse_segment_sum, {}, "SparseSegmentSumGrad",
     [[1.0, 2.0], [4.0, 6.0], [0.0, 0.0], [3.0, 4.0]]),
    (tf.sparse_segment_mean, {}, "SparseSegmentMeanGrad",
     [[0.5, 1.0], [2.0, 3.0], [0.0, 0.0], [1.5, 2.0]]),
    (tf.sparse_segment_sqrt_n, {"num_segments": 3}, "SparseSegmentSqrtNGrad",
     [[0.70711, 1.41421], [2.82843, 4.24264], [0.0, 0.0], [2.12132, 2.82843]]),
])
def test_gradients_scatter_back_to_rows(fn, kwargs, grad_op, expected):
    x = tf.constant(D)
    y = fn(x, [0, 1, 1, 3], [0, 0, 1, 1], **kwargs)
    w = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]][:3 if kwargs else 2])
    g = tf.gradients(y * w, x)[0]
    assert g.op.type == grad_op and g.shape.as_list() == [4, 2]
    np.testing.assert_allclose(run(g), expected, rtol=1e-5)


# ---------------------------------------------------------- embedding_lookup_sparse
P = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]


def _ids():
    return tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([0, 2, 1], tf.int64), [3, 2])


def _weights():
    return tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([1.0, 3.0, 2.0]), [3, 2])


@pytest.mark.parametrize("combiner,weighted,op_type,expected", [
    (None, False, "SparseSegmentMean", [[3.0, 4.0], [0.0, 0.0], [3.0, 4.0]]),
    ("sum", False, "SparseSegmentSum", [[6.0, 8.0], [0.0, 0.0], [3.0, 4.0]]),
    ("sqrtn", False, "SparseSegmentSqrtN", [[4.24264, 5.65685], [0.0, 0.0], [3.0, 4.0]]),
    ("mean", True, "DivNoNan", [[4.0, 5.0], [0.0, 0.0], [3.0, 4.0]]),
    ("sum", True, "SegmentSum", [[16.0, 20.0], [0.0, 0.0], [6.0, 8.0]]),
    ("sqrtn", True, "DivNoNan", [[5.05964, 6.32456], [0.0, 0.0], [3.0, 4.0]]),
])
def test_embedding_lookup_sparse_combiners(combiner, weighted, op_type, expected):
    t = tf.nn.embedding_lookup_sparse(tf.constant(P), _ids(), _weights() if weighted else None,
                                      combiner=combiner)
    assert (t.op.type, t.name, t.shape.as_list()) == (op_type, "embedding_lookup_sparse:0", [None, 2])
    np.testing.assert_allclose(run(t), expected, rtol=1e-5)


def test_embedding_lookup_sparse_partitions_names_and_errors():
    parts = [tf.constant(P[:2]), tf.constant(P[2:])]
    np.testing.assert_allclose(run(tf.nn.embedding_lookup_sparse(parts, _ids(), None)),
                               [[2.0, 3.0], [0.0, 0.0], [5.0, 6.0]])
    assert tf.nn.embedding_lookup_sparse(tf.constant(P), _ids(), None, name="els").name == "els:0"
    with pytest.raises(ValueError, match="combiner must be one of"):
        tf.nn.embedding_lookup_sparse(tf.constant(P), _ids(), None, combiner="max")
    with pytest.raises(TypeError, match="sp_ids must be SparseTensor"):
        tf.nn.embedding_lookup_sparse(tf.constant(P), tf.constant([0]), None)


# ------------------------------------------------------------------ weighted_moments
def test_weighted_moments():
    x = tf.constant([[1.0, 2.0], [3.0, 5.0]])
    mean, var = tf.nn.weighted_moments(x, [0], [[1.0], [3.0]])
    assert (mean.name, var.name) == ("weighted_moments/Squeeze:0", "weighted_moments/Squeeze_1:0")
    np.testing.assert_allclose(run([mean, var]), [[2.5, 4.25], [0.75, 1.6875]])
    mean, var = tf.nn.weighted_moments(x, [1], [[1.0, 0.0]], keep_dims=True)
    assert mean.shape.as_list() == [2, 1]
    np.testing.assert_allclose(run([mean, var]), [[[1.0], [3.0]], [[0.0], [0.0]]])
    mean, var = tf.nn.weighted_moments(x, [0, 1], 2.0)
    np.testing.assert_allclose(run([mean, var]), [2.75, 2.1875])
    mean, var = tf.nn.weighted_moments(tf.constant([[1.0, 2.0]]), [0], [[0.0]])  # no weight: zeros
    np.testing.assert_array_equal(run([mean, var]), [[0.0, 0.0], [0.0, 0.0]])
    half, _ = tf.nn.weighted_moments(tf.constant([[1.0, 2.0]], tf.float16), [0],
                                     tf.constant([[1.0]], tf.float16))
    assert half.dtype == tf.float16
