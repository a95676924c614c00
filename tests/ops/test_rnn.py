"""tf.nn.rnn_cell cells and tf.nn.dynamic_rnn / static_rnn / bidirectional_dynamic_rnn.

REFERENCE holds outputs and final states recorded from TensorFlow 2.21 (tf.compat.v1 with the
legacy tf_keras cells) for the same inputs and the same weights, set by tf.assign from fixed
NumPy arrays: so names, shapes, gate order and forget biases all have to be TF's to match.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

rnn = tf.nn.rnn_cell
B, T, D = 3, 4, 2

REFERENCE = {
    'basic': [
        [0.225542, 0.18343, 0.115939, -0.013845, -0.088373, -0.150226, 0.399882, 0.284142, 0.120718, 0.838674, 0.842974, 0.792968, 0.564402, 0.545624, 0.463799, 0.283897, 0.299775, 0.277315, 0.330933, 0.243865, 0.119622, 0.775191, 0.758617, 0.674143, 0.751654, 0.735393, 0.65082, 0.61776, 0.666491, 0.65188, 0.367518, 0.347847, 0.283335, 0.649572, 0.606394, 0.490457],
        [0.838674, 0.842974, 0.792968, 0.775191, 0.758617, 0.674143, 0.649572, 0.606394, 0.490457],
    ],
    'lstm_seq': [
        [0.122518, 0.098195, 0.058584, 0.154691, 0.101363, 0.015797, 0.202589, 0.128566, 0.028046, 0.261336, 0.200106, 0.123848, 0.126982, 0.115922, 0.093671, 0.161558, 0.125518, 0.062546, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0.562825, 0.456917, 0.297573, 0.576742, 0.424103, 0.186145, 0, 0, 0],
        [0.261336, 0.200106, 0.123848, 0.161558, 0.125518, 0.062546, 0, 0, 0],
    ],
    'gru_tm': [
        [-0.075032, -0.09089, -0.094834, -0.090741, -0.14885, -0.179363, -0.115684, -0.184348, -0.218199, -0.162779, -0.116769, -0.052755, -0.13072, -0.11761, -0.086715, -0.133573, -0.178609, -0.19607, -0.278603, -0.271424, -0.238591, -0.23817, -0.209557, -0.152062, -0.195607, -0.159914, -0.096622, -0.33141, -0.384173, -0.391219, -0.323217, -0.348052, -0.335275, -0.299448, -0.298036, -0.264477],
        [-0.33141, -0.384173, -0.391219, -0.323217, -0.348052, -0.335275, -0.299448, -0.298036, -0.264477],
    ],
    'lstm_peep': [
        [0.088281, 0.144614, 0.099256, 0.215118, 0.163258, 0.264591, 0.246207, 0.295931, 0.149541, 0.175918, 0.153761, 0.255308, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [-0.147357, -0.380116, -0.5, -0.5, -0.383151, -0.41121, -0.397805, -0.342082, 0, 0, 0, 0],
        [0.246207, 0.295931, 0.153761, 0.255308, 0, 0],
    ],
    'multi': [
        [-0.320465, -0.245962, -0.135235, -0.020576, 0.037227, 0.089784, -0.211614, -0.119143, -0.008359, -0.044375, 0.01785, 0.077536, -0.341976, -0.269231, -0.15707, -0.004141, 0.047603, 0.092704, -0.227925, -0.13109, -0.013853, -0.023786, 0.040062, 0.098215, -0.373898, -0.29864, -0.179449, 0.010859, 0.054932, 0.091418, -0.244655, -0.145607, -0.023726, -0.013356, 0.054715, 0.114972],
        [0.40792, 0.531843, 0.579683, 0.490172, 0.59969, 0.618116, 0.581809, 0.684235, 0.681316],
        [0.228792, 0.277741, 0.281946, 0.248081, 0.284532, 0.280356, 0.251222, 0.272096, 0.261875],
        [0.132651, 0.039442, -0.056386, 0.132917, 0.038158, -0.059493, 0.141814, 0.040899, -0.063521],
        [-0.044375, 0.01785, 0.077536, -0.023786, 0.040062, 0.098215, -0.013356, 0.054715, 0.114972],
    ],
    'bidi': [
        [0.108405, 0.05967, -0.050854, -0.131138, 0.256701, 0.128687, 0.665234, 0.603648, 0.369244, 0.336201, 0.048877, 0.001444, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [-0.093849, 0.025448, -0.013183, 0.093673, 0.020953, 0.106979, -0.017379, 0.036444, -0.122445, -0.057408, -0.057493, -0.020144, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0.665234, 0.603648, 0.048877, 0.001444, 0, 0],
        [-0.156252, 0.039875, -0.199855, -0.088559, 0, 0],
        [-0.093849, 0.025448, -0.122445, -0.057408, 0, 0],
    ],
    'static': [
        [-0.089813, -0.100157, -0.09403, -0.103334, 0, 0],
        [-0.149744, -0.156331, -0.145806, -0.15893, 0, 0],
        [-0.197903, -0.194662, 0, 0, 0, 0],
        [-0.205276, -0.21239, 0, 0, 0, 0],
        [-0.448879, -0.415978, -0.342853, -0.338679, 0, 0],
        [-0.205276, -0.21239, -0.145806, -0.15893, 0, 0],
    ],
    'init': [
        [0.164866, 0.108688, 0.131453, 0.060372, 0.044623, -0.027362, 0.036748, -0.048746, 0.159977, 0.101327, 0.171512, 0.088509, 0.088788, 0.006238, 0.028314, -0.054804, 0.131621, 0.075603, 0.175742, 0.086604, 0.131994, 0.036463, 0.042572, -0.044565],
        [0.100818, -0.133677, 0.076455, -0.142957, 0.112172, -0.111298],
        [0.036748, -0.048746, 0.028314, -0.054804, 0.042572, -0.044565],
    ],
}

EXPECTED_VARIABLES = [
    ("basic/basic_rnn_cell/kernel:0", [5, 3]), ("basic/basic_rnn_cell/bias:0", [3]),
    ("rnn/basic_lstm_cell/kernel:0", [5, 12]), ("rnn/basic_lstm_cell/bias:0", [12]),
    ("gru/gru_cell/gates/kernel:0", [5, 6]), ("gru/gru_cell/gates/bias:0", [6]),
    ("gru/gru_cell/candidate/kernel:0", [5, 3]), ("gru/gru_cell/candidate/bias:0", [3]),
    ("peep/lstm_cell/kernel:0", [4, 16]), ("peep/lstm_cell/bias:0", [16]),
    ("peep/lstm_cell/w_f_diag:0", [4]), ("peep/lstm_cell/w_i_diag:0", [4]),
    ("peep/lstm_cell/w_o_diag:0", [4]), ("peep/lstm_cell/projection/kernel:0", [4, 2]),
    ("multi/multi_rnn_cell/cell_0/basic_lstm_cell/kernel:0", [5, 12]),
    ("multi/multi_rnn_cell/cell_0/basic_lstm_cell/bias:0", [12]),
    ("multi/multi_rnn_cell/cell_1/gru_cell/gates/kernel:0", [6, 6]),
    ("multi/multi_rnn_cell/cell_1/gru_cell/gates/bias:0", [6]),
    ("multi/multi_rnn_cell/cell_1/gru_cell/candidate/kernel:0", [6, 3]),
    ("multi/multi_rnn_cell/cell_1/gru_cell/candidate/bias:0", [3]),
    ("multi/multi_rnn_cell/cell_2/basic_rnn_cell/kernel:0", [6, 3]),
    ("multi/multi_rnn_cell/cell_2/basic_rnn_cell/bias:0", [3]),
    ("bidirectional_rnn/fw/gru_cell/gates/kernel:0", [4, 4]),
    ("bidirectional_rnn/fw/gru_cell/gates/bias:0", [4]),
    ("bidirectional_rnn/fw/gru_cell/candidate/kernel:0", [4, 2]),
    ("bidirectional_rnn/fw/gru_cell/candidate/bias:0", [2]),
    ("bidirectional_rnn/bw/basic_lstm_cell/kernel:0", [4, 8]),
    ("bidirectional_rnn/bw/basic_lstm_cell/bias:0", [8]),
    ("static/basic_lstm_cell/kernel:0", [4, 8]), ("static/basic_lstm_cell/bias:0", [8]),
    ("init/lstm_cell/kernel:0", [4, 8]), ("init/lstm_cell/bias:0", [8]),
]


def _inputs():
    return (np.sin(np.arange(B * T * D) * 0.7) * 0.8).astype(np.float32).reshape(B, T, D)


def _weight_value(var):
    shape = var.shape.as_list()
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.37 + len(var.name)) * 0.5).astype(np.float32).reshape(shape)


def _build_all():
    x = tf.constant(_inputs())
    lens = tf.constant([4, 2, 0])
    res = {}
    res["basic"] = tf.nn.dynamic_rnn(rnn.BasicRNNCell(3), x, dtype=tf.float32, scope="basic")
    res["lstm_seq"] = tf.nn.dynamic_rnn(rnn.BasicLSTMCell(3), x, sequence_length=lens,
                                        dtype=tf.float32)
    res["gru_tm"] = tf.nn.dynamic_rnn(rnn.GRUCell(3), tf.transpose(x, [1, 0, 2]),
                                      time_major=True, dtype=tf.float32, scope="gru")
    res["lstm_peep"] = tf.nn.dynamic_rnn(
        rnn.LSTMCell(4, use_peepholes=True, num_proj=2, cell_clip=0.5, forget_bias=0.7), x,
        sequence_length=lens, dtype=tf.float32, scope="peep")
    multi = rnn.MultiRNNCell([rnn.BasicLSTMCell(3), rnn.ResidualWrapper(rnn.GRUCell(3)),
                              rnn.DropoutWrapper(rnn.BasicRNNCell(3), output_keep_prob=1.0)])
    res["multi"] = tf.nn.dynamic_rnn(multi, x, dtype=tf.float32, scope="multi")
    res["bidi"] = tf.nn.bidirectional_dynamic_rnn(rnn.GRUCell(2), rnn.BasicLSTMCell(2), x,
                                                  sequence_length=lens, dtype=tf.float32)
    res["static"] = tf.nn.static_rnn(rnn.BasicLSTMCell(2, state_is_tuple=True),
                                     tf.unstack(x, axis=1), dtype=tf.float32,
                                     sequence_length=lens, scope="static")
    init = rnn.LSTMStateTuple(tf.ones([B, 2]) * 0.3, tf.ones([B, 2]) * -0.2)
    res["init"] = tf.nn.dynamic_rnn(rnn.LSTMCell(2), x, initial_state=init, scope="init")
    return res


def test_outputs_and_states_match_tensorflow_with_tensorflows_weights():
    with tf.Graph().as_default():
        res = _build_all()
        got = [(v.name, v.shape.as_list()) for v in tf.global_variables()]
        assert got == EXPECTED_VARIABLES
        assert len(tf.trainable_variables()) == len(EXPECTED_VARIABLES)
        assigns = [tf.assign(v, _weight_value(v)) for v in tf.global_variables()]
        flat = {k: tf.nest.flatten(v) for k, v in res.items()}
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(assigns)
            values = sess.run(flat)
        for key, expected in REFERENCE.items():
            assert len(values[key]) == len(expected), key
            for i, (value, exp) in enumerate(zip(values[key], expected)):
                np.testing.assert_allclose(np.ravel(value), exp, atol=2e-5,
                                           err_msg="%s[%d]" % (key, i))


def test_static_shapes_and_state_structures():
    with tf.Graph().as_default():
        res = _build_all()
        out, state = res["lstm_peep"]
        assert out.shape.as_list() == [B, T, 2]
        assert isinstance(state, rnn.LSTMStateTuple)
        assert state.c.shape.as_list() == [B, 4] and state.h.shape.as_list() == [B, 2]
        out, state = res["gru_tm"]
        assert out.shape.as_list() == [T, B, 3] and state.shape.as_list() == [B, 3]
        _, states = res["multi"]
        assert isinstance(states, tuple) and len(states) == 3
        assert isinstance(states[0], rnn.LSTMStateTuple)
        outputs, state = res["static"]
        assert len(outputs) == T and outputs[0].shape.as_list() == [B, 2]


def test_sequence_length_zeroes_outputs_and_copies_state_through():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, None, 3])
        lens = tf.placeholder(tf.int32, [None])
        cell = rnn.GRUCell(4)
        outputs, state = tf.nn.dynamic_rnn(cell, x, sequence_length=lens, dtype=tf.float32)
        assert outputs.shape.as_list() == [None, None, 4]
        xs = np.random.RandomState(1).randn(3, 5, 3).astype(np.float32)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            out, st = sess.run([outputs, state], {x: xs, lens: [5, 2, 0]})
            full = sess.run(outputs, {x: xs[1:2, :2], lens: [2]})
        np.testing.assert_array_equal(out[1, 2:], 0.0)
        np.testing.assert_array_equal(out[2], 0.0)
        np.testing.assert_allclose(st[0], out[0, 4], rtol=1e-6)
        np.testing.assert_allclose(st[1], out[1, 1], rtol=1e-6)  # state stops at step 2
        np.testing.assert_array_equal(st[2], 0.0)  # zero initial state kept
        np.testing.assert_allclose(out[1, :2], full[0], rtol=1e-5)


def test_dynamic_rnn_trains_on_a_sequence_task():
    # Learn to output the running sum of the inputs, with an LSTM and a dense readout.
    rng = np.random.RandomState(0)
    xs = rng.uniform(-1, 1, size=(16, 6, 1)).astype(np.float32)
    ys = np.cumsum(xs, axis=1)
    with tf.Graph().as_default():
        tf.set_random_seed(3)
        x = tf.constant(xs)
        outputs, _ = tf.nn.dynamic_rnn(rnn.LSTMCell(8), x, dtype=tf.float32)
        pred = tf.layers.dense(outputs, 1)
        loss = tf.reduce_mean(tf.square(pred - ys))
        kernel = [v for v in tf.trainable_variables() if v.name == "rnn/lstm_cell/kernel:0"][0]
        grad = tf.gradients(loss, kernel)[0]
        train = tf.train.AdamOptimizer(0.05).minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            assert np.abs(sess.run(grad)).sum() > 0
            first = sess.run(loss)
            for _ in range(60):
                sess.run(train)
            last = sess.run(loss)
        assert last < 0.3 * first


def test_zero_state_and_errors():
    with tf.Graph().as_default():
        cell = rnn.MultiRNNCell([rnn.BasicLSTMCell(3), rnn.GRUCell(2)])
        assert cell.state_size == (rnn.LSTMStateTuple(3, 3), 2)
        assert cell.output_size == 2
        zs = cell.zero_state(5, tf.float32)
        assert zs[0].c.shape.as_list() == [5, 3] and zs[1].shape.as_list() == [5, 2]
        x = tf.zeros([2, 3, 4])
        with pytest.raises(ValueError, match="dtype"):
            tf.nn.dynamic_rnn(rnn.GRUCell(2), x)
        with pytest.raises(ValueError, match="must be between 0 and 1"):
            rnn.DropoutWrapper(rnn.GRUCell(2), output_keep_prob=1.5)
        with pytest.raises(ValueError, match="at least one cell"):
            rnn.MultiRNNCell([])
        with pytest.raises(ValueError, match="rank"):
            tf.nn.dynamic_rnn(rnn.GRUCell(2), tf.zeros([3]), dtype=tf.float32, scope="bad")


def test_cell_call_reuses_variables_and_state_is_tuple_false():
    with tf.Graph().as_default():
        cell = rnn.BasicLSTMCell(2, state_is_tuple=False)
        assert cell.state_size == 4
        x = tf.ones([1, 3])
        h1, s1 = cell(x, cell.zero_state(1, tf.float32))
        h2, s2 = cell(x, s1)
        assert [v.name for v in tf.global_variables()] == ["basic_lstm_cell/kernel:0",
                                                            "basic_lstm_cell/bias:0"]
        assert s2.shape.as_list() == [1, 4]
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            a, b = sess.run([h1, h2])
        assert not np.allclose(a, b)


def test_dropout_wrapper_drops_outputs_when_keep_prob_below_one():
    with tf.Graph().as_default():
        cell = rnn.DropoutWrapper(rnn.BasicRNNCell(50, activation=tf.nn.relu),
                                  output_keep_prob=0.5, seed=1)
        outputs, _ = tf.nn.dynamic_rnn(cell, tf.ones([4, 3, 2]), dtype=tf.float32)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            out = sess.run(outputs)
        kept = out[out != 0]
        assert 0 < kept.size < out.size
        assert kept.min() > 0  # relu outputs, scaled by 1/keep_prob


def test_namespaces():
    assert tf.nn.rnn_cell.LSTMCell is tf.compat.v1.nn.rnn_cell.LSTMCell
    assert issubclass(rnn.GRUCell, rnn.RNNCell)
    assert callable(tf.nn.static_bidirectional_rnn)
