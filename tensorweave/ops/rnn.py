"""tf.nn.dynamic_rnn, static_rnn and their bidirectional forms.

dynamic_rnn runs the cell inside a `tf.while_loop` over time, reading inputs from and writing
outputs to TensorArrays, so the graph size does not grow with the sequence length and the
whole loop is differentiable. With `sequence_length`, a batch entry past its end gets zero
outputs and keeps its last state (the final state is the state at its last valid step).
"""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes, nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import (
    array_creation_ops,
    array_ops,
    graph_ops,
    math_ops,
    slicing_ops,
)
from tensorweave.ops.tensor_array_ops import TensorArray
from tensorweave.ops.while_loop import while_loop
from tensorweave.training import variable_scope as _vs


def _transpose_batch_time(x):
    """Swaps the first two dims of a tensor of rank >= 2."""
    rank = x.shape.ndims
    if rank is None:
        raise ValueError("Expected input tensor %s to have a known rank" % x.name)
    if rank < 2:
        raise ValueError("Expected input tensor %s to have rank at least 2, but saw shape: %s"
                         % (x.name, x.shape))
    out = array_ops.transpose(x, [1, 0] + list(range(2, rank)))
    return out


def _batch_size(flat_inputs, batch_axis):
    for x in flat_inputs:
        dims = x.shape.as_list()
        if dims[batch_axis] is not None:
            return dims[batch_axis]
    return array_ops.shape(flat_inputs[0])[batch_axis]


def _check_state(cell, state, batch_size, dtype):
    if state is not None:
        return state
    if dtype is None:
        raise ValueError("If no initial_state is provided, argument `dtype` must be specified")
    return cell.zero_state(batch_size, dtype)


def _prepare_sequence_length(sequence_length):
    if sequence_length is None:
        return None
    seq = math_ops.cast(_ops.convert_to_tensor(sequence_length), dtypes.int32)
    if seq.shape.ndims not in (None, 1):
        raise ValueError("sequence_length must be a vector of length batch_size, but saw shape: "
                         "%s" % seq.shape)
    return graph_ops.identity(seq, name="sequence_length")


def _copy_through(done, old, new):
    """Per batch entry: `old` where `done`, else `new` (done has shape [batch]). TF1's
    Select keeps `new`'s static shape rather than broadcasting with `done`."""
    return math_ops.where(done, old, new)


def _build_cell(cell, inputs, flat_input_shape_per_step, dtype):
    if hasattr(cell, "_ensure_built"):
        # A cell over nested inputs is built with the same structure of TensorShapes.
        cell._ensure_built(nest.pack_sequence_as(inputs, flat_input_shape_per_step), dtype)


@tf_export("nn.dynamic_rnn")
def dynamic_rnn(cell, inputs, sequence_length=None, initial_state=None, dtype=None,
                parallel_iterations=None, swap_memory=False, time_major=False, scope=None):
    """Runs `cell` over the time dimension of `inputs` ([batch, time, ...], or
    [time, batch, ...] with time_major); returns (outputs, final_state)."""
    if not callable(cell):
        raise TypeError("cell must be an instance of RNNCell")
    with _vs.variable_scope(scope or "rnn") as varscope:
        flat_inputs = [_ops.convert_to_tensor(x, name="input") for x in nest.flatten(inputs)]
        if not time_major:
            flat_inputs = [_transpose_batch_time(x) for x in flat_inputs]
        for x in flat_inputs:
            # [time, batch, depth...]: checked before the cell builds any variable, as TF
            # checks it before the loop whose body would build them.
            if x.shape.ndims is None or x.shape.ndims < 3:
                raise ValueError("Shape %s must have rank at least 3" % x.shape)
        batch_size = _batch_size(flat_inputs, 1)
        state = _check_state(cell, initial_state, batch_size, dtype)
        sequence_length = _prepare_sequence_length(sequence_length)
        if dtype is None:
            dtype = nest.flatten(state)[0].dtype.base_dtype
        step_shapes = [TensorShape(x.shape.as_list()[1:]) for x in flat_inputs]
        with _vs.variable_scope(varscope, auxiliary_name_scope=False):
            _build_cell(cell, inputs, step_shapes, dtype)
        outputs, final_state = _dynamic_rnn_loop(cell, inputs, flat_inputs, state,
                                                 sequence_length, parallel_iterations or 32,
                                                 swap_memory)
        if not time_major:
            outputs = nest.map_structure(_transpose_batch_time, outputs)
        return outputs, final_state


def _dynamic_rnn_loop(cell, inputs, flat_inputs, initial_state, sequence_length,
                      parallel_iterations, swap_memory):
    static_time = flat_inputs[0].shape.as_list()[0]
    time_steps = static_time if static_time is not None else array_ops.shape(flat_inputs[0])[0]
    state_flat = nest.flatten(initial_state)
    out_sizes = nest.flatten(cell.output_size)
    out_dtype = state_flat[0].dtype.base_dtype
    batch_dim = flat_inputs[0].shape.as_list()[1]

    with name_scope("dynamic_rnn"):
        input_tas = [TensorArray(x.dtype.base_dtype, size=time_steps,
                                 element_shape=x.shape[1:], name="input_%d" % i).unstack(x)
                     for i, x in enumerate(flat_inputs)]
        output_tas = [TensorArray(out_dtype, size=time_steps,
                                  element_shape=TensorShape([batch_dim]).concatenate(
                                      TensorShape(size)), name="output_%d" % i)
                      for i, size in enumerate(out_sizes)]
        zero_outputs = None
        if sequence_length is not None:
            batch = batch_dim if batch_dim is not None else array_ops.shape(flat_inputs[0])[1]
            zero_outputs = [_zero_output(batch, size, out_dtype) for size in out_sizes]
        time = array_creation_ops.zeros([], dtype=dtypes.int32, name="time")

    def body(t, outs, states):
        x_t = nest.pack_sequence_as(inputs, [ta.read(t) for ta in input_tas])
        for x, ref in zip(nest.flatten(x_t), flat_inputs):
            x.set_shape(ref.shape[1:])
        state = nest.pack_sequence_as(initial_state, list(states))
        output, new_state = cell(x_t, state)
        flat_out = nest.flatten(output)
        flat_state = nest.flatten(new_state)
        if sequence_length is not None:
            done = math_ops.greater_equal(t, sequence_length)
            flat_out = [_copy_through(done, z, o) for z, o in zip(zero_outputs, flat_out)]
            flat_state = [_copy_through(done, s0, s1) for s0, s1 in zip(states, flat_state)]
        for s1, s0 in zip(flat_state, states):
            s1.set_shape(s0.shape)
        outs = [ta.write(t, o) for ta, o in zip(outs, flat_out)]
        return t + 1, outs, list(flat_state)

    _, final_tas, final_states = while_loop(
        lambda t, *_: math_ops.less(t, time_steps), body, [time, output_tas, state_flat],
        parallel_iterations=parallel_iterations, swap_memory=swap_memory)
    outputs = [ta.stack() for ta in final_tas]
    for out, size in zip(outputs, out_sizes):
        out.set_shape(TensorShape([static_time, batch_dim]).concatenate(TensorShape(size)))
    final_state = nest.pack_sequence_as(initial_state, list(final_states))
    return nest.pack_sequence_as(cell.output_size, outputs), final_state


def _zero_output(batch, size, dtype):
    inner = TensorShape(size).as_list()
    if isinstance(batch, _ops.Tensor):
        from tensorweave.ops.constant_op import constant

        shape = array_ops.concat([array_ops.reshape(batch, [1]),
                                  constant(inner, dtype=dtypes.int32)], 0)
        return array_creation_ops.zeros(shape, dtype=dtype)
    return array_creation_ops.zeros([batch] + inner, dtype=dtype)


@tf_export("nn.static_rnn")
def static_rnn(cell, inputs, initial_state=None, dtype=None, sequence_length=None, scope=None):
    """Unrolls `cell` over a Python list of [batch, ...] inputs; returns (outputs, state)."""
    if not nest.is_nested(inputs):
        raise TypeError("inputs must be a sequence")
    if not inputs:
        raise ValueError("inputs must not be empty")
    with _vs.variable_scope(scope or "rnn"):
        first = [_ops.convert_to_tensor(x) for x in nest.flatten(inputs[0])]
        batch_size = _batch_size(first, 0)
        state = _check_state(cell, initial_state, batch_size, dtype)
        sequence_length = _prepare_sequence_length(sequence_length)
        outputs = []
        zero_out = None
        for t, x in enumerate(inputs):
            if t > 0:
                _vs.get_variable_scope().reuse_variables()
            output, new_state = cell(x, state)
            if sequence_length is not None:
                if zero_out is None:
                    zero_out = nest.map_structure(array_creation_ops.zeros_like, output)
                done = math_ops.greater_equal(t, sequence_length)
                output = nest.map_structure(lambda z, o: _copy_through(done, z, o), zero_out,
                                            output)
                new_state = nest.map_structure(lambda a, b: _copy_through(done, a, b), state,
                                               new_state)
            state = new_state
            outputs.append(output)
        return outputs, state


def _reverse_time(x, sequence_length, time_axis, batch_axis):
    if sequence_length is None:
        return slicing_ops.reverse(x, axis=[time_axis])
    return slicing_ops.reverse_sequence(x, seq_lengths=sequence_length, seq_axis=time_axis,
                                        batch_axis=batch_axis)


@tf_export("nn.bidirectional_dynamic_rnn")
def bidirectional_dynamic_rnn(cell_fw, cell_bw, inputs, sequence_length=None,
                              initial_state_fw=None, initial_state_bw=None, dtype=None,
                              parallel_iterations=None, swap_memory=False, time_major=False,
                              scope=None):
    """A forward and a backward dynamic_rnn (scopes "fw" and "bw"); returns
    ((output_fw, output_bw), (state_fw, state_bw)), both outputs in forward time order."""
    with _vs.variable_scope(scope or "bidirectional_rnn"):
        with _vs.variable_scope("fw") as fw_scope:
            out_fw, state_fw = dynamic_rnn(cell_fw, inputs, sequence_length=sequence_length,
                                           initial_state=initial_state_fw, dtype=dtype,
                                           parallel_iterations=parallel_iterations,
                                           swap_memory=swap_memory, time_major=time_major,
                                           scope=fw_scope)
        time_axis, batch_axis = (0, 1) if time_major else (1, 0)
        seq = None if sequence_length is None else math_ops.cast(sequence_length, dtypes.int64)
        with _vs.variable_scope("bw") as bw_scope:
            rev_inputs = nest.map_structure(
                lambda x: _reverse_time(_ops.convert_to_tensor(x), seq, time_axis, batch_axis),
                inputs)
            out_bw, state_bw = dynamic_rnn(cell_bw, rev_inputs, sequence_length=sequence_length,
                                           initial_state=initial_state_bw, dtype=dtype,
                                           parallel_iterations=parallel_iterations,
                                           swap_memory=swap_memory, time_major=time_major,
                                           scope=bw_scope)
    out_bw = nest.map_structure(lambda x: _reverse_time(x, seq, time_axis, batch_axis), out_bw)
    return (out_fw, out_bw), (state_fw, state_bw)


@tf_export("nn.static_bidirectional_rnn")
def static_bidirectional_rnn(cell_fw, cell_bw, inputs, initial_state_fw=None,
                             initial_state_bw=None, dtype=None, sequence_length=None, scope=None):
    """static_rnn forwards ("fw") and backwards ("bw"); outputs are the per-step
    concatenations [fw, bw]; returns (outputs, state_fw, state_bw)."""
    if not nest.is_nested(inputs):
        raise TypeError("inputs must be a sequence")
    with _vs.variable_scope(scope or "bidirectional_rnn"):
        with _vs.variable_scope("fw") as fw_scope:
            out_fw, state_fw = static_rnn(cell_fw, inputs, initial_state_fw, dtype,
                                          sequence_length, scope=fw_scope)
        with _vs.variable_scope("bw") as bw_scope:
            stacked = array_ops.stack(list(inputs), axis=0)
            seq = None if sequence_length is None else math_ops.cast(sequence_length,
                                                                     dtypes.int64)
            rev = array_ops.unstack(_reverse_time(stacked, seq, 0, 1), axis=0)
            tmp, state_bw = static_rnn(cell_bw, rev, initial_state_bw, dtype, sequence_length,
                                       scope=bw_scope)
    out_bw = array_ops.unstack(_reverse_time(array_ops.stack(tmp, axis=0), seq, 0, 1), axis=0)
    outputs = [array_ops.concat([f, b], 1) for f, b in zip(out_fw, out_bw)]
    return outputs, state_fw, state_bw
