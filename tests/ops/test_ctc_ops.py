"""tf.nn.ctc_loss / ctc_greedy_decoder / ctc_beam_search_decoder (tensorweave/ops/ctc_ops.py).
Names and values were recorded from TF 2.21 on the inputs below."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

LOGITS = np.random.RandomState(0).randn(5, 2, 4).astype(np.float32)


def _labels():
    return tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([1, 2, 1], tf.int32), [2, 2])


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


def test_ctc_loss_values_names_and_gradient():
    g = tf.get_default_graph()
    x = tf.constant(LOGITS)
    labels = _labels()
    n = len(g.get_operations())
    loss = tf.nn.ctc_loss(labels, x, [5, 4])
    assert [op.name for op in g.get_operations()[n:]] == ["CTCLoss/sequence_length", "CTCLoss"]
    assert loss.shape.as_list() == [2]
    grad = tf.gradients(tf.reduce_sum(loss), x)[0]
    collapsed = tf.nn.ctc_loss(labels, x, [5, 4], preprocess_collapse_repeated=True, ctc_merge_repeated=False)
    batch_major = tf.nn.ctc_loss(labels, tf.transpose(x, [1, 0, 2]), [5, 4], time_major=False)
    values = _run([loss, grad, collapsed, batch_major])
    np.testing.assert_allclose(values[0], [4.8031, 4.7003], atol=1e-4)
    np.testing.assert_allclose(values[1][:, 0, 0], [0.301, 0.115, 0.6308, 0.821, 0.1697], atol=1e-4)
    np.testing.assert_allclose(values[2], [5.6692, 6.2604], atol=1e-4)
    np.testing.assert_allclose(values[3], values[0], atol=1e-5)


def test_ctc_loss_too_short_sequences():
    x = tf.constant(LOGITS)
    with pytest.raises(
        tf.errors.InvalidArgumentError,
        match=r"Not enough time for target transition sequence \(required: 2, available: 1\)0",
    ):
        _run(tf.nn.ctc_loss(_labels(), x, [1, 4]))
    np.testing.assert_allclose(
        _run(tf.nn.ctc_loss(_labels(), x, [1, 4], ignore_longer_outputs_than_inputs=True)),
        [0.0, 4.7003],
        atol=1e-4,
    )
    with pytest.raises(TypeError, match="Expected argument `labels` to be a SparseTensor"):
        tf.nn.ctc_loss([[1]], x, [5, 4])


def test_ctc_decoders():
    x = tf.constant(LOGITS)
    (greedy,), greedy_lp = tf.nn.ctc_greedy_decoder(x, [5, 4])
    assert greedy.indices.op.name == "CTCGreedyDecoder" and greedy_lp.shape.as_list() == [2, 1]
    beams, beam_lp = tf.nn.ctc_beam_search_decoder(x, [5, 4], beam_width=3, top_paths=2)
    assert len(beams) == 2 and beams[1].values.name == "CTCBeamSearchDecoder:3"
    g, glp, b, blp = _run([greedy, greedy_lp, beams, beam_lp])
    np.testing.assert_array_equal(g.indices, [[0, 0], [1, 0], [1, 1], [1, 2]])
    np.testing.assert_array_equal(g.values, [0, 0, 2, 0])
    np.testing.assert_array_equal(g.dense_shape, [2, 3])
    np.testing.assert_allclose(glp[:, 0], [-7.61535, -5.025811], atol=1e-5)
    np.testing.assert_array_equal(b[0].values, [0, 0, 2, 1])
    np.testing.assert_array_equal(b[1].values, [0, 0, 2, 0])
    np.testing.assert_allclose(blp, [[-2.0562, -2.6589], [-1.9906, -2.1866]], atol=1e-4)
