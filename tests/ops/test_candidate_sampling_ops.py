"""Candidate samplers, nce_loss, sampled_softmax_loss (tensorweave/ops/candidate_sampling_ops.py)
and safe_embedding_lookup_sparse / embedding_lookup_sparse (sparse_segment_ops.py). Names and
values were recorded from TF 2.21 (losses with explicit sampled_values, so no randomness)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

W = np.arange(20, dtype=np.float32).reshape(10, 2) / 10.0
B = np.arange(10, dtype=np.float32) / 10.0
X = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
SAMPLED = (
    np.array([0, 5, 7], np.int64),
    np.array([[0.5, 0.4], [0.3, 0.2]], np.float32),
    np.array([0.1, 0.2, 0.3], np.float32),
)


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


def _sampled_values():
    return tuple(tf.constant(v) for v in SAMPLED)


def test_sampler_outputs_are_named_tuples_with_static_shapes():
    y = tf.constant([[1, 2], [3, 0]], tf.int64)
    s = tf.nn.log_uniform_candidate_sampler(y, 2, 5, True, 10, seed=1)
    assert type(s).__name__ == "LogUniformCandidateSampler" and s.sampled_candidates.shape.as_list() == [5]
    assert s.true_expected_count.shape.as_list() == [2, 2] and s.sampled_expected_count.dtype == tf.float32
    hits = tf.nn.compute_accidental_hits(y, tf.constant([3, 1, 7, 0, 2], tf.int64), 2)
    assert hits._fields == ("indices", "ids", "weights")
    value, h = _run([s, hits])
    assert len(set(value.sampled_candidates.tolist())) == 5
    np.testing.assert_array_equal(h.indices, [0, 0, 1, 1])
    np.testing.assert_array_equal(h.ids, [1, 4, 0, 3])


def test_samplers_replay_with_a_graph_seed_and_check_true_classes():
    tf.set_random_seed(5)
    y = tf.constant([[1], [3]], tf.int64)
    s = tf.nn.uniform_candidate_sampler(y, 1, 4, True, 10).sampled_candidates
    first = _run(s)
    np.testing.assert_array_equal(_run(s), first)
    bad = tf.nn.fixed_unigram_candidate_sampler(
        tf.constant([[4]], tf.int64), 1, 2, True, 4, unigrams=[1.0] * 4
    )
    with pytest.raises(
        tf.errors.InvalidArgumentError, match=r"`true_candidate` out of range \[0, 4\), received 4"
    ):
        _run(bad)


def test_nce_loss_graph_and_values():
    g = tf.get_default_graph()
    w, b, x = tf.constant(W), tf.constant(B), tf.constant(X)
    sv = _sampled_values()
    n = len(g.get_operations())
    loss = tf.nn.nce_loss(
        w, b, tf.constant([[1, 2], [3, 0]], tf.int64), x, 3, 10, num_true=2, sampled_values=sv
    )
    names = [op.name for op in g.get_operations()[n:]]
    assert names[1:4] == ["nce_loss/Reshape/shape", "nce_loss/Reshape", "nce_loss/StopGradient"]
    assert "sampled_losses" in names and names[-1] == "Reshape" and loss.shape.as_list() == [2]
    np.testing.assert_allclose(_run(loss), [16.51889, 28.5657], rtol=1e-5)


def test_sampled_softmax_loss_values_and_gradients():
    w, b, x = tf.constant(W), tf.constant(B), tf.constant(X)
    loss = tf.nn.sampled_softmax_loss(
        w, b, tf.constant([[1, 2], [3, 0]], tf.int64), x, 3, 10, num_true=2, sampled_values=_sampled_values()
    )
    single = tf.nn.sampled_softmax_loss(
        w, b, tf.constant([[5], [2]], tf.int64), x, 3, 10, sampled_values=_sampled_values()
    )
    assert single.op.name == "softmax_cross_entropy_with_logits_1/Reshape_2"
    np.testing.assert_allclose(_run(loss), [4.60264, 8.12163], rtol=1e-5)
    # Label 5 is also sampled: the accidental hit is removed from the sampled logits.
    np.testing.assert_allclose(_run(single), [4.20647, 14.74131], rtol=1e-5)
    grads = tf.gradients(tf.reduce_sum(loss), [x])[0]
    assert _run(grads).shape == (2, 2)


def test_safe_embedding_lookup_sparse():
    w = tf.constant(np.arange(20, dtype=np.float32).reshape(5, 4) / 10.0)
    ids = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([1, 3, -1], tf.int64), [3, 2])
    weights = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], [1.0, 2.0, 1.0], [3, 2])
    mean = tf.nn.safe_embedding_lookup_sparse(w, ids)
    summed = tf.nn.safe_embedding_lookup_sparse(w, ids, weights, combiner="sum", default_id=0)
    assert mean.op.name == "embedding_lookup/Reshape_2" and mean.shape.as_list() == [3, 4]
    assert summed.op.name == "embedding_lookup_1/Reshape_3"
    m, s = _run([mean, summed])
    np.testing.assert_allclose(m, [[0.8, 0.9, 1.0, 1.1], [0, 0, 0, 0], [0, 0, 0, 0]], rtol=1e-6)
    np.testing.assert_allclose(s, [[2.8, 3.1, 3.4, 3.7], [0, 0.1, 0.2, 0.3], [0, 0.1, 0.2, 0.3]], rtol=1e-6)


def test_embedding_lookup_sparse_builds_tf_graphs():
    w = tf.constant(np.arange(20, dtype=np.float32).reshape(5, 4) / 10.0)
    ids = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([1, 3, 0], tf.int64), [3, 2])
    g = tf.get_default_graph()
    n = len(g.get_operations())
    plain = tf.nn.embedding_lookup_sparse(w, ids, None)
    assert [op.type for op in g.get_operations()[n:]][-2:] == ["StridedSlice", "SparseSegmentMean"]
    weights = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], [1.0, 2.0, 1.0], [3, 2])
    weighted = tf.nn.embedding_lookup_sparse(w, ids, weights, combiner="sqrtn")
    assert weighted.op.type == "DivNoNan" and weighted.op.inputs[1].op.type == "Sqrt"
    p, q = _run([plain, weighted])
    np.testing.assert_allclose(p, [[0.8, 0.9, 1.0, 1.1], [0, 0, 0, 0], [0, 0.1, 0.2, 0.3]], rtol=1e-6)
    np.testing.assert_allclose(q[0], [1.2521981, 1.386362, 1.5205263, 1.6546903], rtol=1e-6)
    with pytest.raises(ValueError, match="combiner must be one of 'mean', 'sqrtn' or 'sum', got max"):
        tf.nn.embedding_lookup_sparse(w, ids, None, combiner="max")
