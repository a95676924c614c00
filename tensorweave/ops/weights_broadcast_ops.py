"""Checking and broadcasting loss / metric weights against values, with TF's graph.

`assert_broadcastable(weights, values)` holds when weights is a scalar, or has values' rank
with each dim 1 or equal to values'. Statically known answers give a NoOp
("static_scalar_check_success" / "static_dims_check_success") or a ValueError while the graph
is built; otherwise an Assert (named "assert_broadcastable") checks it when the graph runs.
"""

from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import control_dependencies, name_scope
from tensorweave.framework.tensor_util import constant_value

_ERROR_PREFIX = "weights can not be broadcast to values."


def _static_value(t):
    v = constant_value(t)
    return None if v is None else v.tolist()


def assert_broadcastable(weights, values):
    """An op that checks that `weights` can be broadcast to `values` (see the module doc)."""
    from tensorweave.ops import (array_ops, control_flow_ops, graph_ops, logging_array_ops, math_ops,
                                 reduction_ops)

    with name_scope(None, "assert_broadcastable", (weights, values)) as scope:
        with name_scope(None, "weights", (weights,)) as weights_scope:
            weights = _ops.convert_to_tensor(weights, name=weights_scope)
            weights_shape = array_ops.shape(weights, name="shape")
            weights_rank = array_ops.rank(weights, name="rank")
        with name_scope(None, "values", (values,)) as values_scope:
            values = _ops.convert_to_tensor(values, name=values_scope)
            values_shape = array_ops.shape(values, name="shape")
            values_rank = array_ops.rank(values, name="rank")
        w_rank, v_rank = _static_value(weights_rank), _static_value(values_rank)
        if w_rank is not None and v_rank is not None:
            if w_rank == 0:
                return graph_ops.no_op(name="static_scalar_check_success")
            if w_rank != v_rank:
                raise ValueError("%s values.rank=%s. weights.rank=%s. values.shape=%s. "
                                 "weights.shape=%s." % (_ERROR_PREFIX, v_rank, w_rank,
                                                        values.shape, weights.shape))
            w_dims, v_dims = _static_value(weights_shape), _static_value(values_shape)
            if w_dims is not None and v_dims is not None:
                for i, (w, v) in enumerate(zip(w_dims, v_dims)):
                    if w not in (1, v):
                        raise ValueError("%s Mismatch at dim %s. values.shape=%s, weights.shape=%s."
                                         % (_ERROR_PREFIX, i, v_dims, w_dims))
                return graph_ops.no_op(name="static_dims_check_success")
        # Checked when the graph runs.
        is_scalar = math_ops.equal(0, weights_rank, name="is_scalar")

        def valid_nonscalar():
            same_rank = math_ops.equal(weights_rank, values_rank, name="is_same_rank")

            def valid_dims():
                ok = math_ops.logical_or(math_ops.equal(weights_shape, 1),
                                         math_ops.equal(weights_shape, values_shape))
                return reduction_ops.reduce_all(ok, name="has_valid_dims")

            return control_flow_ops.cond(same_rank, valid_dims, lambda: same_rank,
                                         name="has_valid_nonscalar_shape")

        is_valid = control_flow_ops.cond(is_scalar, lambda: is_scalar, valid_nonscalar,
                                         name="is_valid_shape")
        data = [_ERROR_PREFIX, "weights.shape=", weights.name, weights_shape,
                "values.shape=", values.name, values_shape, "is_scalar=", is_scalar]
        return logging_array_ops.Assert(is_valid, data, name=scope)


def broadcast_weights(weights, values):
    """`weights` broadcast to `values`' shape (in values' dtype), after assert_broadcastable."""
    from tensorweave.ops import array_creation_ops, math_ops

    with name_scope(None, "broadcast_weights", (weights, values)) as scope:
        values = _ops.convert_to_tensor(values, name="values")
        weights = _ops.convert_to_tensor(weights, dtype=values.dtype.base_dtype, name="weights")
        ws, vs = weights.shape, values.shape
        if ws.is_fully_defined() and vs.is_fully_defined() and ws.is_compatible_with(vs):
            return weights
        with control_dependencies((assert_broadcastable(weights, values),)):
            return math_ops.multiply(weights, array_creation_ops.ones_like(values), name=scope)
