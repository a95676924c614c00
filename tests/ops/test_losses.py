"""tf.losses: values and names recorded from TensorFlow 2.21, reductions, the LOSSES collection."""

import numpy as np
import pytest
from nn_test_helpers import run

import tensorweave.compat.v1 as tf

LAB = [[0.0, 1.0], [1.0, 1.0]]
PRED = [[0.2, 0.7], [0.4, 2.0]]


def _graph_losses():
    lab, pred = tf.constant(LAB), tf.constant(PRED)
    return [
        ("mean_squared_error/value:0", tf.losses.mean_squared_error(lab, pred), 0.3725),
        ("absolute_difference/value:0",
         tf.losses.absolute_difference(lab, pred, weights=[[1.0], [0.0]]), 0.25),
        ("log_loss/value:0", tf.losses.log_loss(lab, tf.constant([[0.2, 0.7], [0.4, 0.9]])),
         0.40037),
        ("hinge_loss/value:0", tf.losses.hinge_loss(lab, pred), 0.525),
        ("huber_loss/value:0", tf.losses.huber_loss(lab, pred, delta=0.5), 0.15375),
        ("sigmoid_cross_entropy_loss/value:0",
         tf.losses.sigmoid_cross_entropy(lab, pred, label_smoothing=0.1), 0.49657),
        ("softmax_cross_entropy_loss/value:0",
         tf.losses.softmax_cross_entropy(lab, pred, label_smoothing=0.2), 1.14755),
        ("sparse_softmax_cross_entropy_loss/value:0",
         tf.losses.sparse_softmax_cross_entropy([1, 0], pred, weights=2.0), 2.25798),
        ("cosine_distance_loss/value:0", tf.losses.cosine_distance(lab, pred, axis=1), -0.55),
    ]


def test_losses_values_and_names_match_tf():
    cases = _graph_losses()
    values = run([t for _, t, _ in cases])
    for (name, t, expected), v in zip(cases, values):
        assert t.name == name
        assert t.dtype == tf.float32 and t.shape.as_list() == []
        np.testing.assert_allclose(v, expected, rtol=1e-4, err_msg=name)


def test_losses_are_collected_and_summed_into_total_loss():
    cases = _graph_losses()
    assert [t.name for t in tf.losses.get_losses()] == [name for name, _, _ in cases]
    total = tf.losses.get_total_loss()
    assert total.name == "total_loss:0" and total.op.type == "AddN"
    np.testing.assert_allclose(run(total), sum(e for _, _, e in cases), rtol=1e-4)


def test_reductions_of_compute_weighted_loss():
    R = tf.losses.Reduction
    assert R.SUM_BY_NONZERO_WEIGHTS == "weighted_sum_by_nonzero_weights"
    assert R.all() == ("none", "weighted_sum", "weighted_mean", "weighted_sum_over_batch_size",
                       "weighted_sum_by_nonzero_weights", "weighted_sum_by_nonzero_weights")
    losses = [1.0, 2.0, 3.0]
    mean = tf.losses.compute_weighted_loss(losses, weights=[1.0, 0.0, 2.0], reduction=R.MEAN)
    by_batch = tf.losses.compute_weighted_loss(losses, reduction=R.SUM_OVER_BATCH_SIZE)
    total = tf.losses.compute_weighted_loss(losses, reduction=R.SUM)
    nonzero = tf.losses.compute_weighted_loss(losses, weights=[1.0, 0.0, 2.0])
    assert (mean.name, by_batch.name, total.name) == ("weighted_loss/value:0",
                                                      "weighted_loss_1/value:0",
                                                      "weighted_loss_2/Sum:0")
    np.testing.assert_allclose(run([mean, by_batch, total, nonzero]), [7 / 3, 2.0, 6.0, 3.5],
                               rtol=1e-6)
    with pytest.raises(ValueError):
        tf.losses.compute_weighted_loss(losses, reduction="bogus")


def test_reduction_none_keeps_elementwise_losses():
    c = tf.losses.mean_squared_error(LAB, PRED, reduction=tf.losses.Reduction.NONE)
    assert c.name == "mean_squared_error/Mul:0" and c.shape.as_list() == [2, 2]
    np.testing.assert_allclose(run(c), [[0.04, 0.09], [0.36, 1.0]], rtol=1e-5)


def test_all_zero_weights_give_zero_loss_not_nan():
    c = tf.losses.mean_squared_error(LAB, PRED, weights=0.0)
    assert run(c) == 0.0


def test_loss_argument_errors():
    with pytest.raises(ValueError):
        tf.losses.mean_squared_error(tf.constant(LAB), tf.constant([1.0, 2.0]))
    with pytest.raises(ValueError):
        tf.losses.compute_weighted_loss([1.0, 2.0, 3.0], weights=[1.0, 2.0])
    with pytest.raises(ValueError):
        tf.losses.absolute_difference(None, PRED)
    with pytest.raises(ValueError):
        tf.losses.get_total_loss()


def test_integer_losses_keep_their_dtype():
    c = tf.losses.compute_weighted_loss(tf.constant([1, 2, 4]), reduction=tf.losses.Reduction.SUM)
    assert c.dtype == tf.int32 and run(c) == 7


def test_add_loss_and_regularization_loss():
    tf.losses.add_loss(tf.constant(5.0))
    assert len(tf.losses.get_losses()) == 1
    assert run(tf.losses.get_regularization_loss()) == 0.0
    tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, tf.constant(1.5))
    reg = tf.losses.get_regularization_loss()
    assert reg.name == "total_regularization_loss:0"
    assert run(tf.losses.get_total_loss()) == 6.5
    assert run(tf.losses.get_total_loss(add_regularization_losses=False)) == 5.0
