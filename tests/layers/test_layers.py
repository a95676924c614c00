"""tf.layers (TF1 functional layers): variable and op names as TF creates them, and values."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

RNG = np.random.default_rng(5)


def _run_initialized(fetches, feed_dict=None):
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return sess.run(fetches, feed_dict)


def _var_names():
    return [v.name for v in tf.global_variables()]


# -------------------------------------------------------------------- dense


def test_dense_creates_tf_named_variables_and_ops():
    x = tf.placeholder(tf.float32, [None, 4])
    y = tf.layers.dense(x, 3)
    y2 = tf.layers.dense(x, 3, activation=tf.nn.relu)
    assert (y.name, y2.name) == ("dense/BiasAdd:0", "dense_1/Relu:0")
    assert _var_names() == ["dense/kernel:0", "dense/bias:0", "dense_1/kernel:0", "dense_1/bias:0"]
    assert [v.name for v in tf.trainable_variables()] == _var_names()
    g = tf.get_default_graph()
    assert g.get_operation_by_name("dense/MatMul").type == "MatMul"
    assert y.shape.as_list() == [None, 3]


def test_dense_computes_x_kernel_plus_bias_with_glorot_and_zero_init():
    x_val = RNG.standard_normal((5, 4)).astype(np.float32)
    x = tf.placeholder(tf.float32, [None, 4])
    y = tf.layers.dense(x, 6, activation=tf.nn.relu)
    kernel, bias = tf.global_variables()
    y_val, k, b = _run_initialized([y, kernel, bias], {x: x_val})
    limit = np.sqrt(6.0 / (4 + 6))
    assert np.all(np.abs(k) <= limit) and np.std(k) > 0
    assert np.all(b == 0)
    np.testing.assert_allclose(y_val, np.maximum(x_val @ k + b, 0), rtol=1e-5, atol=1e-6)


def test_dense_with_initializers_and_rank3_input():
    x = tf.constant(np.ones((2, 5, 4), np.float32))
    y = tf.layers.dense(x, 6, kernel_initializer=tf.constant_initializer(0.5),
                        bias_initializer=tf.constant_initializer(1.0))
    assert y.shape.as_list() == [2, 5, 6]
    np.testing.assert_allclose(_run_initialized(y), np.full((2, 5, 6), 3.0))


def test_dense_without_bias_and_unknown_last_dimension():
    y = tf.layers.dense(tf.ones([2, 3]), 4, use_bias=False)
    assert _var_names() == ["dense/kernel:0"]
    assert y.op.type == "MatMul"
    with pytest.raises(ValueError):
        tf.layers.dense(tf.placeholder(tf.float32, [None, None]), 2)


def test_dense_reuse_by_name_shares_variables():
    x = tf.placeholder(tf.float32, [None, 4])
    a = tf.layers.dense(x, 3, name="d")
    b = tf.layers.dense(x, 3, name="d", reuse=True)
    assert (a.name, b.name) == ("d/BiasAdd:0", "d_1/BiasAdd:0")
    assert _var_names() == ["d/kernel:0", "d/bias:0"]
    with pytest.raises(ValueError):
        tf.layers.dense(x, 3, name="d")
    with pytest.raises(ValueError):
        tf.layers.dense(x, 3, name="e", reuse=True)
    xv = np.ones((1, 4), np.float32)
    av, bv = _run_initialized([a, b], {x: xv})
    np.testing.assert_array_equal(av, bv)


def test_layer_object_called_twice_shares_variables_and_scope():
    x = tf.placeholder(tf.float32, [None, 4])
    layer = tf.layers.Dense(2, name="shared")
    o1, o2 = layer(x), layer(x)
    assert (o1.name, o2.name) == ("shared/BiasAdd:0", "shared/BiasAdd_1:0")
    assert [v.name for v in layer.trainable_variables] == ["shared/kernel:0", "shared/bias:0"]
    assert layer.name == "shared" and layer.built


def test_layers_inside_variable_scope():
    x = tf.placeholder(tf.float32, [None, 4])
    with tf.variable_scope("outer"):
        d = tf.layers.dense(x, 2)
        c = tf.layers.conv2d(tf.zeros([1, 5, 5, 2]), 3, [3, 3], padding="SAME")
    assert (d.name, c.name) == ("outer/dense/BiasAdd:0", "outer/conv2d/BiasAdd:0")
    assert _var_names() == ["outer/dense/kernel:0", "outer/dense/bias:0", "outer/conv2d/kernel:0",
                            "outer/conv2d/bias:0"]


# ------------------------------------------------------------------- conv2d


def test_conv2d_layer_names_shapes_and_values():
    img = RNG.standard_normal((2, 8, 8, 3)).astype(np.float32)
    x = tf.placeholder(tf.float32, [None, 8, 8, 3])
    c = tf.layers.conv2d(x, 4, 3, activation=tf.nn.relu)
    assert c.name == "conv2d/Relu:0" and c.shape.as_list() == [None, 6, 6, 4]
    assert _var_names() == ["conv2d/kernel:0", "conv2d/bias:0"]
    kernel = tf.global_variables()[0]
    assert kernel.shape.as_list() == [3, 3, 3, 4]
    ref = tf.nn.relu(tf.nn.conv2d(x, kernel, strides=1, padding="VALID"))
    cv, rv = _run_initialized([c, ref], {x: img})
    np.testing.assert_allclose(cv, rv, rtol=1e-6)
    assert tf.get_default_graph().get_operation_by_name("conv2d/Conv2D").type == "Conv2D"


def test_conv2d_layer_channels_first_strides_and_padding():
    c = tf.layers.conv2d(tf.zeros([1, 2, 5, 5]), 3, 3, strides=2, padding="same",
                         data_format="channels_first")
    assert c.name == "conv2d/BiasAdd:0" and c.shape.as_list() == [1, 3, 3, 3]
    assert c.op.get_attr("data_format") == b"NCHW"
    with pytest.raises(ValueError):
        tf.layers.conv2d(tf.zeros([1, 5, 5, 2]), 3, 3, padding="full")


def test_conv2d_transpose_layer_shapes_names_and_values():
    x = tf.placeholder(tf.float32, [None, 4, 4, 3])
    y = tf.layers.conv2d_transpose(x, 5, 3, strides=2, padding="same")
    y2 = tf.layers.conv2d_transpose(x, 2, [3, 2], strides=(2, 1), padding="valid",
                                    activation=tf.nn.relu)
    assert (y.name, y2.name) == ("conv2d_transpose/BiasAdd:0", "conv2d_transpose_1/Relu:0")
    assert y.shape.as_list() == [None, 8, 8, 5] and y2.shape.as_list() == [None, 9, 5, 2]
    kernels = [v for v in tf.global_variables() if v.name.endswith("kernel:0")]
    assert [k.shape.as_list() for k in kernels] == [[3, 3, 5, 3], [3, 2, 2, 3]]
    ref = tf.nn.conv2d_transpose(x, kernels[0], tf.stack([tf.shape(x)[0], 8, 8, 5]),
                                 [1, 2, 2, 1], "SAME")
    xv = RNG.standard_normal((2, 4, 4, 3)).astype(np.float32)
    yv, rv = _run_initialized([y, ref], {x: xv})
    assert yv.shape == (2, 8, 8, 5)
    np.testing.assert_allclose(yv, rv, rtol=1e-6)


# ------------------------------------------------------ pooling and flatten


def test_pooling_layers_names_and_values():
    img = RNG.standard_normal((2, 6, 6, 3)).astype(np.float32)
    p = tf.layers.max_pooling2d(img, 2, 2)
    a = tf.layers.average_pooling2d(img, [3, 3], 3, padding="same")
    assert (p.name, a.name) == ("max_pooling2d/MaxPool:0", "average_pooling2d/AvgPool:0")
    assert p.shape.as_list() == [2, 3, 3, 3] and a.shape.as_list() == [2, 2, 2, 3]
    pv, av = _run_initialized([p, a])
    np.testing.assert_allclose(pv, img.reshape(2, 3, 2, 3, 2, 3).max(axis=(2, 4)))
    np.testing.assert_allclose(av, img.reshape(2, 2, 3, 2, 3, 3).mean(axis=(2, 4)), rtol=1e-5)


def test_flatten_static_and_dynamic():
    x = tf.placeholder(tf.float32, [None, 3, 3, 4])
    f = tf.layers.flatten(x)
    assert f.name == "flatten/Reshape:0" and f.shape.as_list() == [None, 36]
    assert tf.get_default_graph().get_operation_by_name("flatten/Const").type == "Const"
    xd = tf.placeholder(tf.float32, [None, None, 3])
    fd = tf.layers.flatten(xd)
    assert fd.shape.as_list() == [None, None]
    val = np.arange(2 * 4 * 3, dtype=np.float32).reshape(2, 4, 3)
    np.testing.assert_array_equal(_run_initialized(fd, {xd: val}), val.reshape(2, 12))


# ------------------------------------------------------------------ dropout


def test_dropout_layer_training_switch():
    x = tf.ones([100, 20])
    d = tf.layers.dropout(x, 0.5, training=True)
    i = tf.layers.dropout(x, 0.5)
    assert d.name == "dropout/dropout/SelectV2:0"
    assert i.name == "dropout_1/Identity:0"
    dv, iv = _run_initialized([d, i])
    assert set(np.unique(dv).tolist()) == {0.0, 2.0}
    assert np.all(iv == 1.0)
    training = tf.placeholder(tf.bool, [])
    t = tf.layers.dropout(x, 0.5, training=training)
    assert np.all(_run_initialized(t, {training: False}) == 1.0)
    assert 0 < np.mean(_run_initialized(t, {training: True}) == 0) < 1
    assert t.name == "dropout_2/cond/Identity:0"  # as TF's smart_cond: a tf.cond


# -------------------------------------------------------------- batch norm


def test_batch_normalization_fused_training_and_updates():
    x_val = RNG.standard_normal((4, 3, 3, 2)).astype(np.float32) * 3 + 1
    x = tf.placeholder(tf.float32, [None, 3, 3, 2])
    y = tf.layers.batch_normalization(x, training=True)
    assert y.name == "batch_normalization/FusedBatchNormV3:0"
    assert _var_names() == ["batch_normalization/gamma:0", "batch_normalization/beta:0",
                            "batch_normalization/moving_mean:0",
                            "batch_normalization/moving_variance:0"]
    assert len(tf.trainable_variables()) == 2
    updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
    assert len(updates) == 2
    mm, mv = tf.global_variables()[2:]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        y_val, _ = sess.run([y, updates], {x: x_val})
        mean_after, var_after = sess.run([mm, mv])
    flat = x_val.reshape(-1, 2)
    np.testing.assert_allclose(y_val.reshape(-1, 2).mean(0), 0, atol=1e-5)
    np.testing.assert_allclose(y_val, (x_val - flat.mean(0)) / np.sqrt(flat.var(0) + 1e-3),
                               rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(mean_after, 0.01 * flat.mean(0), rtol=1e-4)
    n = flat.shape[0]
    np.testing.assert_allclose(var_after, 0.99 + 0.01 * flat.var(0) * n / (n - 1), rtol=1e-4)


def test_batch_normalization_inference_uses_moving_statistics():
    x_val = RNG.standard_normal((2, 2, 2, 3)).astype(np.float32)
    y = tf.layers.batch_normalization(tf.constant(x_val), training=False)
    assert tf.get_collection(tf.GraphKeys.UPDATE_OPS) == []
    np.testing.assert_allclose(_run_initialized(y), x_val / np.sqrt(1 + 1e-3), rtol=1e-5)


def test_batch_normalization_on_2d_input_uses_moments():
    x_val = RNG.standard_normal((6, 3)).astype(np.float32)
    y = tf.layers.batch_normalization(tf.constant(x_val), training=True)
    assert y.name == "batch_normalization/batchnorm/add_1:0"
    assert len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)) == 2
    np.testing.assert_allclose(_run_initialized(y), (x_val - x_val.mean(0)) /
                               np.sqrt(x_val.var(0) + 1e-3), rtol=1e-4, atol=1e-5)


def test_dense_layer_trains_with_gradient_descent():
    x_val = RNG.standard_normal((16, 3)).astype(np.float32)
    y_val = x_val @ np.array([[1.0], [-2.0], [0.5]], np.float32) + 0.3
    x = tf.placeholder(tf.float32, [None, 3])
    pred = tf.layers.dense(x, 1)
    loss = tf.losses.mean_squared_error(y_val, pred)
    step = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        first = sess.run(loss, {x: x_val})
        for _ in range(200):
            sess.run(step, {x: x_val})
        last = sess.run(loss, {x: x_val})
    assert last < 1e-3 < first
