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
    from tensorweave.framework import context

    if not context._control_flow_v2:
        from tensorweave.ops.control_flow_v1 import while_loop_v1

        return while_loop_v1(cond, body, loop_vars, shape_invariants, parallel_iterations, back_prop,
                             swap_memory, name, maximum_iterations, return_same_structure)
    if any(isinstance(x, _composite_types()) for x in nest.flatten(loop_vars)):
        return _while_loop_composites(cond, body, loop_vars, shape_invariants, name, return_same_structure,
                                      {"parallel_iterations": parallel_iterations, "back_prop": back_prop,
                                       "swap_memory": swap_memory, "maximum_iterations": maximum_iterations})
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
            set_lowering_attrs,
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
            op._attrs["_num_original_outputs"] = len(op._outputs)
            set_lowering_attrs(op, [cond_graph, body_graph])
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


# ------------------------------------------------------------------ composite loop variables
def _composite_types():
    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.framework.sparse_tensor import SparseTensor

    return (SparseTensor, IndexedSlices)


def _components(x):
    from tensorweave.framework.sparse_tensor import SparseTensor

    if isinstance(x, SparseTensor):
        return [x.indices, x.values, x.dense_shape]
    parts = [x.values, x.indices]
    return parts if x.dense_shape is None else parts + [x.dense_shape]


def _compose(like, parts):
    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.framework.sparse_tensor import SparseTensor

    if isinstance(like, SparseTensor):
        return SparseTensor(*parts)
    return IndexedSlices(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


def _component_invariants(x, invariant):
    """As in TF, a SparseTensor/IndexedSlices loop variable may change its number of entries."""
    from tensorweave.framework.sparse_tensor import SparseTensor

    if isinstance(x, SparseTensor):
        rank = x.indices.shape.as_list()[1] if x.indices.shape.ndims == 2 else None
        if invariant is not None and TensorShape(invariant).ndims is not None:
            rank = TensorShape(invariant).ndims
        return [TensorShape([None, rank]), TensorShape([None]), TensorShape([rank])]
    values = x.values.shape
    if invariant is not None:
        values = TensorShape(invariant)
    values = TensorShape(None) if values.ndims is None else TensorShape([None]).concatenate(values[1:])
    shapes = [values, TensorShape([None])]
    return shapes if x.dense_shape is None else shapes + [x.dense_shape.shape]


def _while_loop_composites(cond, body, loop_vars, shape_invariants, name, return_same_structure, kwargs):
    """Runs the loop on the component tensors of SparseTensor / IndexedSlices loop variables."""
    composite = _composite_types()
    flat_in = [x if isinstance(x, (composite, TensorArray, _ops.Tensor)) else _ops.convert_to_tensor(x)
               for x in nest.flatten(loop_vars)]
    if shape_invariants is None:
        flat_inv = [None] * len(flat_in)
    else:
        nest.assert_same_structure(loop_vars, shape_invariants, check_types=False)
        flat_inv = nest.flatten(shape_invariants)
    inner_vars, inner_inv = [], []
    for x, inv in zip(flat_in, flat_inv):
        if isinstance(x, composite):
            inner_vars.append(_components(x))
            inner_inv.append(_component_invariants(x, inv))
        else:
            inner_vars.append([x])
            inner_inv.append([TensorShape([]) if isinstance(x, TensorArray) else
                              x.shape if inv is None else TensorShape(inv)])

    def to_outer(parts):
        leaves = [_compose(x, list(p)) if isinstance(x, composite) else p[0] for x, p in zip(flat_in, parts)]
        return nest.pack_sequence_as(loop_vars, leaves)

    def inner_body(*parts):
        outputs = body(*to_outer(parts))
        if not nest.is_nested(outputs):
            outputs = [outputs]
        nest.assert_same_structure(outputs, loop_vars, check_types=False)
        result = []
        for x, out in zip(flat_in, nest.flatten(outputs)):
            if isinstance(x, composite):
                if not isinstance(out, type(x)):
                    raise TypeError("Loop variable %s enters the loop as a %s but the body returns "
                                    "%r." % (x, type(x).__name__, out))
                result.append(_components(out))
            else:
                result.append([out])
        return result

    results = while_loop(lambda *parts: cond(*to_outer(parts)), inner_body, inner_vars,
                         shape_invariants=inner_inv, name=name, return_same_structure=True, **kwargs)
    outer = to_outer(results)
    if not return_same_structure and len(flat_in) == 1:
        return nest.flatten(outer)[0]
    return outer
