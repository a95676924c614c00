"""Edges of conv and pool wrappers found by the nn2 conformance sweep (TF 2.21 is the reference)."""

import numpy as np
import pytest
from nn_test_helpers import run

import tensorweave.compat.v1 as tf


def test_convolution_of_rank_5_is_conv3d():
    y = tf.nn.convolution(tf.ones([1, 4, 4, 4, 1]), tf.ones([2, 2, 2, 1, 1]), "VALID",
                          strides=[1, 2, 2])
    assert y.op.type == "Conv3D"
    assert y.shape.as_list() == [1, 3, 2, 2, 1]
    np.testing.assert_allclose(run(y), np.full([1, 3, 2, 2, 1], 8.0))
    with pytest.raises(ValueError):
        tf.nn.convolution(tf.ones([1, 2, 3, 4, 5, 6]), tf.ones([1, 1, 1, 1, 6, 1]), "VALID")


def test_separable_conv2d_needs_a_1x1_pointwise_filter():
    x = tf.ones([1, 5, 5, 2])
    with pytest.raises(ValueError):
        tf.nn.separable_conv2d(x, tf.ones([2, 2, 2, 2]), tf.ones([2, 2, 4, 3]), [1, 1, 1, 1],
                               "VALID")
    y = tf.nn.separable_conv2d(x, tf.ones([2, 2, 2, 2]), tf.ones([1, 1, 4, 3]), [1, 1, 1, 1],
                               "VALID")
    assert y.shape.as_list() == [1, 4, 4, 3]


def test_conv2d_transpose_batch_from_input_when_output_shape_unknown():
    x = tf.ones([1, 3, 3, 2])
    out = tf.placeholder(tf.int32, [4])
    y = tf.nn.conv2d_transpose(x, tf.ones([2, 2, 1, 2]), out, [1, 2, 2, 1], "SAME")
    assert y.shape.as_list() == [1, None, None, None]


def test_avg_pool2d_default_name_is_avg_pool():
    y = tf.nn.avg_pool2d(tf.ones([1, 4, 4, 1]), 2, 2, "VALID")
    assert y.op.name == "AvgPool"
