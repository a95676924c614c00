"""tf.nn and top-level gaps: values and names recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.training.gradient_checker import check_gradient

X = (np.arange(40, dtype=np.float32).reshape(1, 4, 5, 2) % 7) - 3
F = (np.arange(12, dtype=np.float32).reshape(2, 3, 2) % 5) * 0.5 - 1


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_dilation_and_erosion_match_tf():
    with tf.Graph().as_default():
        d = tf.nn.dilation2d(X, F, strides=[1, 1, 2, 1], rates=[1, 2, 1, 1], padding="SAME")
        e = tf.nn.erosion2d(X, F, strides=[1, 1, 2, 1], rates=[1, 2, 1, 1], padding="VALID")
        assert (d.name, d.shape.as_list()) == ("Dilation2D:0", [1, 4, 3, 2])
        assert (e.name, e.shape.as_list()) == ("erosion2d/Neg_1:0", [1, 2, 2, 2])
        vd, ve = _run([d, e])
    np.testing.assert_array_equal(vd.ravel(), [1.0, 2.5, 1.5, 3.0, 1.5, 3.0, 3.5, -1.0, 4.0, 2.5, 2.0, 3.0, 3.0, 2.0,
                                               3.5, 2.5, 1.0, 2.5, 3.0, -2.0, 3.0, 2.0, 1.0, 2.5])
    np.testing.assert_array_equal(ve.ravel(), [-2.0, -2.0, -2.0, -4.0, -2.5, -2.5, -2.0, -2.0])


def test_dilation_gradient_matches_numeric():
    rng = np.random.default_rng(3)
    x = rng.permutation(18).reshape(1, 3, 3, 2) * 0.37
    f = rng.permutation(8).reshape(2, 2, 2) * 0.011
    check_gradient(lambda a, b: tf.nn.dilation2d(a, b, [1, 1, 1, 1], [1, 1, 1, 1], "SAME"), [x, f])


def test_conv1d_transpose_matches_tf():
    v = np.arange(30, dtype=np.float32).reshape(2, 5, 3) * 0.1
    w = np.arange(18, dtype=np.float32).reshape(3, 2, 3) * 0.1 - 0.5
    with tf.Graph().as_default():
        c = tf.nn.conv1d_transpose(v, w, [2, 10, 2], 2, padding="SAME")
        ct = tf.nn.conv_transpose(v, w, [2, 10, 2], 2, padding="SAME")
        assert (c.name, c.shape.as_list()) == ("conv1d_transpose/Squeeze:0", [2, 10, 2])
        assert ct.name == "conv_transpose/Squeeze:0"
        vc, vt = _run([c, ct])
    np.testing.assert_allclose(vc[0, :4].ravel(), [-0.1, -0.01, 0.08, 0.17, -0.2, 0.25, 0.26, 0.62], rtol=1e-5,
                               atol=1e-6)
    np.testing.assert_allclose(vc[1, -1], [1.7000000476837158, 4.220000267028809], rtol=1e-5)
    np.testing.assert_array_equal(vc, vt)
    with tf.Graph().as_default(), pytest.raises(ValueError, match="length 3, 4 or 5"):
        tf.nn.conv_transpose(v, w, [2, 10], 2)


def test_depthwise_backprop_aliases():
    assert tf.nn.depthwise_conv2d_backprop_input is tf.nn.depthwise_conv2d_native_backprop_input
    assert tf.nn.depthwise_conv2d_backprop_filter is tf.nn.depthwise_conv2d_native_backprop_filter
    with tf.Graph().as_default():
        dx = tf.nn.depthwise_conv2d_native_backprop_input([1, 3, 3, 1], np.ones((2, 2, 1, 1), np.float32),
                                                          np.ones((1, 3, 3, 1), np.float32), [1, 1, 1, 1], "SAME")
        assert dx.op.type == "DepthwiseConv2dNativeBackpropInput"
        np.testing.assert_array_equal(_run(dx)[0, :, :, 0], [[1, 2, 2], [2, 4, 4], [2, 4, 4]])


def test_losses_match_tf():
    with tf.Graph().as_default():
        lp = tf.nn.log_poisson_loss(np.array([1.0, 2.0, 0.0, 3.0]), np.array([0.5, -0.3, 0.2, 1.1]))
        full = tf.nn.log_poisson_loss(np.array([1.0, 2.0, 0.0, 3.0]), np.array([0.5, -0.3, 0.2, 1.1]),
                                      compute_full_loss=True)
        assert (lp.name, full.name) == ("log_poisson_loss/sub:0", "log_poisson_loss_1/add_1:0")
        avg = tf.nn.compute_average_loss(np.array([1.0, 2.0, 4.0]), sample_weight=np.array([1.0, 0.5, 2.0]))
        assert avg.name == "div_no_nan:0"
        srl = tf.nn.scale_regularization_loss([1.0, 2.0])
        assert srl.name == "truediv:0"
        out = _run([lp, full, avg, tf.nn.compute_average_loss(np.array([1.0, 2.0, 4.0]), global_batch_size=6), srl])
        with pytest.raises(ValueError):
            tf.nn.compute_average_loss(np.float32(1.0))
    np.testing.assert_allclose(out[0], [1.1487212707001282, 1.3408182206817179, 1.2214027581601699,
                                        -0.29583397605356687], rtol=1e-12)
    np.testing.assert_allclose(out[1], [1.1487212707001282, 1.9926247052862538, 1.2214027581601699,
                                        1.4682475674894893], rtol=1e-12)
    np.testing.assert_allclose(out[2:], [3.3333333333333335, 1.1666666666666667, 3.0], rtol=1e-6)


def test_collapse_repeated_and_batch_norm_match_tf():
    with tf.Graph().as_default():
        labels, lengths = tf.nn.collapse_repeated(np.array([[1, 1, 2, 2, 2, 3, 0], [4, 4, 4, 5, 5, 0, 0]], np.int32),
                                                  np.array([6, 5], np.int32))
        assert labels.name == "collapse_repeated_labels/Reshape_3:0" and lengths.dtype == tf.int32
        t = np.arange(12, dtype=np.float32).reshape(2, 2, 3)
        bn = tf.nn.batch_norm_with_global_normalization(t, np.float32([0.5, 1.0, -1.0]), np.float32([1.0, 4.0, 0.25]),
                                                        np.float32([0.1, 0.2, 0.3]), np.float32([2.0, 0.5, 1.0]),
                                                        0.001, True)
        assert bn.op.type == "AddV2" and bn.name.startswith("batchnorm/")
        vl, vn, vb = _run([labels, lengths, bn])
    np.testing.assert_array_equal(vl, [[1, 2, 3], [4, 5, 0]])
    np.testing.assert_array_equal(vn, [3, 2])
    np.testing.assert_allclose(vb.ravel()[:4], [-0.8995003700256348, 0.20000000298023224, 6.288036346435547,
                                                5.0975022315979], rtol=1e-6)


def test_edit_distance_matches_tf():
    with tf.Graph().as_default():
        hyp = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], ["a", "b", "c"], [2, 2])
        truth = tf.SparseTensor([[0, 0], [1, 0], [1, 1]], ["a", "c", "d"], [2, 2])
        ed = tf.edit_distance(hyp, truth)
        assert (ed.name, ed.op.type, ed.dtype, ed.shape.as_list()) == ("edit_distance:0", "EditDistance",
                                                                       tf.float32, [2])
        raw = tf.edit_distance(tf.SparseTensor([[0, 0, 0], [0, 0, 1], [1, 1, 0]], [1, 2, 3], [2, 2, 2]),
                               tf.SparseTensor([[0, 0, 0], [1, 0, 0], [1, 1, 1]], [1, 3, 3], [2, 2, 2]),
                               normalize=False)
        v, vr = _run([ed, raw])
        with pytest.raises(TypeError):
            tf.edit_distance([1, 2], truth)
    np.testing.assert_array_equal(v, [1.0, 0.5])
    np.testing.assert_array_equal(vr, [[1.0, 0.0], [1.0, 0.0]])


def test_array_helpers_match_tf():
    with tf.Graph().as_default():
        bg = tf.batch_gather(np.arange(16, dtype=np.float32).reshape(2, 4, 2), np.array([[3, 0], [1, 1]], np.int32))
        assert (bg.name, bg.shape.as_list()) == ("BatchGather/Reshape_3:0", [2, 2, 2])
        pads, crops = tf.required_space_to_batch_paddings(np.array([5, 7]), np.array([2, 3]),
                                                          base_paddings=np.array([[1, 0], [0, 2]]))
        assert pads.name == "required_space_to_batch_paddings/paddings:0" and pads.dtype == tf.int32
        p2, c2 = tf.required_space_to_batch_paddings([5, 4], [2, 3])
        var = tf.Variable(np.zeros((2, 3), np.float32))
        up = tf.batch_scatter_update(var, [[0, 2], [1, 1]], [[1.0, 2.0], [3.0, 4.0]])
        with tf.Session() as sess:
            sess.run(var.initializer)
            out = sess.run([bg, pads, crops, p2, c2, up])
    np.testing.assert_array_equal(out[0].ravel(), [6.0, 7.0, 0.0, 1.0, 10.0, 11.0, 10.0, 11.0])
    np.testing.assert_array_equal(out[1], [[1, 0], [0, 2]])
    np.testing.assert_array_equal(out[2], [[0, 0], [0, 0]])
    np.testing.assert_array_equal(out[3], [[0, 1], [0, 2]])
    np.testing.assert_array_equal(out[4], [[0, 1], [0, 2]])
    np.testing.assert_array_equal(out[5], [[1.0, 0.0, 2.0], [0.0, 4.0, 0.0]])


def test_add_check_numerics_ops_matches_tf():
    with tf.Graph().as_default() as g:
        a = tf.constant([1.0, 2.0])
        tf.log(a)
        tf.constant([1, 2])
        check = tf.add_check_numerics_ops()
        assert (check.name, check.type) == ("group_deps", "NoOp")
        assert [o.type + ":" + o.name for o in g.get_operations()] == [
            "Const:Const", "Log:Log", "Const:Const_1", "CheckNumerics:CheckNumerics",
            "CheckNumerics:CheckNumerics_1", "NoOp:group_deps"]
        assert [i.name for i in check.control_inputs] == ["CheckNumerics_1"]
        _run(check)
