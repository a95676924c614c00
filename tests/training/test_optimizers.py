"""Optimizers, learning-rate schedules, moving averages and the global step.

Expected values were recorded from TensorFlow 2.21 (tf.compat.v1 with reference variables)
with ../shared/tools/tf-oracle, running the same programs.
"""

import importlib

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
import tensorweave.training.train_api  # noqa: F401  (registers tf.train.*)
from tensorweave.framework import errors

if not hasattr(tf.train, "AdamOptimizer"):  # compat.v1 was built before train_api was imported
    tf = importlib.reload(tf)

X = np.array([[1.0, 2.0, -1.0], [0.5, -1.5, 2.0], [2.0, 0.0, 1.0]], np.float32)
Y = np.array([1.0, -2.0, 0.5], np.float32)

OPTIMIZERS = {
    "sgd": lambda: tf.train.GradientDescentOptimizer(0.1),
    "momentum": lambda: tf.train.MomentumOptimizer(0.1, 0.9),
    "nesterov": lambda: tf.train.MomentumOptimizer(0.05, 0.8, use_nesterov=True),
    "adagrad": lambda: tf.train.AdagradOptimizer(0.3, initial_accumulator_value=0.2),
    "adadelta": lambda: tf.train.AdadeltaOptimizer(1.0, rho=0.9, epsilon=1e-6),
    "adam": lambda: tf.train.AdamOptimizer(0.1, beta1=0.8, beta2=0.95, epsilon=1e-7),
    "rmsprop": lambda: tf.train.RMSPropOptimizer(0.05, decay=0.8, momentum=0.5, epsilon=1e-6),
    "rmsprop_centered": lambda: tf.train.RMSPropOptimizer(0.05, decay=0.8, momentum=0.0,
                                                          epsilon=1e-6, centered=True),
    "ftrl": lambda: tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.01,
                                           l2_regularization_strength=0.02),
    "ftrl_power": lambda: tf.train.FtrlOptimizer(0.5, learning_rate_power=-0.7,
                                                 l2_shrinkage_regularization_strength=0.1),
    "proximal_sgd": lambda: tf.train.ProximalGradientDescentOptimizer(
        0.1, l1_regularization_strength=0.05, l2_regularization_strength=0.1),
    "proximal_adagrad": lambda: tf.train.ProximalAdagradOptimizer(
        0.3, l1_regularization_strength=0.05, l2_regularization_strength=0.1),
}

# Per optimizer, per step: [w, b, emb] after one dense step on (w, b) and one sparse step on emb
# with IndexedSlices rows [2, 0, 2] (a repeated row: the optimizer sums duplicates first).
EXPECTED = {'adadelta': [[[0.296838, -0.196838, 0.096838], 0.046838,
               [[0.996838, 1.996838], [3.0, 4.0], [4.996838, 6.0], [7.0, 8.0]]],
              [[0.293662, -0.193601, 0.093604], 0.043615,
               [[0.993594, 1.993593], [3.0, 4.0], [4.993593, 6.0], [7.0, 8.0]]],
              [[0.290526, -0.190317, 0.090329], 0.040367,
               [[0.990293, 1.990293], [3.0, 4.0], [4.990293, 6.0], [7.0, 8.0]]]],
 'adagrad': [[[0.014226, 0.099814, -0.199838], -0.247712,
              [[0.853615, 1.776393], [3.0, 4.0], [4.712505, 6.0], [7.0, 8.0]]],
             [[0.296898, 0.24402, -0.297219], -0.161658,
              [[0.722056, 1.597109], [3.0, 4.0], [4.504936, 6.0], [7.0, 8.0]]],
             [[0.337076, 0.312486, -0.368788], -0.249767,
              [[0.601573, 1.443212], [3.0, 4.0], [4.334241, 6.0], [7.0, 8.0]]]],
 'adam': [[[0.2, -0.1, 0.0], -0.05,
           [[0.922421, 1.922421], [3.0, 4.0], [4.922421, 6.0], [7.0, 8.0]]],
          [[0.17047, -0.011684, -0.087601], -0.133635,
           [[0.838317, 1.838317], [3.0, 4.0], [4.838316, 6.0], [7.0, 8.0]]],
          [[0.201755, 0.077061, -0.174609], -0.210354,
           [[0.748181, 1.748181], [3.0, 4.0], [4.74818, 6.0], [7.0, 8.0]]]],
 'ftrl': [[[-0.246887, 0.303951, -0.401232], -0.448591,
           [[-0.078265, 0.483578], [3.0, 4.0], [3.431304, 0.0], [7.0, 8.0]]],
          [[0.243978, 0.427831, -0.341611], -0.052901,
           [[-0.331126, 0.168953], [3.0, 4.0], [3.084846, 0.0], [7.0, 8.0]]],
          [[0.250024, 0.453644, -0.391883], -0.17113,
           [[-0.55587, -0.085836], [3.0, 4.0], [2.800458, 0.0], [7.0, 8.0]]]],
 'ftrl_power': [[[-0.176257, -0.017468, -0.076725], -0.250407,
                 [[-0.514632, 0.229537], [3.0, 4.0], [3.764117, -3.007123], [7.0, 8.0]]],
                [[0.060572, 0.084822, -0.149765], -0.106972,
                 [[-0.723551, -0.160749], [3.0, 4.0], [3.377067, -1.499992], [7.0, 8.0]]],
                [[0.148881, 0.15005, -0.211378], -0.123678,
                 [[-0.849533, -0.422859], [3.0, 4.0], [3.094235, -0.748215], [7.0, 8.0]]]],
 'momentum': [[[0.16, 1.07, -1.26], -0.31, [[0.975, 1.95], [3.0, 4.0], [4.85, 6.0], [7.0, 8.0]]],
              [[0.5195, 0.6065, -0.742], -0.263,
               [[0.9275, 1.855], [3.0, 4.0], [4.565, 6.0], [7.0, 8.0]]],
              [[0.82685, -0.41435, 0.2185], -0.2904,
               [[0.85975, 1.7195], [3.0, 4.0], [4.1585, 6.0], [7.0, 8.0]]]],
 'nesterov': [[[0.174, 0.943, -1.124], -0.274,
               [[0.9775, 1.955], [3.0, 4.0], [4.865, 6.0], [7.0, 8.0]]],
              [[0.509855, 0.162435, -0.27058], -0.12109,
               [[0.947, 1.894], [3.0, 4.0], [4.682, 6.0], [7.0, 8.0]]],
              [[0.444694, 0.435442, -0.672101], -0.380953,
               [[0.9101, 1.8202], [3.0, 4.0], [4.4606, 6.0], [7.0, 8.0]]]],
 'proximal_adagrad': [[[0.0, 0.098494, -0.198379], -0.242684,
                       [[0.722936, 1.638036], [3.0, 4.0], [4.606519, 5.436787], [7.0, 8.0]]],
                      [[0.278989, 0.242179, -0.294013], -0.146519,
                       [[0.501483, 1.371889], [3.0, 4.0], [4.329157, 4.922375], [7.0, 8.0]]],
                      [[0.317724, 0.310511, -0.364732], -0.227359,
                       [[0.315954, 1.155327], [3.0, 4.0], [4.104443, 4.452536], [7.0, 8.0]]]],
 'proximal_sgd': [[[0.153465, 1.054456, -1.242574], -0.30198,
                   [[0.960396, 1.925743], [3.0, 4.0], [4.797029, 5.935644], [7.0, 8.0]]],
                  [[0.62587, -0.504313, 0.452848], 0.057788,
                   [[0.921184, 1.852221], [3.0, 4.0], [4.596069, 5.871924], [7.0, 8.0]]],
                  [[0.067519, 1.397703, -1.745887], -0.634358,
                   [[0.882361, 1.779426], [3.0, 4.0], [4.397098, 5.808836], [7.0, 8.0]]]],
 'rmsprop': [[[0.235885, -0.089558, -0.010614], -0.047734,
              [[0.986133, 1.972884], [3.0, 4.0], [4.932918, 6.0], [7.0, 8.0]]],
             [[0.210151, 0.04094, -0.13861], -0.154556,
              [[0.963841, 1.930065], [3.0, 4.0], [4.837093, 6.0], [7.0, 8.0]]],
             [[0.260061, 0.160502, -0.252125], -0.236849,
              [[0.935725, 1.877259], [3.0, 4.0], [4.730072, 6.0], [7.0, 8.0]]]],
 'rmsprop_centered': [[[0.233666, -0.076894, -0.023344], -0.056184,
                       [[0.986111, 1.972723], [3.0, 4.0], [4.930364, 6.0], [7.0, 8.0]]],
                      [[0.245342, 0.01519, -0.11176], -0.121975,
                       [[0.970659, 1.942791], [3.0, 4.0], [4.86068, 6.0], [7.0, 8.0]]],
                      [[0.282258, 0.09372, -0.186167], -0.175058,
                       [[0.95345, 1.909806], [3.0, 4.0], [4.788316, 6.0], [7.0, 8.0]]]],
 'sgd': [[[0.16, 1.07, -1.26], -0.31, [[0.975, 1.95], [3.0, 4.0], [4.85, 6.0], [7.0, 8.0]]],
         [[0.6455, -0.5365, 0.482], 0.061, [[0.95, 1.9], [3.0, 4.0], [4.7, 6.0], [7.0, 8.0]]],
         [[0.06635, 1.44865, -1.8155], -0.6666,
          [[0.925, 1.85], [3.0, 4.0], [4.55, 6.0], [7.0, 8.0]]]]}


def _train(name):
    with tf.Graph().as_default():
        w = tf.Variable([0.3, -0.2, 0.1], name="w")
        b = tf.Variable(0.05, name="b")
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="emb")
        loss = tf.reduce_sum(tf.square(tf.reduce_sum(X * w, axis=1) + b - Y))
        opt = OPTIMIZERS[name]()
        train = opt.minimize(loss)
        grad = tf.IndexedSlices(tf.constant([[0.5, -1.0], [0.25, 0.5], [1.0, 1.0]]),
                                tf.constant([2, 0, 2]), tf.constant([4, 2]))
        sparse_train = opt.apply_gradients([(grad, emb)])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            steps = []
            for _ in range(3):
                sess.run(train)
                sess.run(sparse_train)
                steps.append(sess.run([w, b, emb]))
            return steps, opt


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_optimizer_steps_match_tensorflow(name):
    steps, _ = _train(name)
    for got, want in zip(steps, EXPECTED[name]):
        for g, e in zip(got, want):
            np.testing.assert_allclose(g, e, rtol=2e-5, atol=2e-6)


SLOTS = {
    "momentum": (["momentum"], ["b/Momentum", "emb/Momentum", "w/Momentum"]),
    "adagrad": (["accumulator"], ["b/Adagrad", "emb/Adagrad", "w/Adagrad"]),
    "adadelta": (["accum", "accum_update"], ["b/Adadelta", "b/Adadelta_1", "emb/Adadelta",
                                             "emb/Adadelta_1", "w/Adadelta", "w/Adadelta_1"]),
    "adam": (["m", "v"], ["b/Adam", "b/Adam_1", "beta1_power", "beta2_power", "emb/Adam",
                          "emb/Adam_1", "w/Adam", "w/Adam_1"]),
    "rmsprop_centered": (["mg", "momentum", "rms"],
                         ["b/RMSProp", "b/RMSProp_1", "b/RMSProp_2", "emb/RMSProp",
                          "emb/RMSProp_1", "emb/RMSProp_2", "w/RMSProp", "w/RMSProp_1",
                          "w/RMSProp_2"]),
    "ftrl": (["accum", "linear"], ["b/Ftrl", "b/Ftrl_1", "emb/Ftrl", "emb/Ftrl_1", "w/Ftrl",
                                   "w/Ftrl_1"]),
    "sgd": ([], []),
}


@pytest.mark.parametrize("name", sorted(SLOTS))
def test_slot_variables_are_named_like_tensorflow(name):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([0.3, -0.2, 0.1], name="w")
        b = tf.Variable(0.05, name="b")
        emb = tf.Variable(np.ones((4, 2), np.float32), name="emb")
        opt = OPTIMIZERS[name]()
        opt.minimize(tf.reduce_sum(w * w) + b * b + tf.reduce_sum(emb))
        slot_names, var_names = SLOTS[name]
        assert opt.get_slot_names() == slot_names
        assert [v.op.name for v in opt.variables()] == var_names
        for slot_name in slot_names:
            slot = opt.get_slot(w, slot_name)
            assert slot.get_shape().as_list() == [3]
            assert slot not in tf.trainable_variables()
            assert slot.op.get_attr("_class") == [b"loc:@w"]
        assert opt.get_slot(w, "nonexistent") is None


def test_adam_beta_powers_decay_once_per_step():
    with tf.Graph().as_default():
        w = tf.Variable([1.0], name="w")
        opt = tf.train.AdamOptimizer(0.1, beta1=0.5, beta2=0.25)
        train = opt.minimize(tf.reduce_sum(w * w))
        b1, b2 = opt._get_beta_accumulators()
        assert (b1.op.name, b2.op.name) == ("beta1_power", "beta2_power")
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            sess.run(train)
            np.testing.assert_allclose(sess.run([b1, b2]), [0.125, 0.015625])


def test_update_ops_are_the_apply_ops_named_under_the_optimizer():
    w = tf.Variable([1.0, 2.0], name="w")
    train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(tf.reduce_sum(w * w))
    assert train.type == "NoOp" and train.name == "Momentum"
    graph = tf.get_default_graph()
    apply = graph.get_operation_by_name("Momentum/update_w/ResourceApplyMomentum")
    assert apply.type == "ResourceApplyMomentum"
    assert apply in train.control_inputs
    assert graph.get_operation_by_name("Momentum/learning_rate").type == "Const"
    assert train in tf.get_collection(tf.GraphKeys.TRAIN_OP)


def test_compute_and_apply_gradients_with_global_step():
    w = tf.Variable([1.0, 2.0], name="w")
    b = tf.Variable(0.5, name="b")
    loss = tf.reduce_sum(tf.square(w)) + 3.0 * b
    step = tf.Variable(0, trainable=False, name="global_step")
    opt = tf.train.GradientDescentOptimizer(0.25)
    grads_and_vars = opt.compute_gradients(loss)
    assert [v for _, v in grads_and_vars] == [w, b]
    apply = opt.apply_gradients(grads_and_vars, global_step=step)
    assert apply.type == "AssignAddVariableOp" and apply.name == "GradientDescent"
    only_w = opt.minimize(loss, var_list=[w], global_step=step)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        grads = sess.run([g for g, _ in grads_and_vars])
        np.testing.assert_allclose(grads[0], [2.0, 4.0])
        assert grads[1] == 3.0
        sess.run(apply)
        sess.run(only_w)
        w_val, b_val, step_val = sess.run([w, b, step])
        np.testing.assert_allclose(w_val, [0.25, 0.5])
        assert (b_val, step_val) == (-0.25, 2)


def test_learning_rate_can_be_a_tensor_or_a_callable():
    w = tf.Variable([1.0], name="w")
    lr = tf.placeholder(tf.float32, [])
    train = tf.train.GradientDescentOptimizer(lr).minimize(tf.reduce_sum(w * w))
    train2 = tf.train.GradientDescentOptimizer(lambda: 0.5).minimize(tf.reduce_sum(w * w))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train, {lr: 0.25})
        np.testing.assert_allclose(sess.run(w), [0.5])
        sess.run(train2)
        np.testing.assert_allclose(sess.run(w), [0.0])


def test_gate_graph_and_gate_none_give_the_same_values():
    results = []
    for gate in (tf.train.Optimizer.GATE_NONE, tf.train.Optimizer.GATE_OP,
                 tf.train.Optimizer.GATE_GRAPH):
        with tf.Graph().as_default():
            w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
            v = tf.Variable([[0.5], [-1.0]], name="v")
            loss = tf.reduce_sum(tf.square(tf.matmul(tf.matmul(w, w), v)))
            train = tf.train.GradientDescentOptimizer(0.01).minimize(loss, gate_gradients=gate)
            with tf.Session() as sess:
                sess.run(tf.global_variables_initializer())
                sess.run(train)
                results.append(sess.run([w, v]))
    for r in results[1:]:
        for a, b in zip(results[0], r):
            np.testing.assert_allclose(a, b)


def test_optimizer_argument_errors():
    w = tf.Variable([1.0], name="w")
    opt = tf.train.GradientDescentOptimizer(0.1)
    with pytest.raises(ValueError, match="gate_gradients must be one of"):
        opt.compute_gradients(tf.reduce_sum(w), gate_gradients=5)
    with pytest.raises(ValueError, match="Invalid type"):
        opt.compute_gradients(tf.constant(1))
    with pytest.raises(ValueError, match="No variables provided"):
        opt.apply_gradients([])
    with pytest.raises(ValueError, match="No gradients provided for any variable"):
        opt.minimize(tf.reduce_sum(tf.constant([1.0])) * 2.0, var_list=[w])
    with pytest.raises(ValueError, match="No gradients provided for any variable"):
        opt.apply_gradients([(None, w)])
    with pytest.raises(ValueError, match="Must specify the optimizer name"):
        tf.train.GradientDescentOptimizer(0.1, name="")
    with pytest.raises(ValueError, match="initial_accumulator_value must be positive"):
        tf.train.AdagradOptimizer(0.1, initial_accumulator_value=0.0)
    with pytest.raises(ValueError, match="learning_rate_power"):
        tf.train.FtrlOptimizer(0.1, learning_rate_power=0.5)


def test_no_trainable_variables_is_an_error():
    x = tf.constant([1.0])
    with pytest.raises(ValueError, match="No variables to optimize"):
        tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(x * x))


def test_apply_op_on_an_uninitialized_variable_fails_precondition():
    w = tf.Variable([1.0], name="w")
    train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(w * w))
    with tf.Session() as sess, pytest.raises(errors.FailedPreconditionError):
        sess.run(train)


def test_apply_ops_never_write_into_arrays_a_run_returned():
    w = tf.Variable([1.0, 2.0], name="w")
    train = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        before = sess.run(w)
        sess.run(train)
        np.testing.assert_allclose(before, [1.0, 2.0])
        assert not np.allclose(sess.run(w), before)


# ------------------------------------------------------------------ schedules
STEPS = [0, 3, 5, 6, 10, 15, 19, 20, 35]
SCHEDULES = {
    "exp": (lambda s: tf.train.exponential_decay(0.1, s, 10, 0.5),
            [0.1, 0.0812252, 0.0707107, 0.0659754, 0.05, 0.0353553, 0.0267943, 0.025, 0.0088388]),
    "exp_stair": (lambda s: tf.train.exponential_decay(0.1, s, 10, 0.5, staircase=True),
                  [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.0125]),
    "nat": (lambda s: tf.train.natural_exp_decay(0.1, s, 10, 0.5),
            [0.1, 0.0860708, 0.0778801, 0.0740818, 0.0606531, 0.0472367, 0.0386741, 0.0367879,
             0.0173774]),
    "nat_stair": (lambda s: tf.train.natural_exp_decay(0.1, s, 10, 0.5, staircase=True),
                  [0.1, 0.1, 0.1, 0.1, 0.0606531, 0.0606531, 0.0606531, 0.0367879, 0.022313]),
    "inv": (lambda s: tf.train.inverse_time_decay(0.1, s, 10, 0.5),
            [0.1, 0.0869565, 0.08, 0.0769231, 0.0666667, 0.0571429, 0.0512821, 0.05, 0.0363636]),
    "inv_stair": (lambda s: tf.train.inverse_time_decay(0.1, s, 10, 0.5, staircase=True),
                  [0.1, 0.1, 0.1, 0.1, 0.0666667, 0.0666667, 0.0666667, 0.05, 0.04]),
    "poly": (lambda s: tf.train.polynomial_decay(0.1, s, 20, end_learning_rate=0.01, power=2.0),
             [0.1, 0.075025, 0.060625, 0.0541, 0.0325, 0.015625, 0.010225, 0.01, 0.01]),
    "poly_cycle": (lambda s: tf.train.polynomial_decay(0.1, s, 20, end_learning_rate=0.01,
                                                       power=0.5, cycle=True),
                   [0.1, 0.0929759, 0.0879423, 0.0852994, 0.0736396, 0.055, 0.0301246, 0.01,
                    0.0418198]),
    "cos": (lambda s: tf.train.cosine_decay(0.1, s, 20, alpha=0.1),
            [0.1, 0.0950953, 0.0868198, 0.0814503, 0.055, 0.0231802, 0.010554, 0.01, 0.01]),
    "piecewise": (lambda s: tf.train.piecewise_constant(s, [5, 15], [1.0, 0.5, 0.1]),
                  [1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1]),
}


@pytest.mark.parametrize("name", sorted(SCHEDULES))
def test_learning_rate_schedules_match_tensorflow(name):
    step = tf.placeholder(tf.int64, [])
    make, expected = SCHEDULES[name]
    lr = make(step)
    assert lr.dtype == tf.float32
    with tf.Session() as sess:
        got = [sess.run(lr, {step: s}) for s in STEPS]
    np.testing.assert_allclose(got, expected, rtol=1e-5)


def test_schedules_need_a_global_step():
    # TF 2.x: the missing step fails its conversion to a tensor, for every schedule
    with pytest.raises(ValueError, match="None values not supported"):
        tf.train.exponential_decay(0.1, None, 10, 0.5)
    with pytest.raises(ValueError, match="None values not supported"):
        tf.train.piecewise_constant(None, [5], [1.0, 2.0])
    with pytest.raises(ValueError, match="1 less than the length of values"):
        tf.train.piecewise_constant(tf.constant(1), [1, 2], [1.0, 2.0])
    with pytest.raises(ValueError, match="same dtype"):
        tf.train.piecewise_constant(tf.constant(1), [1], [1.0, 2])


# ------------------------------------------------------------------ moving averages
def test_exponential_moving_average_matches_tensorflow():
    w = tf.Variable([1.0, 2.0], name="w")
    b = tf.Variable(0.5, name="b")
    ema = tf.train.ExponentialMovingAverage(0.9)
    with tf.control_dependencies([tf.assign_add(w, [1.0, -1.0]), tf.assign(b, b * 3.0)]):
        train = tf.no_op()
    maintain = ema.apply([w, b])
    assert maintain.type == "NoOp" and maintain.name == "ExponentialMovingAverage"
    assert ema.average(w).name == "w/ExponentialMovingAverage:0"
    assert ema.average_name(b) == "b/ExponentialMovingAverage"
    assert sorted(ema.variables_to_restore()) == ["b/ExponentialMovingAverage",
                                                  "w/ExponentialMovingAverage"]
    ema2 = tf.train.ExponentialMovingAverage(0.99, num_updates=tf.constant(3))
    maintain2 = ema2.apply([w])
    assert ema2.average(w).name == "w/ExponentialMovingAverage_1:0"
    expected = [[[1.1, 1.9], 0.6, [1.692308, 1.307692]],
                [[1.29, 1.71], 0.99, [2.597633, 0.402367]],
                [[1.561, 1.439], 2.241, [3.568502, -0.568503]]]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for want in expected:
            sess.run(train)
            sess.run(maintain)
            sess.run(maintain2)
            got = sess.run([ema.average(w), ema.average(b), ema2.average(w)])
            for g, e in zip(got, want):
                np.testing.assert_allclose(g, e, rtol=1e-5)
    assert [v.name for v in tf.moving_average_variables()] == ["w:0", "b:0", "w:0"]


def test_moving_average_rejects_integer_variables():
    v = tf.Variable(1, name="i")
    with pytest.raises(TypeError, match="must be half, float, or double"):
        tf.train.ExponentialMovingAverage(0.9).apply([v])


# ------------------------------------------------------------------ global step
def test_global_step_is_an_int64_scalar_in_its_collection():
    assert tf.train.get_global_step() is None
    step = tf.train.get_or_create_global_step()
    assert step.name == "global_step:0" and step.dtype.base_dtype == tf.int64
    assert step.get_shape().as_list() == []
    assert tf.get_collection(tf.GraphKeys.GLOBAL_STEP) == [step]
    assert step not in tf.trainable_variables()
    assert tf.train.get_or_create_global_step() is step
    assert tf.train.get_global_step() is step
    with pytest.raises(ValueError, match='"global_step" already exists.'):
        tf.train.create_global_step()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        value = tf.train.global_step(sess, step)
        assert value == 0 and type(value) is int


def test_a_float_global_step_is_rejected():
    tf.Variable(0.0, name="global_step", trainable=False)
    with pytest.raises(TypeError, match="does not have integer type"):
        tf.train.get_global_step()


def test_apply_gradients_to_a_tensor_fails_inside_its_name_scope_like_tf():
    g = tf.Graph()
    with g.as_default():
        a = tf.Variable([1.0, 2.0], name="a")
        opt = tf.train.GradientDescentOptimizer(0.1)
        with pytest.raises(NotImplementedError, match="Tensor"):
            opt.apply_gradients([(tf.constant([1.0, 1.0]), tf.constant([1.0, 1.0]))])
        with pytest.raises(NotImplementedError, match="unsupported type"):
            opt.apply_gradients([(tf.constant([1.0, 1.0]), "not a variable")])
        # The failed call used "GradientDescent" (and built its learning rate), as in TF.
        assert g.get_operation_by_name("GradientDescent/learning_rate").type == "Const"
        assert opt.apply_gradients([(tf.constant([1.0, 1.0]), a)]).name == "GradientDescent_1"


def test_callable_loss_uses_the_variables_a_tape_sees_it_read():
    with tf.Graph().as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        loss = tf.reduce_sum(w * 3.0)
        opt = tf.train.GradientDescentOptimizer(0.1)
        assert opt.compute_gradients(lambda: loss) == []  # built before: nothing read in it
        (g, v), = opt.compute_gradients(lambda: tf.reduce_sum(w * w))
        assert v is w and g.name == "AddN:0"
        with pytest.raises(AttributeError, match="'set' object has no attribute 'op'"):
            opt.minimize(loss, var_list={w})
        with tf.Session() as sess:
            sess.run(w.initializer)
            np.testing.assert_allclose(sess.run(g), [2.0, 4.0])


def test_apply_errors_read_as_tf_shape_inference_and_int_gradients_have_no_kernel():
    with tf.Graph().as_default():
        v = tf.Variable([1.0, 2.0], name="v")
        opt = tf.train.GradientDescentOptimizer(0.5)
        with pytest.raises(ValueError, match=r"Dimension 0 in both shapes must be equal, but are "
                                             r"2 and 3\. Shapes are \[2\] and \[3\]\."):
            opt.apply_gradients([(tf.constant([1.0, 2.0, 3.0]), v)])
        up = opt.apply_gradients([(tf.constant([1, 2]), v)])  # builds, as in TF
        with tf.Session() as sess:
            sess.run(v.initializer)
            with pytest.raises(tf.errors.InvalidArgumentError, match="No OpKernel was registered"):
                sess.run(up)
