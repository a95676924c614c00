"""tf.nn.rnn_cell (TF1): RNN cells and wrappers.

A cell is a layer called as `output, new_state = cell(inputs, state)`. Its variables live in
a variable scope named after the cell ("rnn/basic_lstm_cell/kernel"), with TF's shapes, gate
order and initialisation, so that a checkpoint written by TensorFlow gives TensorFlow's outputs.

Cells build their variables up front through `_ensure_built(input_shape)`: `dynamic_rnn`
calls it before its while loop, so that no variable is created inside the loop body.
"""

import collections

from tensorweave._api import tf_export
from tensorweave.framework import dtypes, nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import device as _device
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.layers.base import Layer
from tensorweave.ops import (
    array_creation_ops,
    array_misc_ops,
    array_ops,
    linalg_ops,
    math_ops,
    math_unary_ops,
    nn_impl,
    nn_ops,
)
from tensorweave.training import variable_scope as _vs

_LSTMStateTuple = collections.namedtuple("LSTMStateTuple", ("c", "h"))


@tf_export("nn.rnn_cell.LSTMStateTuple")
class LSTMStateTuple(_LSTMStateTuple):
    """(c, h): the memory cell and the hidden output of an LSTM."""

    __slots__ = ()

    @property
    def dtype(self):
        c, h = self
        if c.dtype != h.dtype:
            raise TypeError("Inconsistent internal state: %s vs %s" % (c.dtype, h.dtype))
        return c.dtype


def _concat_state_sizes(size):
    return sum(nest.flatten(size))


def _zeros(batch_size, size, dtype):
    """zeros of shape [batch_size, size] (size an int or a TensorShape of the inner dims)."""
    inner = TensorShape(size).as_list()
    if isinstance(batch_size, _ops.Tensor):
        shape = array_ops.concat([array_ops.reshape(batch_size, [1]), _const_dims(inner)], 0)
        return array_creation_ops.zeros(shape, dtype=dtype)
    return array_creation_ops.zeros([batch_size] + inner, dtype=dtype)


def _const_dims(dims):
    from tensorweave.ops.constant_op import constant

    return constant(dims, dtype=dtypes.int32)


def _static_last_dim(shape, cell):
    shape = TensorShape(shape)
    if shape.ndims is None or shape.as_list()[-1] is None:
        raise ValueError("Expected inputs.shape[-1] to be known, saw shape: %s (in %s)"
                         % (shape, type(cell).__name__))
    return shape.as_list()[-1]


def _linear(args, kernel, bias):
    """concat(args, 1) @ kernel + bias."""
    x = args[0] if len(args) == 1 else array_ops.concat(args, 1)
    out = linalg_ops.matmul(x, kernel)
    return out if bias is None else nn_ops.bias_add(out, bias)


@tf_export("nn.rnn_cell.RNNCell")
class RNNCell(Layer):
    """Base class of RNN cells: `call(inputs, state) -> (output, new_state)`."""

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        super().__init__(trainable=trainable, name=name, dtype=dtype, **kwargs)

    @property
    def state_size(self):
        raise NotImplementedError("Abstract method")

    @property
    def output_size(self):
        raise NotImplementedError("Abstract method")

    def __call__(self, inputs, state, scope=None):
        if scope is not None and self._scope is None:
            with _vs.variable_scope(scope) as s:
                self._scope = s
                self._name_scope_str = s.original_name_scope
        return super().__call__(inputs, state)

    def _ensure_built(self, input_shape, dtype=None):
        """Creates the variables (in this cell's scope) without calling the cell."""
        if self.built:
            return
        self._set_scope()
        if self._dtype is None and dtype is not None:
            self._dtype = dtypes.as_dtype(dtype).base_dtype
        with _vs.variable_scope(self._scope, reuse=self._reuse, auxiliary_name_scope=False), \
                name_scope(self._name_scope_str or None):
            nested = nest.is_nested(input_shape) and not isinstance(input_shape, TensorShape)
            self.build(input_shape if nested else TensorShape(input_shape))
            self.built = True
            self._built_ahead = True

    def zero_state(self, batch_size, dtype):
        """A (nested) state of zeros of shape [batch_size, state_size]."""
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return nest.map_structure(lambda s: _zeros(batch_size, s, dtype), self.state_size)

    def get_initial_state(self, inputs=None, batch_size=None, dtype=None):
        if inputs is not None:
            inputs = _ops.convert_to_tensor(inputs)
            batch_size = inputs.shape.as_list()[0] if inputs.shape.ndims else None
            if batch_size is None:
                batch_size = array_ops.shape(inputs)[0]
            dtype = dtype or inputs.dtype
        return self.zero_state(batch_size, dtype or dtypes.float32)


def _activation(fn):
    return math_unary_ops.tanh if fn is None else fn


@tf_export("nn.rnn_cell.BasicRNNCell")
class BasicRNNCell(RNNCell):
    """output = new_state = activation(W [inputs, state] + b)."""

    def __init__(self, num_units, activation=None, reuse=None, name=None, dtype=None, **kwargs):
        super().__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        self._num_units = int(num_units)
        self._activation = _activation(activation)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        depth = _static_last_dim(inputs_shape, self)
        self._kernel = self.add_weight("kernel", shape=[depth + self._num_units, self._num_units])
        self._bias = self.add_weight("bias", shape=[self._num_units],
                                     initializer=_zeros_init())
        self.built = True

    def call(self, inputs, state):
        output = self._activation(_linear([inputs, state], self._kernel, self._bias))
        return output, output


def _zeros_init():
    from tensorweave.ops import init_ops

    return init_ops.zeros_initializer()


def _ones_init():
    from tensorweave.ops import init_ops

    return init_ops.constant_initializer(1.0)


@tf_export("nn.rnn_cell.GRUCell")
class GRUCell(RNNCell):
    """Gated recurrent unit (Cho et al., 2014): gates r, u; candidate from [inputs, r * h]."""

    def __init__(self, num_units, activation=None, reuse=None, kernel_initializer=None,
                 bias_initializer=None, name=None, dtype=None, **kwargs):
        super().__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        self._num_units = int(num_units)
        self._activation = _activation(activation)
        self._kernel_initializer = kernel_initializer
        self._bias_initializer = bias_initializer

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        depth = _static_last_dim(inputs_shape, self)
        n = self._num_units
        self._gate_kernel = self.add_weight("gates/kernel", shape=[depth + n, 2 * n],
                                            initializer=self._kernel_initializer)
        self._gate_bias = self.add_weight(
            "gates/bias", shape=[2 * n],
            initializer=self._bias_initializer if self._bias_initializer is not None
            else _ones_init())
        self._candidate_kernel = self.add_weight("candidate/kernel", shape=[depth + n, n],
                                                 initializer=self._kernel_initializer)
        self._candidate_bias = self.add_weight(
            "candidate/bias", shape=[n],
            initializer=self._bias_initializer if self._bias_initializer is not None
            else _zeros_init())
        self.built = True

    def call(self, inputs, state):
        gates = math_unary_ops.sigmoid(_linear([inputs, state], self._gate_kernel,
                                               self._gate_bias))
        r, u = array_misc_ops.split(gates, 2, axis=1)
        candidate = self._activation(_linear([inputs, r * state], self._candidate_kernel,
                                             self._candidate_bias))
        new_h = u * state + (1 - u) * candidate
        return new_h, new_h


@tf_export("nn.rnn_cell.BasicLSTMCell")
class BasicLSTMCell(RNNCell):
    """LSTM without peepholes or projection; gates (i, j, f, o) from one kernel, forget_bias
    added to f."""

    def __init__(self, num_units, forget_bias=1.0, state_is_tuple=True, activation=None,
                 reuse=None, name=None, dtype=None, **kwargs):
        super().__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        self._num_units = int(num_units)
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _activation(activation)

    @property
    def state_size(self):
        n = self._num_units
        return LSTMStateTuple(n, n) if self._state_is_tuple else 2 * n

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        depth = _static_last_dim(inputs_shape, self)
        n = self._num_units
        self._kernel = self.add_weight("kernel", shape=[depth + n, 4 * n])
        self._bias = self.add_weight("bias", shape=[4 * n],
                                     initializer=_zeros_init())
        self.built = True

    def call(self, inputs, state):
        if self._state_is_tuple:
            c, h = state
        else:
            c, h = array_misc_ops.split(state, 2, axis=1)
        gates = _linear([inputs, h], self._kernel, self._bias)
        i, j, f, o = array_misc_ops.split(gates, 4, axis=1)
        forget = math_unary_ops.sigmoid(f + float(self._forget_bias))
        new_c = c * forget + math_unary_ops.sigmoid(i) * self._activation(j)
        new_h = self._activation(new_c) * math_unary_ops.sigmoid(o)
        if self._state_is_tuple:
            return new_h, LSTMStateTuple(new_c, new_h)
        return new_h, array_ops.concat([new_c, new_h], 1)


@tf_export("nn.rnn_cell.LSTMCell")
class LSTMCell(RNNCell):
    """LSTM with optional peepholes (diagonal w_f_diag, w_i_diag, w_o_diag), cell clipping and
    a projection of the output (num_proj, proj_clip)."""

    def __init__(self, num_units, use_peepholes=False, cell_clip=None, initializer=None,
                 num_proj=None, proj_clip=None, num_unit_shards=None, num_proj_shards=None,
                 forget_bias=1.0, state_is_tuple=True, activation=None, reuse=None, name=None,
                 dtype=None, **kwargs):
        super().__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        if num_unit_shards is not None or num_proj_shards is not None:
            raise NotImplementedError("LSTMCell: num_unit_shards and num_proj_shards are not "
                                      "supported (they are deprecated in TensorFlow too); use "
                                      "a variable_scope partitioner instead.")
        self._num_units = int(num_units)
        self._use_peepholes = use_peepholes
        self._cell_clip = cell_clip
        self._initializer = initializer
        self._num_proj = None if num_proj is None else int(num_proj)
        self._proj_clip = proj_clip
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _activation(activation)

    @property
    def state_size(self):
        h = self._num_proj or self._num_units
        return LSTMStateTuple(self._num_units, h) if self._state_is_tuple else self._num_units + h

    @property
    def output_size(self):
        return self._num_proj or self._num_units

    def build(self, inputs_shape):
        depth = _static_last_dim(inputs_shape, self)
        n = self._num_units
        h = self._num_proj or n
        self._kernel = self.add_weight("kernel", shape=[depth + h, 4 * n],
                                       initializer=self._initializer)
        self._bias = self.add_weight("bias", shape=[4 * n],
                                     initializer=_zeros_init())
        if self._use_peepholes:
            self._w_f_diag = self.add_weight("w_f_diag", shape=[n], initializer=self._initializer)
            self._w_i_diag = self.add_weight("w_i_diag", shape=[n], initializer=self._initializer)
            self._w_o_diag = self.add_weight("w_o_diag", shape=[n], initializer=self._initializer)
        if self._num_proj is not None:
            self._proj_kernel = self.add_weight("projection/kernel", shape=[n, self._num_proj],
                                                initializer=self._initializer)
        self.built = True

    def call(self, inputs, state):
        sigmoid = math_unary_ops.sigmoid
        if self._state_is_tuple:
            c_prev, m_prev = state
        else:
            c_prev, m_prev = array_misc_ops.split(
                state, [self._num_units, self._num_proj or self._num_units], axis=1)
        gates = _linear([inputs, m_prev], self._kernel, self._bias)
        i, j, f, o = array_misc_ops.split(gates, 4, axis=1)
        fb = float(self._forget_bias)
        if self._use_peepholes:
            c = (sigmoid(f + fb + self._w_f_diag * c_prev) * c_prev
                 + sigmoid(i + self._w_i_diag * c_prev) * self._activation(j))
        else:
            c = sigmoid(f + fb) * c_prev + sigmoid(i) * self._activation(j)
        if self._cell_clip is not None:
            c = math_ops.clip_by_value(c, -self._cell_clip, self._cell_clip)
        if self._use_peepholes:
            m = sigmoid(o + self._w_o_diag * c) * self._activation(c)
        else:
            m = sigmoid(o) * self._activation(c)
        if self._num_proj is not None:
            m = linalg_ops.matmul(m, self._proj_kernel)
            if self._proj_clip is not None:
                m = math_ops.clip_by_value(m, -self._proj_clip, self._proj_clip)
        new_state = LSTMStateTuple(c, m) if self._state_is_tuple else array_ops.concat([c, m], 1)
        return m, new_state


@tf_export("nn.rnn_cell.MultiRNNCell")
class MultiRNNCell(RNNCell):
    """Stacks cells: each cell's output is the next one's input; the state is a tuple of the
    cells' states. Cell k's variables are in the sub-scope "cell_k"."""

    def __init__(self, cells, state_is_tuple=True):
        super().__init__()
        if not cells:
            raise ValueError("Must specify at least one cell for MultiRNNCell.")
        if not nest.is_nested(cells):
            raise TypeError("cells must be a list or tuple, but saw: %s." % (cells,))
        self._cells = list(cells)
        self._state_is_tuple = state_is_tuple
        if not state_is_tuple and any(nest.is_nested(c.state_size) for c in self._cells):
            raise ValueError("Some cells return tuples of states, but the flag "
                             "state_is_tuple is not set. State sizes are: %s"
                             % str([c.state_size for c in self._cells]))

    @property
    def state_size(self):
        if self._state_is_tuple:
            return tuple(c.state_size for c in self._cells)
        return sum(c.state_size for c in self._cells)

    @property
    def output_size(self):
        return self._cells[-1].output_size

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            if self._state_is_tuple:
                return tuple(c.zero_state(batch_size, dtype) for c in self._cells)
            return _zeros(batch_size, self.state_size, dtype)

    def build(self, inputs_shape):
        shape = TensorShape(inputs_shape)
        for i, cell in enumerate(self._cells):
            with _vs.variable_scope("cell_%d" % i):
                cell._ensure_built(shape, self._dtype)
            shape = TensorShape(shape.as_list()[:-1] + [cell.output_size])
        self.built = True

    def call(self, inputs, state):
        cur = inputs
        new_states = []
        start = 0
        for i, cell in enumerate(self._cells):
            with _vs.variable_scope("cell_%d" % i):
                if self._state_is_tuple:
                    cur_state = state[i]
                else:
                    size = cell.state_size
                    cur_state = array_ops.slice(state, [0, start], [-1, size])
                    start += size
                cur, new_state = cell(cur, cur_state)
                new_states.append(new_state)
        if self._state_is_tuple:
            return cur, tuple(new_states)
        return cur, array_ops.concat(new_states, 1)

    @property
    def trainable_weights(self):
        return [w for c in self._cells for w in c.trainable_weights]

    trainable_variables = trainable_weights

    @property
    def weights(self):
        return [w for c in self._cells for w in c.weights]

    variables = weights


class _WrapperCell(RNNCell):
    """A cell that adds behaviour around another cell without a variable scope of its own."""

    def __init__(self, cell):
        super().__init__()
        self._cell = cell

    @property
    def wrapped_cell(self):
        return self._cell

    @property
    def state_size(self):
        return self._cell.state_size

    @property
    def output_size(self):
        return self._cell.output_size

    @property
    def built(self):
        return self._cell.built

    @built.setter
    def built(self, value):
        pass

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return self._cell.zero_state(batch_size, dtype)

    def _ensure_built(self, input_shape, dtype=None):
        self._cell._ensure_built(input_shape, dtype)

    @property
    def weights(self):
        return self._cell.weights

    variables = weights

    @property
    def trainable_weights(self):
        return self._cell.trainable_weights

    trainable_variables = trainable_weights


def _keep_prob_arg(value, name):
    if isinstance(value, (int, float)) and not 0.0 <= float(value) <= 1.0:
        raise ValueError("Parameter %s must be between 0 and 1: %f" % (name, value))
    return value


def _should_drop(p):
    return not (isinstance(p, (int, float)) and float(p) == 1.0)


@tf_export("nn.rnn_cell.DropoutWrapper")
class DropoutWrapper(_WrapperCell):
    """Dropout on the inputs, outputs and (h part of the) state of a cell."""

    def __init__(self, cell, input_keep_prob=1.0, output_keep_prob=1.0, state_keep_prob=1.0,
                 variational_recurrent=False, input_size=None, dtype=None, seed=None,
                 dropout_state_filter_visitor=None):
        super().__init__(cell)
        if variational_recurrent:
            raise NotImplementedError("DropoutWrapper: variational_recurrent=True is not "
                                      "supported.")
        self._input_keep_prob = _keep_prob_arg(input_keep_prob, "input_keep_prob")
        self._output_keep_prob = _keep_prob_arg(output_keep_prob, "output_keep_prob")
        self._state_keep_prob = _keep_prob_arg(state_keep_prob, "state_keep_prob")
        self._seed = seed
        self._state_filter = dropout_state_filter_visitor

    def _dropout(self, values, keep_prob, salt):
        seed = None if self._seed is None else self._seed + salt
        return nest.map_structure(lambda v: nn_impl.dropout(v, keep_prob=keep_prob, seed=seed),
                                  values)

    def _drop_state(self, state):
        def visit(s):
            # By default the memory cell c of an LSTM is kept whole; only h is dropped.
            if isinstance(s, LSTMStateTuple):
                return LSTMStateTuple(s.c, self._dropout(s.h, self._state_keep_prob, 2))
            if self._state_filter is not None and not self._state_filter(s):
                return s
            return self._dropout(s, self._state_keep_prob, 2)

        if isinstance(state, LSTMStateTuple) or not nest.is_nested(state):
            return visit(state)
        return type(state)(self._drop_state(s) for s in state)

    def __call__(self, inputs, state, scope=None):
        if _should_drop(self._input_keep_prob):
            inputs = self._dropout(inputs, self._input_keep_prob, 0)
        output, new_state = self._cell(inputs, state, scope=scope)
        if _should_drop(self._state_keep_prob):
            new_state = self._drop_state(new_state)
        if _should_drop(self._output_keep_prob):
            output = self._dropout(output, self._output_keep_prob, 1)
        return output, new_state


@tf_export("nn.rnn_cell.ResidualWrapper")
class ResidualWrapper(_WrapperCell):
    """output = residual_fn(inputs, cell_output), by default inputs + cell_output."""

    def __init__(self, cell, residual_fn=None):
        super().__init__(cell)
        self._residual_fn = residual_fn

    def __call__(self, inputs, state, scope=None):
        output, new_state = self._cell(inputs, state, scope=scope)
        if self._residual_fn is not None:
            return self._residual_fn(inputs, output), new_state
        nest.assert_same_structure(inputs, output)
        return nest.map_structure(lambda a, b: a + b, inputs, output), new_state


@tf_export("nn.rnn_cell.DeviceWrapper")
class DeviceWrapper(_WrapperCell):
    """Runs the wrapped cell on `device`."""

    def __init__(self, cell, device):
        super().__init__(cell)
        self._device_name = device

    def zero_state(self, batch_size, dtype):
        with _device(self._device_name):
            return super().zero_state(batch_size, dtype)

    def __call__(self, inputs, state, scope=None):
        with _device(self._device_name):
            return self._cell(inputs, state, scope=scope)
