"""Optimizers and learning-rate schedules against values and names recorded from TF 2.21
(tensorflow.compat.v1, graph mode): AdagradDA trajectories, compute/apply_gradients errors,
and the schedules' op names, values and errors."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


# ------------------------------------------------------------------ AdagradDA
# Recorded from TF 2.21: w after each of 4 minimize steps (global step incremented by them).
ADAGRAD_DA_DENSE = [
    [[0.0, 0.007491], [-0.0, -0.00899], [0.00792, 0.050983]],
    [[0.118127, 0.128888], [0.117004, 0.140095], [0.080007, 0.048125]],
    [[0.136402, 0.137006], [0.107104, 0.083446], [0.138722, 0.16005]],
    [[0.152035, 0.163671], [0.141546, 0.149744], [0.11312, 0.092567]],
]
ADAGRAD_DA_SPARSE = [
    [[0.16993, 0.122029], [0.5, 3.0], [0.191819, 0.217229]],
    [[0.143524, 0.097507], [0.5, 3.0], [0.154682, 0.184028]],
    [[0.137936, 0.094114], [0.5, 3.0], [0.15033, 0.177161]],
    [[0.135597, 0.094598], [0.5, 3.0], [0.150683, 0.1753]],
]


@pytest.mark.parametrize("sparse, expected", [(False, ADAGRAD_DA_DENSE),
                                               (True, ADAGRAD_DA_SPARSE)])
def test_adagrad_da_trajectory_matches_tensorflow(sparse, expected):
    w = tf.Variable([[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25]], name="w")
    x = tf.constant([[1.0, 2.0, -1.0], [0.5, -0.5, 2.0]])
    h = tf.matmul(x, tf.gather(w, [0, 2, 2])) if sparse else tf.matmul(x, w)
    loss = tf.reduce_mean(tf.square(tf.tanh(h) - 0.3))
    gs = tf.train.get_or_create_global_step()
    opt = tf.train.AdagradDAOptimizer(0.3, gs, initial_gradient_squared_accumulator_value=0.2,
                                      l1_regularization_strength=0.01,
                                      l2_regularization_strength=0.05)
    train = opt.minimize(loss, global_step=gs)
    assert opt.get_slot_names() == ["gradient_accumulator", "gradient_squared_accumulator"]
    assert [v.name for v in tf.global_variables()] == [
        "w:0", "global_step:0", "w/AdagradDA:0", "w/AdagradDA_1:0"]
    want_type = "ResourceSparseApplyAdagradDA" if sparse else "ResourceApplyAdagradDA"
    assert want_type in {op.type for op in tf.get_default_graph().get_operations()}
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for want in expected:
            sess.run(train)
            np.testing.assert_allclose(sess.run(w), want, atol=2e-6)


def test_adagrad_da_rejects_a_non_positive_initial_accumulator():
    gs = tf.train.get_or_create_global_step()
    with pytest.raises(ValueError, match="must be positive"):
        tf.train.AdagradDAOptimizer(0.1, gs, initial_gradient_squared_accumulator_value=0.0)


# ------------------------------------------------------------------ errors and var_list
def test_invalid_loss_dtype_lists_the_float_types_in_tensorflow_order():
    w = tf.Variable([1.0, 2.0], name="w")
    with pytest.raises(ValueError) as info:
        tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant([1, 2]) * 2, var_list=[w])
    # TF 2.21's message, word for word.
    assert str(info.value) == ("Invalid type tf.int32 for mul:0, expected: [tf.float32, "
                               "tf.float64, tf.float16, tf.bfloat16].")


def test_compute_gradients_accepts_tensors_but_apply_gradients_cannot_update_them():
    w = tf.Variable([1.0, 2.0], name="w")
    c = tf.constant(3.0)
    opt = tf.train.GradientDescentOptimizer(0.1)
    (g, v), = opt.compute_gradients(tf.reduce_sum(w * c), var_list=[c])
    assert v is c and g.name == "gradients/mul_grad/tuple/control_dependency_1:0"
    with tf.Session() as sess:
        sess.run(w.initializer)
        assert sess.run(g) == pytest.approx(3.0)
    with pytest.raises(NotImplementedError) as info:
        opt.apply_gradients([(g, v)])
    assert info.value.args[0] == "Trying to update a Tensor " and info.value.args[1] is c


# ------------------------------------------------------------------ schedules
# Recorded from TF 2.21 at the steps below: cosine_decay_restarts (t_mul=1, m_mul=0.8,
# alpha=0.05), cosine_decay_restarts (defaults), linear_cosine_decay(num_periods=2,
# alpha=0.1, beta=0.01), polynomial_decay(power=0.5, cycle=True), piecewise_constant,
# exponential_decay(float64, staircase).
STEPS = [0, 1, 3, 4, 6, 7, 9, 10, 13, 20, 30, 31, 45]
SCHEDULE_VALUES = [
    [0.1, 0.1, 0.222, 0.5, 0.4, 0.25],
    [0.097675, 0.095048, 0.206112, 0.466619, 0.4, 0.25],
    [0.08042, 0.061126, 0.132902, 0.390168, 0.4, 0.25],
    [0.067178, 0.038874, 0.088562, 0.344594, 0.3, 0.175],
    [0.037822, 0.004952, 0.019188, 0.220084, 0.3, 0.175],
    [0.02458, 0.1, 0.003894, 0.05, 0.2, 0.175],
    [0.007325, 0.095048, 0.017279, 0.318926, 0.2, 0.1225],
    [0.081, 0.089092, 0.040333, 0.290535, 0.1, 0.1225],
    [0.065336, 0.061126, 0.113275, 0.170268, 0.1, 0.08575],
    [0.0658, 0.001254, 0.023667, 0.148198, 0.1, 0.042017],
    [0.05364, 0.076602, 0.022, 0.220084, 0.1, 0.020589],
    [0.05245, 0.071694, 0.022, 0.202128, 0.1, 0.020589],
    [0.024456, 0.004952, 0.022, 0.178571, 0.1, 0.004943],
]


def test_schedules_match_tensorflow_names_and_values():
    gs = tf.placeholder(tf.int32, [], name="gs")
    noisy = tf.train.noisy_linear_cosine_decay(0.1, gs, 20)
    scheds = [tf.train.cosine_decay_restarts(0.1, gs, 10, t_mul=1.0, m_mul=0.8, alpha=0.05),
              tf.train.cosine_decay_restarts(0.1, gs, 7),
              tf.train.linear_cosine_decay(0.2, gs, 30, num_periods=2.0, alpha=0.1, beta=0.01),
              tf.train.polynomial_decay(0.5, gs, 7, 0.05, power=0.5, cycle=True, name="pd"),
              tf.train.piecewise_constant(gs, [3, 6, 9], [0.4, 0.3, 0.2, 0.1]),
              tf.train.exponential_decay(tf.constant(0.25, tf.float64), gs, 4, 0.7,
                                         staircase=True)]
    assert [noisy.name] + [t.name for t in scheds] == [
        "NoisyLinearCosineDecay:0", "SGDRDecay:0", "SGDRDecay_1:0", "LinearCosineDecay:0",
        "pd:0", "PiecewiseConstant/case/cond/Identity:0", "ExponentialDecay:0"]
    assert scheds[-1].dtype == tf.float64
    # As in TF, piecewise_constant's boundaries and values are constants outside its scope.
    assert tf.constant(1.0).name == "Const_8:0"
    with tf.Session() as sess:
        for step, want in zip(STEPS, SCHEDULE_VALUES):
            got = sess.run(scheds, {gs: step})
            np.testing.assert_allclose(got, want, atol=2e-6, err_msg="step %d" % step)
            assert np.isfinite(sess.run(noisy, {gs: step}))


def test_schedule_op_names_follow_tensorflow():
    gs = tf.placeholder(tf.int64, [], name="gs")
    names = [tf.train.cosine_decay(0.1, gs, 20, alpha=0.1).name,
             tf.train.natural_exp_decay(0.1, gs, 10, 0.5).name,
             tf.train.exponential_decay(0.1, gs, 10, 0.5, staircase=True).name,
             tf.train.inverse_time_decay(0.1, gs, 10, 0.5).name,
             tf.train.polynomial_decay(0.1, gs, 20, 0.01, cycle=True).name]
    # natural_exp_decay is an ExponentialDecay of exp(-rate); cosine_decay's result is unnamed.
    assert names == ["CosineDecay/Mul_3:0", "ExponentialDecay:0", "ExponentialDecay_1:0",
                     "InverseTimeDecay:0", "PolynomialDecay:0"]
    ops = {op.name: op.type for op in tf.get_default_graph().get_operations()}
    assert ops["Neg"] == "Neg" and ops["Exp"] == "Exp"  # outside the schedule's scope
    assert ops["PolynomialDecay/SelectV2"] == "SelectV2"
    assert ops["ExponentialDecay_1/Floor"] == "Floor"


def test_piecewise_constant_dtype_errors_match_tensorflow():
    gs = tf.placeholder(tf.int32, [], name="gs")
    with pytest.raises(ValueError) as info:
        tf.train.piecewise_constant(gs, [2, 4], [1.0, 2, 3.0])
    assert str(info.value) == ("Values must have elements all with the same dtype "
                               "(<dtype: 'float32'> vs <dtype: 'int32'>).")
    with pytest.raises(ValueError) as info:
        tf.train.piecewise_constant(gs, [2.0, 4.0], [1.0, 2.0, 3.0])
    assert str(info.value) == ("Boundaries (<dtype: 'float32'>) must have the same dtype as x "
                               "(<dtype: 'int32'>).")
    # int32 boundaries widen to an int64 step.
    step64 = tf.cast(gs, tf.int64)
    lr = tf.train.piecewise_constant(step64, [2, 4], [1.0, 2.0, 3.0])
    with tf.Session() as sess:
        assert [sess.run(lr, {gs: s}) for s in (2, 3, 5)] == [1.0, 2.0, 3.0]


# ------------------------------------------------------------------ moving averages
def test_zero_debiased_average_is_named_and_valued_as_in_tensorflow():
    w = tf.Variable(5.0, name="w")
    ema = tf.train.ExponentialMovingAverage(0.9, zero_debias=True)
    t = tf.constant(2.0) * w
    update = ema.apply([t, w])
    consts = [op.name for op in tf.get_default_graph().get_operations()
              if op.name.startswith("ExponentialMovingAverage/AssignMovingAvg/")
              and op.type == "Const"]
    # TF 2.21 builds the debiasing updates in the AssignMovingAvg scope
    assert consts == ["ExponentialMovingAverage/AssignMovingAvg/sub/x",
                      "ExponentialMovingAverage/AssignMovingAvg/Const",
                      "ExponentialMovingAverage/AssignMovingAvg/sub_2/x",
                      "ExponentialMovingAverage/AssignMovingAvg/sub_3/x"]
    assert (ema.average(t).name, ema.average(w).name) == (
        "mul/ExponentialMovingAverage:0", "w/ExponentialMovingAverage:0")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(3):
            sess.run(update)
        sess.run(tf.assign(w, 1.0))
        sess.run(update)
        # recorded from TF 2.21
        np.testing.assert_allclose(sess.run([ema.average(t), ema.average(w)]),
                                   [7.673742, 4.6], rtol=1e-6)
