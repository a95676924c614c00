"""tf.nn.conv3d and its gradients / transpose (tensorweave/ops/conv3d_ops.py). The expected
sums and slices were recorded from TF 2.21 (compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

X = (np.arange(2 * 4 * 5 * 6 * 2, dtype=np.float32).reshape(2, 4, 5, 6, 2) % 7) / 7.0
W = (np.arange(2 * 3 * 2 * 2 * 3, dtype=np.float32).reshape(2, 3, 2, 2, 3) % 5 - 2.0) / 5.0


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_conv3d_values_shapes_and_gradients_match_tf():
    a, b = tf.constant(X), tf.constant(W)
    y = tf.nn.conv3d(a, b, [1, 2, 1, 2, 1], "SAME")
    assert (y.op.type, y.name, y.shape.as_list()) == ("Conv3D", "Conv3D:0", [2, 2, 5, 3, 3])
    ga, gb = tf.gradients(tf.reduce_sum(y * y), [a, b])
    assert (ga.op.type, gb.op.type) == ("Conv3DBackpropInputV2", "Conv3DBackpropFilterV2")
    yv, gav, gbv = run([y, ga, gb])
    assert yv.sum() == pytest.approx(-8.34286, abs=1e-4)
    np.testing.assert_allclose(yv[0, 1, 2, 1], [0.34286, -0.28571, -0.77143], atol=1e-5)
    assert gav.sum() == pytest.approx(11.05142, abs=1e-4)
    np.testing.assert_allclose(gav[1, 2, 3, 4], [1.41714, -0.67429], atol=1e-5)
    assert gbv.sum() == pytest.approx(-175.27347, rel=1e-5)
    np.testing.assert_allclose(gbv[1, 2, 1], [[4.18776, 1.39592, -11.68163], [12.14694, -11.09388, -8.04898]],
                               atol=1e-4)


def test_conv3d_transpose_and_static_shapes():
    t = tf.nn.conv3d_transpose(X, np.ones((2, 2, 2, 3, 2), np.float32), [2, 8, 10, 12, 3], [1, 2, 2, 2, 1],
                               "SAME")
    assert (t.op.type, t.name, t.shape.as_list()) == ("Conv3DBackpropInputV2", "conv3d_transpose:0",
                                                      [2, 8, 10, 12, 3])
    tv = run(t)
    assert tv.sum() == pytest.approx(4916.57129, rel=1e-6)
    np.testing.assert_allclose(tv[0, 3, 4, 5], [1.28571] * 3, atol=1e-5)
    p = tf.placeholder(tf.float32, [None, None, 5, 6, 2])
    assert tf.nn.conv3d(p, W, [1, 1, 1, 1, 1], "VALID").shape.as_list() == [None, None, 3, 5, 3]
    ncdhw = tf.nn.conv3d(np.transpose(X, [0, 4, 1, 2, 3]), W, [1, 1, 1, 1, 1], "VALID", data_format="NCDHW")
    assert ncdhw.shape.as_list() == [2, 3, 3, 3, 5]
    np.testing.assert_allclose(np.transpose(run(ncdhw), [0, 2, 3, 4, 1]),
                               run(tf.nn.conv3d(X, W, [1, 1, 1, 1, 1], "VALID")), rtol=1e-5)


def test_conv3d_argument_errors():
    with pytest.raises(ValueError, match="number of groups"):
        tf.nn.conv3d(X, W[:, :, :, :1], [1, 1, 1, 1, 1], "VALID")
    with pytest.raises(ValueError, match="less than minimum 5"):
        tf.nn.conv3d(X, W, [1, 1, 1, 1], "VALID")
    with pytest.raises(TypeError, match="not in list of allowed values"):
        tf.nn.conv3d(tf.ones([1, 2, 2, 2, 1], tf.int32), tf.ones([1, 1, 1, 1, 1], tf.int32), [1] * 5, "VALID")
    bad = tf.nn.conv3d_transpose(X, np.ones((2, 2, 2, 3, 2), np.float32), [2, 9, 10, 12, 3], [1, 2, 2, 2, 1])
    with pytest.raises(tf.errors.OpError):
        run(bad)
