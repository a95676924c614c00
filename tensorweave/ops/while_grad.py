"""Gradient of While / StatelessWhile: a reverse loop over values recorded by the forward loop.

The body's gradient ops are built inside the body FuncGraph by `tf.gradients` (as for If).
Every forward value they read that changes between iterations is recorded: the forward While
gets one more loop variable per such value, a TensorList the body pushes the value onto. The
gradient is a second While that runs as many iterations, popping the recorded values in reverse
order and calling the body's gradient function on them (a PartitionedCall): it carries the
gradients of the loop variables backwards and sums the gradients of loop invariants (captured
tensors and variables the body returns unchanged).
"""

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import FuncGraph, FunctionView, unique_function_name
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.control_flow_grad import BranchGrad, dense, is_differentiable_dtype, variable_zeros


def _zeros_like(t):
    return apply_op("ZerosLike", [t], {})


def _has_variable_data(handle):
    from tensorweave.ops.resource_variable_ops import handle_data

    return handle_data(handle) is not None


def _unknown_element_shape():
    return np.array(-1, np.int32)


def gradient(op, grads):
    cond_g, body = op._attrs["cond"], op._attrs["body"]
    if not isinstance(body, FuncGraph) or not isinstance(cond_g, FuncGraph):
        raise LookupError("Gradients of While '%s' whose body is not a FuncGraph are not supported."  # noqa: TRY004
                          % op.name)
    n_in = len(op._inputs)
    inputs = list(op._inputs)
    recorders = getattr(body, "_recorder_indices", ())  # lists added by earlier gradients
    varying = [k for k in range(n_in) if body.outputs[k] is not body.inputs[k] and k not in recorders]
    invariant = [k for k in range(n_in) if k not in varying]
    dvar = [k for k in varying if is_differentiable_dtype(inputs[k].dtype)]
    dinv = [k for k in invariant if is_differentiable_dtype(inputs[k].dtype)]
    # Variables' handles the body reads: their gradients are the sums of the reads' gradients.
    dres = [k for k in invariant if inputs[k].dtype.base_dtype is _dtypes.resource]
    if not dvar:
        return [None] * n_in
    bg = BranchGrad(body, dvar, dvar + dinv + dres, suffix="while_grad")
    n_dense = len(dvar) + len(dinv)
    # NOTE: as in TF, every variable the loop captures gets a gradient: zeros (of the variable's
    # dtype, integers too) where the body does not differentiably use it (tf.stop_gradient).
    kept = [(k, d if d is not None else bg.zeros_for(k)) for k, d in zip(dres, bg.dxs[n_dense:])
            if d is not None or _has_variable_data(body.inputs[k])]
    results = [d if d is not None else bg.zeros_for(k) for d, k in zip(bg.dxs, dvar + dinv)] \
        + [d for _, d in kept]
    dinv = dinv + [k for k, _ in kept]
    res_grads = dict(kept)
    reads = bg.forward_reads(results)
    position = {t: k for k, t in enumerate(body.inputs)}
    invariant_reads = [position[t] for t in reads if t in position and position[t] in invariant]
    recorded = [t for t in reads if not (t in position and position[t] in invariant)]
    if not recorded:  # the reverse loop needs the iteration count all the same
        body._record_side_effects = False
        try:
            with body.as_default(), body.control_dependencies(None):
                recorded = [apply_op("Const", [], {"value": np.zeros((), np.int32), "dtype": _dtypes.int32},
                                     name="iteration")]
        finally:
            body._record_side_effects = True
    accumulators = _record(op, cond_g, body, recorded)
    view = FunctionView(unique_function_name(op._graph, body.name + "_grad"), body,
                        list(bg.grad_ys) + [body.inputs[k] for k in invariant_reads] + recorded,
                        results, bg.new_ops())
    start_var = [dense(grads[k]) if grads[k] is not None else _zeros_like(op._outputs[k]) for k in dvar]
    start_inv = [variable_zeros(inputs[k], res_grads[k]) if k in res_grads
                 else dense(grads[k]) if grads[k] is not None
                 else _zeros_like(inputs[k]) for k in dinv]
    final_var, final_inv = _reverse_loop(op, view, accumulators, recorded, start_var, start_inv,
                                         [inputs[k] for k in invariant_reads], dvar)
    out = [None] * n_in
    for k, g in zip(dvar, final_var):
        out[k] = g
    for k, g in zip(dinv, final_inv):
        out[k] = g
    return out


def _record(op, cond_g, body, recorded):
    """Adds one TensorList loop variable per recorded body tensor; returns the op's new outputs
    holding the filled lists."""
    new_inputs = []
    for t in recorded:
        with _ops.get_graph_from_inputs([]).control_dependencies(None):
            new_inputs.append(apply_op("EmptyTensorList", [_unknown_element_shape(), np.int32(-1)],
                                       {"element_dtype": t.dtype.base_dtype, "shape_type": _dtypes.int32},
                                       name="accumulator"))
    pushes = []
    for g, push in ((cond_g, False), (body, True)):
        g._record_side_effects = False
        try:
            with g.as_default(), g.control_dependencies(None):
                for t in recorded:
                    ph = apply_op("Placeholder", [], {"dtype": _dtypes.variant, "shape": TensorShape([])},
                                  name="accumulator")
                    g.inputs.append(ph)
                    if push:
                        pushes.append(apply_op("TensorListPushBack", [ph, t], {}))
        finally:
            g._record_side_effects = True
        g._version += 1
    first = len(body.outputs)
    body.outputs = list(body.outputs) + pushes
    body._recorder_indices = set(getattr(body, "_recorder_indices", ())) | set(range(first, len(body.outputs)))
    op._inputs = tuple(op._inputs) + tuple(new_inputs)
    for t in new_inputs:
        t._consumers.append(op)
    from tensorweave.ops.control_flow_grad import extend_op_outputs

    new = extend_op_outputs(op, [_dtypes.variant] * len(recorded), "T")
    shapes = op._attrs.get("output_shapes")
    if shapes:
        op._attrs["output_shapes"] = list(shapes[:len(shapes) - len(new)]) + [TensorShape([])] * len(new)
    return new


def _reverse_loop(op, view, accumulators, recorded, start_var, start_inv, invariant_values, dvar):
    from tensorweave.framework.func_graph import _has_side_effects
    from tensorweave.ops.while_loop import while_loop

    n_var = len(start_var)
    call_type = "StatefulPartitionedCall" if any(_has_side_effects(o) for o in view.get_operations()) \
        else "PartitionedCall"
    out_dtypes = [t.dtype.base_dtype for t in view.outputs]
    count = apply_op("TensorListLength", [accumulators[0]], {})

    def cond(i, dv, di, accs):
        return apply_op("Less", [i, count], {})

    def body(i, dv, di, accs):
        popped, rest = [], []
        for acc, t in zip(accs, recorded):
            acc2, value = apply_op("TensorListPopBack", [acc, _unknown_element_shape()],
                                   {"element_dtype": t.dtype.base_dtype})
            rest.append(acc2)
            popped.append(value)
        outs = apply_op(call_type, [list(dv) + list(invariant_values) + popped],
                        {"Tout": out_dtypes, "f": view})
        outs = outs if isinstance(outs, list) else [outs]
        new_dv = outs[:n_var]
        new_di = [apply_op("AddN", [[a, b]], {}) for a, b in zip(di, outs[n_var:])]
        return i + 1, new_dv, new_di, rest

    invariants = [TensorShape([]), [op._outputs[k].shape for k in dvar],
                  [t.shape for t in start_inv], [TensorShape([])] * len(accumulators)]
    _, dv, di, _ = while_loop(cond, body, [np.int32(0), start_var, start_inv, list(accumulators)],
                              shape_invariants=invariants, name="while_grad", _outputs_in_parent_scope=True)
    return list(dv), list(di)
