"""tf.while_loop: builds a While (or StatelessWhile) op from Python cond and body functions.

The op's inputs are, as in TF 2.x: a loop counter, the maximum number of iterations (-1 for
none), the flattened loop variables, then the captured outer tensors. The cond function sees
all of them and returns a scalar bool (the user's predicate, and'ed with the iteration limit);
the body returns counter + 1, the limit, the new loop variables and the captures unchanged.
"""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import as_output, func_graph_from_py_func, unique_function_name
from tensorweave.framework.op_def import apply_op, create_operation
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.tensor_array_ops import TensorArray


def _shape_at_most(shape, invariant):
    """TF's _ShapeLessThanOrEqual: `shape` is at least as specific as `invariant`."""
    if invariant.ndims is None:
        return True
    if shape.ndims != invariant.ndims:
        return False
    return all(b is None or a == b for a, b in zip(shape.as_list(), invariant.as_list()))


def _as_loop_var(x):
    if isinstance(x, TensorArray):
        return x.flow
    t = x if isinstance(x, _ops.Tensor) else _ops.convert_to_tensor(x)
    if t.dtype._is_ref_dtype:  # a variable enters the loop as its value
        t = apply_op("Identity", [t], {})
    return t


def _flat_invariants(loop_vars, flat_vars, shape_invariants):
    if shape_invariants is None:
        return [t.shape for t in flat_vars]
    nest.assert_same_structure(loop_vars, shape_invariants, check_types=False)
    return [TensorShape([]) if isinstance(v, TensorArray) else s if isinstance(s, TensorShape) else
            TensorShape(s) for v, s in zip(nest.flatten(loop_vars), nest.flatten(shape_invariants))]


@tf_export("while_loop")
def while_loop(cond, body, loop_vars, shape_invariants=None, parallel_iterations=10, back_prop=True,
               swap_memory=False, name=None, maximum_iterations=None, return_same_structure=False,
               _outputs_in_parent_scope=False):
    """Repeats `body` while `cond` is true, on loop variables of any nested structure.

    `_outputs_in_parent_scope` (private, for gradient loops) puts the output Identity ops beside
    the While op instead of inside its name scope."""
    if not callable(cond):
        raise TypeError("'cond' must be callable.")
    if not callable(body):
        raise TypeError("'body' must be callable.")
    if parallel_iterations is None:
        parallel_iterations = 10
    if parallel_iterations < 1:
        raise TypeError("'parallel_iterations' must be a positive integer.")
    len(loop_vars)  # a bare Tensor raises TF's TypeError here
    orig_structure = loop_vars
    flat_orig = nest.flatten(loop_vars)
    # NOTE: as in TF, Python loop values become tensors before the "while" scope opens ("Const").
    flat_vars = [_as_loop_var(x) for x in flat_orig]
    with name_scope(name, "while", [v for v in flat_vars if isinstance(v, _ops.Tensor)]) as scope:
        invariants = _flat_invariants(loop_vars, flat_vars, shape_invariants)
        if maximum_iterations is not None:
            # NOTE: as in TF, an int32 limit of any shape: a non-scalar one fails when the loop
            # runs (its condition is not a scalar).
            max_iter = _ops.convert_to_tensor(maximum_iterations, dtype=_dtypes.int32,
                                              name="maximum_iterations")
            counter = _ops.convert_to_tensor(0, dtype=_dtypes.int32, name="loop_counter")
        else:
            max_iter = _ops.convert_to_tensor(-1, dtype=_dtypes.int32, name="maximum_iterations")
            counter = _ops.convert_to_tensor(0, dtype=_dtypes.int32, name="loop_counter")
        n = len(flat_vars)
        specs = [(counter.dtype, TensorShape([]), "loop_counter"),
                 (max_iter.dtype, max_iter.shape, "maximum_iterations")] + \
                [(t.dtype.base_dtype, s, "Placeholder") for t, s in zip(flat_vars, invariants)]
        base = scope.removesuffix("/")
        graph = _ops.get_graph_from_inputs([])
        from tensorweave.framework import context

        refs_as_values = context._control_flow_v2

        def wrapped_cond(loop_counter, limit, *args):
            pred = cond(*_pack(orig_structure, args, flat_orig))
            pred = as_output(_ops.get_graph_from_inputs([]), pred)
            if pred.shape.ndims is None or pred.shape.ndims > 0:
                pred = apply_op("Squeeze", [pred], {"squeeze_dims": []})
            if maximum_iterations is None:
                return pred
            return apply_op("LogicalAnd", [apply_op("Less", [loop_counter, limit], {}), pred], {})

        cond_graph, _, _ = func_graph_from_py_func(unique_function_name(graph, base + "_cond"),
                                                   wrapped_cond, specs, refs_as_values=refs_as_values)

        def wrapped_body(loop_counter, limit, *args):
            outputs = body(*_pack(orig_structure, args, flat_orig))
            if not nest.is_nested(outputs):
                outputs = [outputs]
            nest.assert_same_structure(outputs, orig_structure, check_types=False)
            flat = nest.flatten(outputs)
            if any(x is None for x in flat):  # TF's FuncGraph drops None outputs, then asserts
                raise AssertionError("body_graph has %d outputs; Expected: %d"
                                     % (2 + sum(x is not None for x in flat), 2 + n))
            fg = _ops.get_graph_from_inputs([])
            flat_out = [as_output(fg, x.flow if isinstance(x, TensorArray) else x)
                        for x in nest.flatten(outputs)]
            next_counter = apply_op("AddV2", [loop_counter, 1], {}, name="add")
            return [next_counter, limit] + flat_out

        body_graph, _, _ = func_graph_from_py_func(unique_function_name(graph, base + "_body"),
                                                   wrapped_body, specs, refs_as_values=refs_as_values)
        _check_body_outputs(flat_vars, invariants, body_graph.outputs[2:])
        from tensorweave.ops.control_flow_ops import (
            _control_captures,
            _ControlDeps,
            _is_stateful,
            _unify_captures,
        )

        captured = _unify_captures([cond_graph, body_graph], n + 2)
        body_graph.outputs = body_graph.outputs + body_graph.inputs[n + 2:]
        inputs = [counter, max_iter] + flat_vars + captured
        shapes = [TensorShape([]), max_iter.shape] + invariants + [t.shape for t in captured]
        op_type = "While" if _is_stateful([cond_graph, body_graph]) else "StatelessWhile"
        with _ControlDeps(_control_captures([cond_graph, body_graph])):
            op = create_operation(op_type, [inputs], {"cond": cond_graph, "body": body_graph,
                                                      "output_shapes": shapes,
                                                      "parallel_iterations": parallel_iterations},
                                  name=scope)
        if not _outputs_in_parent_scope:
            outs = [apply_op("Identity", [t], {}) for t in op._outputs]
    if _outputs_in_parent_scope:  # a gradient loop: "while_grad/Identity", as in TF
        outs = [apply_op("Identity", [t], {}) for t in op._outputs]
    results = outs[2:2 + n]
    if not back_prop:  # outside the loop's scope, as in TF ("StopGradient")
        results = [apply_op("StopGradient", [t], {}) for t in results]
    results = _rebuild_tensor_arrays(results, flat_orig)
    if not return_same_structure and len(results) == 1:
        return results[0]
    return nest.pack_sequence_as(orig_structure, results)


def _rebuild_tensor_arrays(flat, flat_orig):
    return [orig._with_flow(t) if isinstance(orig, TensorArray) else t for t, orig in zip(flat, flat_orig)]


def _pack(structure, flat, flat_orig):
    return nest.pack_sequence_as(structure, _rebuild_tensor_arrays(flat, flat_orig))


def _check_body_outputs(flat_vars, invariants, outputs):
    for var, shape, out in zip(flat_vars, invariants, outputs):
        if out.dtype.base_dtype != var.dtype.base_dtype:
            raise TypeError("Loop var %s enters the loop with type %s but has type %s after 1 "
                            "iteration. %s type should remain constant."
                            % (var.name, var.dtype.base_dtype, out.dtype.base_dtype, var.name))
        if not _shape_at_most(out.shape, shape):
            raise ValueError(
                "Input tensor `%s` enters the loop with shape %s, but has shape %s after one "
                "iteration. To allow the shape to vary across iterations, use the "
                "`shape_invariants` argument of tf.while_loop to specify a less-specific shape."
                % (var.name, shape, out.shape))
