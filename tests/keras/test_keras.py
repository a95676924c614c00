import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def fresh():
    tf.keras.backend.clear_session()
    yield


def test_dense_names_follow_keras_scopes():
    x = tf.placeholder(tf.float32, [None, 3])
    d = tf.keras.layers.Dense(2, activation="relu", name="fc")
    y = d(x)
    assert y.name == "fc_1/Relu:0"
    assert [v.name for v in tf.global_variables()] == ["fc/kernel:0", "fc/bias:0"]
    assert d(x).name == "fc_3/Relu:0"


def test_seeded_glorot_matches_stateless_uniform():
    init = tf.keras.initializers.GlorotUniform(seed=1)(shape=(3, 2))
    with tf.Session() as s:
        np.testing.assert_allclose(s.run(init)[0], [0.82923, -0.08768], atol=1e-4)


def test_sequential_variable_names_and_training():
    x = tf.placeholder(tf.float32, [None, 3])
    m = tf.keras.Sequential([tf.keras.layers.Dense(4), tf.keras.layers.Dense(1)])
    y = m(x)
    assert y.name == "sequential_1/dense_1_2/Add:0"
    assert [v.name for v in tf.global_variables()][2] == "sequential/dense_1_1/kernel:0"
    loss = tf.reduce_mean(tf.square(y))
    # A step small enough for any initial weights (the kernels are drawn unseeded: with 0.1, an
    # unlucky draw makes the loss's curvature exceed 2 / step, and it grows).
    train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        feed = {x: np.ones((2, 3), np.float32)}
        before = s.run(loss, feed)
        for _ in range(5):
            s.run(train, feed)
        assert s.run(loss, feed) < before


def test_functional_model_lists_input_layer_and_replays():
    inp = tf.keras.Input(shape=(2,), name="inp")
    out = tf.keras.layers.Dense(1, kernel_initializer="ones", name="o")(inp)
    model = tf.keras.Model(inp, out)
    assert [lay.name for lay in model.layers] == ["inp", "o"]
    x = tf.placeholder(tf.float32, [None, 2])
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        assert s.run(model(x), {x: [[1.0, 2.0]]}).tolist() == [[3.0]]


def test_keras_variable_is_not_fetchable_but_converts():
    d = tf.keras.layers.Dense(2)
    d(tf.placeholder(tf.float32, [None, 3]))
    assert tf.convert_to_tensor(d.kernel).name == "ReadVariableOp:0"
    assert (d.kernel + 1.0).name == "Add:0"
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        with pytest.raises(TypeError):
            s.run(d.kernel)
    with pytest.raises(NotImplementedError):
        d.get_weights()


def test_dropout_seed_state_made_with_layer_and_errors():
    tf.keras.layers.Dropout(0.5)
    assert [v.name for v in tf.global_variables()] == ["seed_generator/seed_generator_state:0"]
    with pytest.raises(ValueError):
        tf.keras.layers.Dropout(1.5)
    with pytest.raises(ValueError):
        tf.keras.layers.Dense(2)(tf.placeholder(tf.float32, [3]))


def test_losses_long_mse_name_absent_and_values():
    assert not hasattr(tf.keras.losses, "mean_squared_error")
    v = tf.keras.losses.MeanSquaredError()([[1.0, 2.0]], [[0.0, 0.0]])
    with tf.Session() as s:
        assert s.run(v) == pytest.approx(2.5)
