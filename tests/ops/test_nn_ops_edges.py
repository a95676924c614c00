"""Edges of the nn op wrappers found by the nn2 conformance sweep (TF 2.21 is the reference)."""

import numpy as np
import pytest
from nn_test_helpers import run

import tensorweave.compat.v1 as tf


def test_softmax_xent_v2_casts_integer_labels():
    y = tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.constant([[0, 1, 0]]),
                                                   logits=tf.ones([1, 3]))
    assert y.dtype == tf.float32 and y.shape.as_list() == [1]
    np.testing.assert_allclose(run(y), [np.log(3.0)], rtol=1e-6)


def test_sparse_softmax_xent_unknown_ranks():
    labels = tf.placeholder(tf.int32)
    logits = tf.placeholder(tf.float32)
    y = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    assert y.shape.ndims is None
    val = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], np.float32)
    with tf.Session() as sess:
        out = sess.run(y, {labels: [0, 0], logits: val})
        np.testing.assert_allclose(out, [2.4076059, 0.4076059], rtol=1e-5)
        out3 = sess.run(y, {labels: [[2]], logits: val[None, :1]})
        assert out3.shape == (1, 1)
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(y, {labels: [[0]], logits: val})


def test_in_top_k_op_named_like_its_scope():
    x = tf.constant([[3.0, 1.0], [0.0, 5.0]])
    assert tf.nn.in_top_k(x, [0, 1], 1, name="itk").name == "itk/itk:0"
    assert tf.nn.in_top_k(x, [0, 1], 1).name == "in_top_k/InTopKV2:0"


def test_sigmoid_xent_mismatched_label_dtype_is_type_error():
    with pytest.raises(TypeError):
        tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.constant([[1, 0, 1]]),
                                                logits=tf.ones([1, 3]))


def test_softsign_second_derivative_raises_lookup_error_as_in_tf():
    x = tf.constant([0.5, -1.0])
    g = tf.gradients(tf.reduce_sum(tf.nn.softsign(x)), x)[0]
    assert g.op.type == "SoftsignGrad"
    with pytest.raises(LookupError):
        tf.gradients(g, x)


def test_swish_gradient_is_its_custom_gradient():
    g = tf.Graph()
    with g.as_default():
        x = tf.constant([-2.0, 0.0, 3.0])
        y = tf.nn.swish(x)
        grad = tf.gradients(y, x)[0]
        assert y.name == "IdentityN:0"
        assert grad.name == "gradients/IdentityN_grad/mul_7:0" and grad.op.type == "Mul"
        s = 1.0 / (1.0 + np.exp(-np.array([-2.0, 0.0, 3.0])))
        xv = np.array([-2.0, 0.0, 3.0])
        with tf.Session() as sess:
            np.testing.assert_allclose(sess.run(grad), s * (1 + xv * (1 - s)), rtol=1e-5)


def test_sparse_softmax_xent_of_a_certain_class_is_positive_zero():
    # Regression: the loss was -log_softmax, giving -0.0 where TF gives +0.0 (a Categorical
    # log_prob of a probability-1 class then printed 0.0 instead of TF's -0.0).
    loss = tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=[1], logits=tf.constant([[-np.inf, 0.0]]))
    v = run(loss)
    assert v[0] == 0.0 and not np.signbit(v[0])
