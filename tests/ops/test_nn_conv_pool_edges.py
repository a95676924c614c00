"""Edge behaviours of convolutions and pooling that TF1 programs can observe: depthwise and
separable convolutions built on with_space_to_batch, explicit padding checks, raw backprop
wrappers, and max pooling across depth."""

import numpy as np
import pytest
from nn_test_helpers import gradients, run

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def _sep_inputs():
    x = tf.constant(np.linspace(-1, 1, 72, dtype=np.float32).reshape(1, 6, 6, 2))
    dw = tf.constant(np.linspace(-0.5, 0.8, 36, dtype=np.float32).reshape(3, 3, 2, 2))
    pw = tf.constant(np.linspace(-1, 1, 12, dtype=np.float32).reshape(1, 1, 4, 3))
    return x, dw, pw


def test_separable_conv2d_rate_applies_strides_in_the_space_to_batch_grid():
    x, dw, pw = _sep_inputs()
    y = tf.nn.separable_conv2d(x, dw, pw, [1, 2, 2, 1], "SAME", rate=[2, 2], name="sep")
    assert y.shape.as_list() == [1, 4, 4, 3]
    types = {op.type for op in tf.get_default_graph().get_operations()}
    assert {"SpaceToBatchND", "BatchToSpaceND"} <= types
    # Recorded from TensorFlow 2.21 (CPU): channel 0 of the output.
    expected = [[0.351900, 0.301445, 0.025755, -0.000351],
                [0.049168, -0.001288, -0.130880, -0.156986],
                [-0.198778, -0.176184, -0.086629, -0.039685],
                [-0.063216, -0.040622, 0.195032, 0.241975]]
    np.testing.assert_allclose(run(y)[0, :, :, 0], expected, atol=1e-5)


def test_separable_and_depthwise_scopes_hold_shape_and_rate_constants_like_tf():
    x, dw, pw = _sep_inputs()
    tf.nn.separable_conv2d(x, dw, pw, [1, 2, 2, 1], "SAME", name="sep")
    tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], "SAME")
    ops = {op.name: op.type for op in tf.get_default_graph().get_operations()}
    assert ops["sep/Shape"] == "Const" and ops["sep/dilation_rate"] == "Const"
    assert ops["sep/depthwise"] == "DepthwiseConv2dNative" and ops["sep"] == "Conv2D"
    assert ops["depthwise/Shape"] == "Const" and ops["depthwise"] == "DepthwiseConv2dNative"


def test_depthwise_conv2d_rate_gradients_still_flow():
    x, dw, _ = _sep_inputs()
    y = tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], "SAME", rate=[2, 2])
    gx, gw = gradients(tf.reduce_sum(y * y), [x, dw])
    assert gx.shape.as_list() == [1, 6, 6, 2] and gw.shape.as_list() == [3, 3, 2, 2]
    assert np.isfinite(run(gx)).all()


@pytest.mark.parametrize("make", [
    lambda x, w: tf.nn.conv2d(x, w, 1, [[0, 0], [-1, 1], [1, 1], [0, 0]]),
    lambda x, w: tf.nn.max_pool(x, 2, 1, [[0, 0], [1, -1], [0, 0], [0, 0]]),
])
def test_negative_explicit_padding_is_a_build_time_value_error(make):
    x = tf.ones([1, 5, 5, 2])
    w = tf.ones([3, 3, 2, 2])
    with pytest.raises(ValueError, match="nonnegative"):
        make(x, w)


def test_raw_backprop_wrappers_check_strides_at_run_time_like_tf():
    w = tf.ones([2, 2, 3, 2])
    dy = tf.ones([1, 3, 3, 2])
    bi = tf.nn.conv2d_backprop_input([1, 6, 6, 3], w, dy, [1, 2, 2], "SAME")
    assert bi.shape.as_list() == [1, 6, 6, 3]
    with pytest.raises(tf.errors.InvalidArgumentError, match="Conv2DBackpropInput"):
        run(bi)
    bf = tf.nn.conv2d_backprop_filter(tf.ones([1, 6, 6, 3]), [2, 2, 3, 2], dy, [1, 2, 2], "SAME")
    with pytest.raises(tf.errors.InvalidArgumentError, match="Conv2DBackpropFilter"):
        run(bf)
    with pytest.raises(TypeError):
        tf.nn.conv2d_backprop_input([1, 6, 6, 3], w, dy, 2, "SAME")


@pytest.mark.parametrize("make", [
    lambda x: tf.nn.max_pool(x, [1, 2, 2, 1], [2, 1, 1, 1], "VALID"),
    lambda x: tf.nn.avg_pool(x, [1, 2, 2, 1], [2, 1, 1, 1], "VALID"),
    lambda x: tf.nn.max_pool3d(tf.reshape(x, [2, 4, 4, 3, 1]), 1, [1, 1, 1, 1, 2], "VALID"),
])
def test_pool_strides_on_batch_or_3d_depth_are_unimplemented_at_run_time(make):
    y = make(tf.ones([2, 4, 4, 3]))
    with pytest.raises(tf.errors.UnimplementedError):
        run(y)


def test_max_pool_across_depth():
    xv = (np.arange(2 * 4 * 4 * 6, dtype=np.float32) % 11).reshape(2, 4, 4, 6)
    x = tf.constant(xv)
    y = tf.nn.max_pool(x, [1, 1, 1, 3], [1, 1, 1, 3], "VALID")
    assert y.shape.as_list() == [2, 4, 4, 2]
    np.testing.assert_array_equal(run(y), xv.reshape(2, 4, 4, 2, 3).max(-1))
    assert tf.nn.max_pool(x, [1, 1, 1, 4], [1, 1, 1, 4], "VALID").shape.as_list() == [2, 4, 4, 1]
    assert tf.nn.max_pool(x, [1, 1, 1, 6], [1, 1, 1, 6], "SAME").shape.as_list() == [2, 4, 4, 1]
    # AvgPool's static shape keeps the depth.
    assert tf.nn.avg_pool(x, [1, 1, 1, 2], [1, 1, 1, 2], "VALID").shape.as_list() == [2, 4, 4, 6]


@pytest.mark.parametrize("ksize,strides", [
    ([1, 1, 1, 3], [1, 1, 1, 2]),   # window != stride
    ([1, 1, 1, 4], [1, 1, 1, 4]),   # window does not divide the depth
    ([1, 2, 2, 3], [1, 1, 1, 3]),   # depth and spatial pooling together
])
def test_max_pool_bad_depth_pooling_is_unimplemented(ksize, strides):
    y = tf.nn.max_pool(tf.ones([2, 4, 4, 6]), ksize, strides, "VALID")
    with pytest.raises(tf.errors.UnimplementedError):
        run(y)


def test_max_pool_depth_pooling_gradient_is_unimplemented():
    x = tf.ones([1, 2, 2, 6])
    g = gradients(tf.nn.max_pool(x, [1, 1, 1, 3], [1, 1, 1, 3], "VALID"), x)[0]
    with pytest.raises(tf.errors.UnimplementedError):
        run(g)
