"""Edges of tf.losses found by the nn2 conformance sweep (TF 2.21 is the reference)."""

import numpy as np
from nn_test_helpers import run

import tensorweave.compat.v1 as tf


def test_sparse_softmax_loss_squeezes_weights_one_rank_above_labels():
    lg = tf.constant([[2.0, -1.0, 0.5], [0.0, 1.0, -2.0]])
    loss = tf.losses.sparse_softmax_cross_entropy([[1], [2]], lg, weights=[[2.0], [0.0]])
    assert loss.shape.as_list() == []
    np.testing.assert_allclose(run(loss), 6.4826, atol=1e-4)


def test_weighted_loss_with_unknown_weight_shape_is_scalar():
    w = tf.placeholder(tf.float32)
    loss = tf.losses.mean_squared_error(tf.ones([2, 3]), tf.zeros([2, 3]), weights=w)
    assert loss.shape.as_list() == []
    assert run(loss, {w: [[1.0], [3.0]]}) == 2.0


def test_compute_weighted_loss_cast_names_follow_tf():
    a = tf.losses.compute_weighted_loss(tf.constant([1.0, 2.0]), weights=2.0)
    b = tf.losses.compute_weighted_loss(tf.constant([1.0, 2.0], tf.float64), weights=2.0)
    g = tf.get_default_graph()
    assert g.get_operation_by_name("weighted_loss/Cast/x").type == "Const"
    assert g.get_operation_by_name("weighted_loss_1/Cast").type == "Cast"
    assert g.get_operation_by_name("weighted_loss_1/Cast_1/x").type == "Const"
    assert a.name == "weighted_loss/value:0" and b.name == "weighted_loss_1/Cast_2:0"
