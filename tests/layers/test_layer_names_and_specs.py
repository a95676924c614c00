"""tf.layers as TF 2.21's legacy layers behave: layer names and scopes, input specs checked on
every call, regularizer losses, attributes as TF shows them (recorded with tf_keras 2.21)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _var_names():
    return [v.name for v in tf.global_variables()]


def _run_initialized(fetches, feed_dict=None):
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return sess.run(fetches, feed_dict)


# ------------------------------------------------------------------- names


def test_unnamed_layers_are_numbered_from_one_apart_from_their_scope():
    a, b = tf.layers.Dense(3), tf.layers.Dense(2)
    assert (a.name, b.name) == ("dense_1", "dense_2")
    a(tf.ones([1, 2]))
    assert a.name == "dense_1" and a.kernel.name == "dense/kernel:0"
    assert tf.layers.Flatten().name == "flatten_1"
    with tf.Graph().as_default():  # the count is per graph
        assert tf.layers.Dense(1).name == "dense_1"


def test_named_layer_object_takes_a_unique_scope_the_functional_form_does_not():
    x = tf.ones([1, 2])
    tf.layers.Dense(1, name="q")(x)
    second = tf.layers.Dense(1, name="q")
    y = second(x)
    assert second.name == "q" and y.op.name == "q_1/BiasAdd"
    assert _var_names()[2:] == ["q_1/kernel:0", "q_1/bias:0"]
    tf.layers.dense(x, 1, name="d")
    with pytest.raises(ValueError, match="already exists"):
        tf.layers.dense(x, 1, name="d")


def test_functional_reuse_by_name_reenters_the_scope():
    x = tf.ones([1, 2])
    a = tf.layers.conv2d(tf.ones([1, 3, 3, 1]), 1, 2, name="c")
    b = tf.layers.conv2d(tf.ones([1, 3, 3, 1]), 1, 2, name="c", reuse=True)
    assert (a.op.name, b.op.name) == ("c/BiasAdd", "c_1/BiasAdd")
    assert _var_names() == ["c/kernel:0", "c/bias:0"]
    tf.layers.batch_normalization(x, name="bn")
    tf.layers.batch_normalization(x, name="bn", reuse=True)
    assert len(tf.global_variables()) == 6


# ------------------------------------------------------------- input specs


def test_dense_refuses_rank_1_before_creating_variables():
    with pytest.raises(ValueError, match="expected min_ndim=2, found ndim=1"):
        tf.layers.dense(tf.ones([4]), 2)
    assert _var_names() == []


def test_built_layers_check_inputs_on_every_call():
    dense = tf.layers.Dense(2)
    dense(tf.ones([2, 3]))
    assert dense(tf.ones([5, 4, 3])).shape.as_list() == [5, 4, 2]
    with pytest.raises(ValueError, match="expected axis -1 of input shape to have value 3"):
        dense(tf.ones([2, 4]))
    bn = tf.layers.BatchNormalization()
    bn(tf.ones([2, 2, 2, 3]))
    with pytest.raises(ValueError, match="expected ndim=4"):
        bn(tf.ones([2, 3]))
    conv = tf.layers.Conv2D(2, 2)
    conv(tf.ones([1, 3, 3, 1]))
    with pytest.raises(ValueError):
        conv(tf.ones([1, 3, 3, 2]))
    with pytest.raises(ValueError, match="expected ndim=4, found ndim=5"):
        tf.layers.max_pooling2d(tf.ones([1, 2, 4, 4, 1]), 2, 2)
    assert isinstance(dense.input_spec, tf.layers.InputSpec)
    assert dense.input_spec.min_ndim == 2 and dense.input_spec.axes == {-1: 3}


def test_input_spec_checks_dtype_and_shape_of_a_custom_layer():
    class Pairs(tf.layers.Layer):
        def __init__(self):
            super().__init__()
            self.input_spec = tf.layers.InputSpec(dtype=tf.float32, shape=(None, 2))

    layer = Pairs()
    assert layer(tf.ones([5, 2])).shape.as_list() == [5, 2]
    with pytest.raises(ValueError, match="expected shape"):
        layer(tf.ones([5, 3]))
    with pytest.raises(ValueError, match="expected ndim=2"):
        layer(tf.ones([5, 2, 1]))
    with pytest.raises(ValueError, match="expected dtype=float32, found dtype=int32"):
        layer(tf.ones([5, 2], tf.int32))


def test_dense_units_must_not_be_negative():
    assert tf.layers.Dense(0).units == 0
    with pytest.raises(ValueError, match="units=-2"):
        tf.layers.Dense(-2)


# ---------------------------------------------------------------- losses


def test_layer_losses_hold_weight_and_activity_regularizers():
    layer = tf.layers.Dense(2, kernel_initializer=tf.ones_initializer(),
                            kernel_regularizer=lambda w: 0.01 * tf.reduce_sum(tf.square(w)),
                            activity_regularizer=tf.reduce_mean)
    y = layer(tf.constant([[1.0, 2.0], [3.0, 4.0]]))
    assert len(layer.losses) == 2
    assert len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)) == 2
    kernel_loss, activity_loss = _run_initialized(layer.losses)
    assert np.isclose(kernel_loss, 0.04)
    # the activity loss is divided by the batch size (2): mean([3, 3, 7, 7]) / 2
    assert np.isclose(activity_loss, 2.5)
    layer(y * 0.0 + 1.0)  # a second call reuses the kernel: no second kernel loss
    assert len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)) == 3


# ------------------------------------------------------------ conv / pool


def test_conv_and_pool_layers_show_padding_in_lower_case():
    conv = tf.layers.Conv2D(1, 3, padding="SAME")
    pool = tf.layers.MaxPooling1D(2, 2, padding="Valid")
    assert (conv.padding, pool.padding) == ("same", "valid")
    out = conv(tf.ones([1, 4, 4, 1]))
    assert out.op.inputs[0].op.get_attr("padding") in (b"SAME", "SAME")


def test_dilated_conv_layer_runs_on_the_space_to_batch_form():
    img = tf.constant(np.arange(50, dtype=np.float32).reshape(1, 5, 5, 2) / 10.0)
    out = tf.layers.conv2d(img, 1, 3, dilation_rate=2, use_bias=False,
                           kernel_initializer=tf.ones_initializer(), name="dilated")
    assert (out.op.name, out.op.type) == ("dilated/Conv2D/BatchToSpaceND", "BatchToSpaceND")
    assert np.allclose(_run_initialized(out), [[[[44.1]]]])


def test_conv_layers_fold_extra_leading_batch_dims():
    x5 = np.arange(36, dtype=np.float32).reshape(2, 1, 3, 3, 2)
    c5 = tf.layers.conv2d(tf.constant(x5), 1, 2, kernel_initializer=tf.ones_initializer())
    x4 = np.arange(24, dtype=np.float32).reshape(2, 2, 3, 2)
    c1 = tf.layers.conv1d(tf.constant(x4), 1, 2, kernel_initializer=tf.ones_initializer())
    assert c5.shape.as_list() == [2, 1, 2, 2, 1] and c1.shape.as_list() == [2, 2, 2, 1]
    r5, r1 = _run_initialized([c5, c1])
    windows = x5[:, :, :-1, :-1] + x5[:, :, 1:, :-1] + x5[:, :, :-1, 1:] + x5[:, :, 1:, 1:]
    assert np.allclose(r5[..., 0], windows.sum(-1))
    assert np.allclose(r1[..., 0], (x4[:, :, :-1] + x4[:, :, 1:]).sum(-1))
    p = tf.placeholder(tf.float32, [None, None, 3, 3, 2])
    dyn = tf.layers.conv2d(p, 1, 2, kernel_initializer=tf.ones_initializer())
    assert dyn.shape.as_list() == [None, None, 2, 2, 1]
    assert _run_initialized(dyn, {p: np.ones((2, 3, 3, 3, 2))}).shape == (2, 3, 2, 2, 1)


# ------------------------------------------------------------ batch norm


def test_batch_norm_axis_becomes_a_list_and_fused_falls_back_quietly():
    bn = tf.layers.BatchNormalization(fused=True)
    assert bn.axis == -1
    y = bn(tf.constant([[1.0, 2.0], [3.0, 6.0]]), training=True)
    assert bn.axis == [1] and bn.fused is False
    assert np.allclose(_run_initialized(y), [[-0.9995, -0.999875], [0.9995, 0.999875]], atol=1e-4)


def test_batch_norm_parameters_take_the_input_dtype():
    y = tf.layers.batch_normalization(tf.ones([2, 2, 2, 3], tf.float64), training=True)
    assert y.dtype == tf.float64
    assert [v.dtype.base_dtype for v in tf.global_variables()] == [tf.float64] * 4
    updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(updates)
        assert np.allclose(sess.run(tf.global_variables()[2]), 0.01)
    half = tf.layers.BatchNormalization()
    half(tf.ones([2, 3], tf.float16))
    assert half.gamma.dtype.base_dtype == tf.float32
