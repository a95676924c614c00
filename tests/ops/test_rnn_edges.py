"""dynamic_rnn and rnn_cell edge cases as TF 2.21 (legacy tf_keras cells) handles them: input
ranks, nested inputs, cells that make their variables in `call`, wrapper arguments."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

rnn = tf.nn.rnn_cell


def test_dynamic_rnn_refuses_rank_2_inputs_before_building_the_cell():
    with pytest.raises(ValueError, match="must have rank at least 3"):
        tf.nn.dynamic_rnn(rnn.BasicRNNCell(2), tf.zeros([2, 3]), dtype=tf.float32)
    assert tf.global_variables() == []


class _PairCell(rnn.RNNCell):
    """Takes (a, b) inputs; makes its kernel in `call`, as many user cells do."""

    @property
    def state_size(self):
        return 2

    @property
    def output_size(self):
        return (2, 1)

    def call(self, inputs, state):
        a, b = inputs
        w = tf.get_variable("w", [a.shape[-1] + b.shape[-1] + 2, 2],
                            initializer=tf.constant_initializer(0.1))
        h = tf.tanh(tf.matmul(tf.concat([a, b, state], 1), w))
        return (h, tf.reduce_sum(h, 1, keepdims=True)), h


def test_dynamic_rnn_over_nested_inputs_with_a_cell_making_variables_in_call():
    a = np.linspace(0, 1, 12, dtype=np.float32).reshape(2, 3, 2)
    b = np.linspace(1, 0, 6, dtype=np.float32).reshape(2, 3, 1)
    (h, s), last = tf.nn.dynamic_rnn(_PairCell(), (tf.constant(a), tf.constant(b)),
                                     dtype=tf.float32)
    assert (h.shape.as_list(), s.shape.as_list()) == ([2, 3, 2], [2, 3, 1])
    assert [v.name for v in tf.global_variables()] == ["rnn/private__pair_cell/w:0"]  # TF's name for "_PairCell"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        hv, sv, lv = sess.run([h, s, last])
    state = np.zeros((2, 2), np.float32)
    for t in range(3):
        state = np.tanh(np.concatenate([a[:, t], b[:, t], state], 1) @ np.full((5, 2), 0.1))
        assert np.allclose(hv[:, t], state, atol=1e-6)
    assert np.allclose(sv[..., 0], hv.sum(-1), atol=1e-6) and np.allclose(lv, state, atol=1e-6)


def test_cells_are_named_like_layers():
    assert (rnn.BasicRNNCell(2).name, rnn.BasicRNNCell(2).name) == ("basic_rnn_cell_1",
                                                                    "basic_rnn_cell_2")
    cell = rnn.GRUCell(2)
    tf.nn.dynamic_rnn(cell, tf.zeros([1, 2, 3]), dtype=tf.float32)
    assert cell.name == "gru_cell_1"
    assert tf.global_variables()[0].name == "rnn/gru_cell/gates/kernel:0"


def test_dropout_wrapper_accepts_keep_prob_zero_to_one():
    tf.nn.rnn_cell.DropoutWrapper(rnn.BasicRNNCell(2), output_keep_prob=0.0)
    tf.nn.rnn_cell.DropoutWrapper(rnn.BasicRNNCell(2), input_keep_prob=1.0)
    with pytest.raises(ValueError):
        tf.nn.rnn_cell.DropoutWrapper(rnn.BasicRNNCell(2), state_keep_prob=1.5)
    with pytest.raises(ValueError):
        tf.nn.rnn_cell.DropoutWrapper(rnn.BasicRNNCell(2), input_keep_prob=-0.1)
