"""Symbolic reverse-mode differentiation: tf.gradients, tf.hessians, the gradient registry.

`gradients(ys, xs)` adds the gradient ops to the graph under a `gradients/` name scope, as
TensorFlow does, walking only the ops that lie between `xs` and `ys`: the ancestors of `ys`
are collected first, then the descendants of `xs` among them. Each op's gradient comes from
(in order of precedence) a `gradient_override_map` entry recorded on the op as
`_gradient_op_type`, a `tf.RegisterGradient` registration for its type, or the `grad` of its
declaration (`grad = None` on purpose: not differentiable; no `grad`: LookupError).
"""

import enum
import inspect
import itertools

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.framework.op_def import _MISSING, apply_op, gradient_of

# ------------------------------------------------------------------ registry
_GRADIENT_REGISTRY = {}  # op type or override name -> fn(op, *out_grads) or None


def _check_not_registered(op_type):
    if op_type in _GRADIENT_REGISTRY:
        raise KeyError("Registering two gradient with name '%s'! (Previous registration was in %s)"
                       % (op_type, _registration_site(_GRADIENT_REGISTRY[op_type])))
    from tensorweave.framework.op_def import registered_ops

    op_def = registered_ops().get(op_type)
    if op_def is not None and gradient_of(op_def) is not _MISSING:
        raise KeyError("Registering two gradient with name '%s'! (Previous registration was in "
                       "the declaration of op %s)" % (op_type, op_type))


def _registration_site(fn):
    if fn is None:
        return "no_gradient"
    code = getattr(fn, "__code__", None)
    return "%s:%d" % (code.co_filename, code.co_firstlineno) if code else repr(fn)


@tf_export("RegisterGradient")
class RegisterGradient:
    """Decorator registering `fn(op, *grads)` as the gradient of an op type (or override name)."""

    __slots__ = ("_op_type",)

    def __init__(self, op_type):
        if not isinstance(op_type, str):
            raise TypeError("op_type must be a string")
        self._op_type = op_type

    def __call__(self, f):
        _check_not_registered(self._op_type)
        _GRADIENT_REGISTRY[self._op_type] = f
        return f


@tf_export("no_gradient", "NoGradient", "NotDifferentiable")
def no_gradient(op_type):
    """Declares ops of `op_type` not differentiable: their inputs get no gradient."""
    if not isinstance(op_type, str):
        raise TypeError("op_type must be a string")
    _check_not_registered(op_type)
    _GRADIENT_REGISTRY[op_type] = None


NotDifferentiable = NoGradient = no_gradient


def _no_gradient_error(op):
    return LookupError(
        "No gradient defined for operation'%s' (op type: %s). In general every operation must "
        "have an associated `@tf.RegisterGradient` for correct autodiff, which this op is "
        "lacking. If you want to pretend this operation is a constant in your program, you may "
        "insert `tf.stop_gradient`. This can be useful to silence the error in cases where you "
        "know gradients are not needed, e.g. the forward pass of tf.custom_gradient. Please see "
        "more details in https://www.tensorflow.org/api_docs/python/tf/custom_gradient."
        % (op.name, op.type))


def get_gradient_function(op):
    """The gradient function of `op`: a callable `fn(op, *grads)`, or None (not differentiable).

    Raises LookupError when the op has no gradient at all.
    """
    override = op._attrs.get("_gradient_op_type")
    if override is not None:
        if isinstance(override, bytes):
            override = override.decode()
        if override in _GRADIENT_REGISTRY:
            return _GRADIENT_REGISTRY[override]
        # An override may name an op type: its declared gradient is used (as TF's registry
        # holds op types and override names alike).
        from tensorweave.framework.op_def import _REGISTRY as _OP_DEFS

        override_def = _OP_DEFS.get(override)
        declared = _MISSING if override_def is None else gradient_of(override_def)
        if declared is _MISSING:
            raise _no_gradient_error(op)
        return None if declared is None else override_def.grad
    registered = _GRADIENT_REGISTRY.get(op._type, _MISSING)
    if registered is not _MISSING:
        return registered
    op_def = op._op_def
    declared = _MISSING if op_def is None else gradient_of(op_def)
    if declared is _MISSING:
        raise _no_gradient_error(op)
    if declared is None:
        return None
    return op_def.grad


# ------------------------------------------------------------------ options
@tf_export("UnconnectedGradients")
class UnconnectedGradients(enum.Enum):
    NONE = "none"
    ZERO = "zero"


@tf_export("AggregationMethod")
class AggregationMethod:
    ADD_N = 0
    DEFAULT = ADD_N
    EXPERIMENTAL_TREE = 1
    EXPERIMENTAL_ACCUMULATE_N = 2


_VALID_AGGREGATION = (AggregationMethod.ADD_N, AggregationMethod.EXPERIMENTAL_TREE,
                      AggregationMethod.EXPERIMENTAL_ACCUMULATE_N)


def _is_backpropagatable(t):
    dt = t._dtype.base_dtype
    return dt.is_floating or dt.is_complex or dt is _dtypes.resource or dt is _dtypes.variant


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


# ------------------------------------------------------------------ the subgraph
def _ops_between(to_ops, from_ops):
    """The ops on a path from `from_ops` to `to_ops` (both ends included).

    Linear in the size of the ancestors of `to_ops`: walk those first, then the descendants of
    `from_ops` among them (only through outputs a gradient can flow along).
    """
    ancestors = set()
    stack = list(to_ops)
    while stack:
        op = stack.pop()
        if op in ancestors:
            continue
        ancestors.add(op)
        for t in op._inputs:
            if t._op not in ancestors:
                stack.append(t._op)
    reached = set()
    stack = [op for op in from_ops if op in ancestors]
    while stack:
        op = stack.pop()
        if op in reached:
            continue
        reached.add(op)
        for t in op._outputs:
            if t._consumers and _is_backpropagatable(t):
                for c in t._consumers:
                    if c in ancestors and c not in reached:
                        stack.append(c)
    # NOTE: an op reached from xs may feed ys only through an integer output (Shape of a
    # float tensor feeding a Reshape): keep only the ops with a path of reached ops to ys.
    between = set()
    stack = [op for op in to_ops if op in reached]
    while stack:
        op = stack.pop()
        if op in between:
            continue
        between.add(op)
        for t in op._inputs:
            if t._op in reached and t._op not in between:
                stack.append(t._op)
    return between


# ------------------------------------------------------------------ helpers emitting ops
def _const(value, dtype, name):
    from tensorweave.ops.constant_op import constant

    return constant(value, dtype=dtype, name=name)


def _default_grad_ys(grad_ys, ys, graph, colocate):
    out = []
    for i, (y, grad_y) in enumerate(zip(ys, grad_ys)):
        with _maybe_colocate(graph, y.op, colocate):
            if grad_y is None:
                if y.dtype.is_complex:
                    raise TypeError("Gradients of complex tensors (%s) must set grad_ys (y.dtype = "
                                    "%s)" % (y, y.dtype.base_dtype.name))
                out.append(_ones_like_fill(y, "grad_ys_%d" % i, graph))
                continue
            if not isinstance(grad_y, (_ops.Tensor, IndexedSlices)):
                grad_y = _ops.convert_to_tensor(grad_y, dtype=y.dtype.base_dtype,
                                                name="grad_y_%d" % i)
            ydt, gdt = y.dtype.base_dtype, grad_y.dtype.base_dtype
            if ydt.is_floating or ydt.is_integer:
                if not gdt.is_floating and not gdt.is_integer:
                    raise TypeError("Gradient type %s generated for real or integer-valued tensor "
                                    "%s with type %s must be real or integer"
                                    % (gdt.name, y, ydt.name))
            elif ydt.is_complex:
                if not gdt.is_complex:
                    raise TypeError("Gradient type %s generated for complex-valued tensor %s with "
                                    "type %s must be real" % (gdt.name, y, ydt.name))
            elif ydt not in (_dtypes.variant, _dtypes.resource):
                raise TypeError("Tensor %s with type %s must be numeric to obtain a default "
                                "gradient." % (y, ydt.name))
            if isinstance(grad_y, IndexedSlices):
                out.append(grad_y)
            else:
                out.append(apply_op("Identity", [grad_y], {}, name="grad_ys_%d" % i))
    return out


def _ones_like_fill(y, name, graph):
    """fill(shape(y), 1) named like TF's seed: `Shape` (a Const when static) + `name`."""
    shape = y.shape
    if shape.is_fully_defined():
        dims = _const(np.array(shape.as_list(), np.int32), _dtypes.int32, "Shape")
    else:
        dims = apply_op("Shape", [y], {"out_type": _dtypes.int32}, name="Shape")
    dtype = y.dtype.base_dtype
    with graph.name_scope(name) as scope:
        one = _const(True if dtype is _dtypes.bool else 1, dtype, "Const")
        return apply_op("Fill", [dims, one], {}, name=scope)


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _maybe_colocate(graph, op, colocate):
    return graph.colocate_with(op) if colocate else _Nothing()


def _add_n(tensors, name=None):
    if len(tensors) == 1:
        t = tensors[0]
        return _ops.convert_to_tensor(t) if isinstance(t, IndexedSlices) else t
    return apply_op("AddN", [list(tensors)], {}, name=name or "AddN")


def _multi_device_add_n(tensors, graph):
    by_device = {}
    for t in tensors:
        by_device.setdefault(t.device or "", []).append(t)
    summands = []
    for dev in sorted(by_device):
        group = by_device[dev]
        with graph.colocate_with(group[0].op, ignore_existing=True):
            summands.append(_add_n(group))
    return _add_n(summands)


def _aggregate_indexed_slices(grads):
    grads = [g for g in grads if g is not None]
    if len(grads) == 1:
        return grads[0]
    if any(isinstance(g, _ops.Tensor) for g in grads):
        return _add_n(grads)
    from tensorweave.ops import array_ops

    values = array_ops.concat([g.values for g in grads], axis=0)
    indices = array_ops.concat([g.indices for g in grads], axis=0)
    return IndexedSlices(values, indices, grads[0].dense_shape)


def _aggregated_grads(grads, op, graph, method):
    out_grads = grads.get(op)
    if out_grads is None:
        return [None] * len(op._outputs)
    result = []
    for out_grad in out_grads:
        if out_grad is not None and not isinstance(out_grad, list):
            result.append(out_grad)  # a TF1 loop Switch seen before: its gradient is summed
        elif not out_grad:
            result.append(None)
        elif len(out_grad) == 1:
            result.append(out_grad[0])
        elif all(isinstance(g, _ops.Tensor) for g in out_grad):
            if method in (AggregationMethod.EXPERIMENTAL_TREE,
                          AggregationMethod.EXPERIMENTAL_ACCUMULATE_N):
                with graph.name_scope(op.name + "_gradient_sum"):
                    running = out_grad[0]
                    for g in out_grad[1:]:
                        running = _add_n([running, g])
                result.append(running)
            else:
                result.append(_multi_device_add_n(out_grad, graph))
        else:
            result.append(_aggregate_indexed_slices(out_grad))
    return result


def _gate(in_grads, needed, graph):
    """The gate of `gate_gradients`: TF's `tuple(in_grads)` outside any device or colocation.

    NOTE: only the gradients of inputs on a path to xs join the gate, so that a gradient no
    one needs (e.g. for a placeholder input of MatMul) is never computed at run time. The op
    names are TF's.
    """
    if not any(g is not None and need for g, need in zip(in_grads, needed)):
        return in_grads
    with graph.device(None), graph.colocate_with(None, ignore_existing=True):
        return gated_tuple(in_grads, graph, needed)


def gated_tuple(tensors, graph, needed=None):
    """TF's `tf.tuple`: Identities of `tensors` that all wait for `tuple/group_deps`."""
    from tensorweave.ops.graph_ops import group

    if needed is None:
        needed = [True] * len(tensors)
    with graph.name_scope("tuple"):
        gating, seen = [], set()
        for g, need in zip(tensors, needed):
            if g is not None and need and g.op not in seen:
                seen.add(g.op)
                gating.append(g.op)
        if not gating:
            raise ValueError("Must have at least one Tensor: %s" % (tensors,))
        gating.sort(key=lambda o: o._id)
        gate = group(*gating)
        out = []
        for g in tensors:
            if g is None:
                out.append(None)
                continue
            values = g.values if isinstance(g, IndexedSlices) else g
            with graph.name_scope("control_dependency") as scope:
                pass
            with graph.colocate_with(values.op), graph.control_dependencies([gate]):
                ident = apply_op("Identity", [values], {}, name=scope)
            out.append(IndexedSlices(ident, g.indices, g.dense_shape)
                       if isinstance(g, IndexedSlices) else ident)
        return out


def _zeros_like_output(t):
    if t._op._control_flow_context is not None:  # TF1 control flow: zeros on the right branch
        from tensorweave.ops.control_flow_v1 import zeros_like_outside_loop

        return zeros_like_outside_loop(t._op, t._value_index)
    return apply_op("ZerosLike", [t], {}, name="zeros_like")


# ------------------------------------------------------------------ tf.gradients
@tf_export("gradients")
def gradients(ys, xs, grad_ys=None, name="gradients", colocate_gradients_with_ops=False,
              gate_gradients=False, aggregation_method=None, stop_gradients=None,
              unconnected_gradients=UnconnectedGradients.NONE):
    """Symbolic derivatives of sum(ys) with respect to each of xs (None where unconnected)."""
    try:
        unconnected = UnconnectedGradients(unconnected_gradients)
    except ValueError:
        raise ValueError("Unknown value for unconnected_gradients: '%s'"
                         % (unconnected_gradients,)) from None
    if aggregation_method is None:
        aggregation_method = AggregationMethod.DEFAULT
    ys = _as_list(ys)
    xs = _as_list(xs)
    stop_gradients = [] if stop_gradients is None else _as_list(stop_gradients)
    grad_ys = [None] * len(ys) if grad_ys is None else _as_list(grad_ys)
    values = [v for v in ys + xs + stop_gradients + grad_ys if v is not None]
    graph = _ops.get_graph_from_inputs(values)
    # NOTE: as in TF, the checks below fail inside the name scope, so a failed call still
    # uses up a `gradients_N` name.
    with graph.as_default(), graph.name_scope(name or "gradients"):
        graph.unique_name("uid")
        for kind, values in (("ys", ys), ("xs", xs), ("stop_gradients", stop_gradients)):
            if any(v is None for v in values):
                # TF fails here with AttributeError ('NoneType' object has no attribute 'op').
                raise AttributeError("tf.gradients: %s contains None ('NoneType' object has no "
                                     "attribute 'op')" % kind)
        if len(grad_ys) != len(ys):
            raise ValueError("Length mismatch. Passed %d grad_ys for %d ys" % (len(grad_ys), len(ys)))
        if aggregation_method not in _VALID_AGGREGATION:
            raise ValueError("Invalid `aggregation_method` specified %s. Accepted values are %s."
                             % (aggregation_method, list(_VALID_AGGREGATION)))
        ys = [y if isinstance(y, IndexedSlices) else _ops.convert_to_tensor(y, name="y")
              for y in ys]
        xs = [x if isinstance(x, IndexedSlices) else _ops.convert_to_tensor(x, name="x", as_ref=True)
              for x in xs]
        stop_gradients = [_ops.convert_to_tensor(s) if not isinstance(s, _ops.Operation) else s
                          for s in stop_gradients]
        grad_ys = _default_grad_ys(grad_ys, ys, graph, colocate_gradients_with_ops)
        grads = _backprop(graph, ys, xs, grad_ys, stop_gradients, gate_gradients,
                          aggregation_method, colocate_gradients_with_ops)
    return [_result_for(grads, x, unconnected) for x in xs]


def _result_for(grads, x, unconnected):
    op_grads = grads.get(x.op)
    g = None if not op_grads else op_grads[x.value_index]
    if isinstance(g, list):  # x's op was never reached: nothing was aggregated.
        g = None if not g else (g[0] if len(g) == 1 else _add_n(g))
    if g is None and unconnected is UnconnectedGradients.ZERO:
        from tensorweave.ops import array_ops

        if x.dtype._is_ref_dtype and x.shape.is_fully_defined():
            # A variable: TF (resource variables) makes `zeros` of the variable's shape.
            return array_ops.zeros(x.shape.as_list(), dtype=x.dtype.base_dtype)
        if x.dtype.base_dtype is _dtypes.resource:
            from tensorweave.ops.resource_variable_ops import handle_data, read_variable_op

            data = handle_data(x)
            if data is not None and data[1].is_fully_defined():
                # As TF: zeros of the variable's shape given as a tensor (a Fill).
                import numpy as np

                shape = _ops.convert_to_tensor(np.array(data[1].as_list(), np.int32))
                return array_ops.zeros(shape, dtype=data[0])
            if data is not None:
                return array_ops.zeros_like(read_variable_op(x, data[0]))
        return array_ops.zeros_like(_ops.convert_to_tensor(x))
    return g


def _backprop(graph, ys, xs, grad_ys, stop_gradients, gate_gradients, aggregation_method,
              colocate):
    to_ops = [y.op for y in ys]
    from_ops = [x.op for x in xs]
    stop_gradient_ops = [s if isinstance(s, _ops.Operation) else s.op for s in stop_gradients]
    between = _ops_between(to_ops, from_ops)
    loop_state = _tf1_loop_state(graph, between, to_ops)
    pending = {}
    for op in between:
        for t in op._inputs:
            src = t._op
            if src in between:
                pending[src] = pending.get(src, 0) + 1
    stop_ops = set(stop_gradient_ops)
    for op in from_ops:
        if not any(pending.get(t._op, 0) > 0 for t in op._inputs):
            stop_ops.add(op)
    grads = {}
    for y, g in zip(ys, grad_ys):
        _set_grad(grads, y, g)
    queue = []
    queued = set()
    for op in to_ops:
        if pending.get(op, 0) == 0 and op not in queued and op in between:
            queued.add(op)
            queue.append(op)
    if loop_state is not None:
        for y in loop_state.process_unused_loop_exits(pending, queued):
            if _is_backpropagatable(y):
                _set_grad(grads, y, loop_state.zeros_like_for_exit(y))
            queue.append(y.op)
    pos = 0
    while pos < len(queue):
        op = queue[pos]
        pos += 1
        with _maybe_colocate(graph, op, colocate):
            if loop_state is not None:
                loop_state.enter_grad_while_context(op, before=True)
            out_grads = _aggregated_grads(grads, op, graph, aggregation_method)
            if loop_state is not None:
                loop_state.exit_grad_while_context(op, before=True)
                loop_state.enter_grad_while_context(op, before=False)
            grads[op] = out_grads
            has_out_grads = any(g is not None for g in out_grads)
            grad_fn = None
            if has_out_grads and op not in stop_ops:
                grad_fn = get_gradient_function(op)
            inputs = op._inputs
            if grad_fn is not None:
                for i, g in enumerate(out_grads):
                    if g is None and _is_backpropagatable(op._outputs[i]):
                        out_grads[i] = (_zeros_like_output(op._outputs[i]) if loop_state is None
                                        else loop_state.zeros_like(op, i))
                with graph.name_scope(op.name + "_grad"):
                    in_grads = _as_list(grad_fn(op, *out_grads))
                    if len(in_grads) != len(inputs):
                        raise ValueError("Num gradients %d generated for op %s do not match num "
                                         "inputs %d" % (len(in_grads), op.node_def, len(inputs)))
                    needed = [t._op in between for t in inputs]
                    if gate_gradients and sum(g is not None for g in in_grads) > 1:
                        in_grads = _gate(in_grads, needed, graph)
            else:
                in_grads = [None] * len(inputs)
        for i, (t_in, g) in enumerate(zip(inputs, in_grads)):
            if g is None:
                continue
            if isinstance(g, _ops.Tensor):
                if t_in._dtype.base_dtype is not _dtypes.resource:
                    try:
                        g.set_shape(t_in.shape)
                    except ValueError:
                        raise ValueError(
                            "Incompatible shapes between op input and calculated input gradient. "
                            "Forward operation: %s. Input index: %d. Original input shape: %s. "
                            "Calculated input gradient shape: %s"
                            % (op.name, i, t_in.shape, g.shape)) from None
            elif not isinstance(g, IndexedSlices):
                g = _ops.convert_to_tensor(g)
            if t_in._op in between or (loop_state is not None and t_in._op in pending):
                _set_grad(grads, t_in, g)  # (TF1 loops: also a loop's Enters, see loop_state)
        if loop_state is not None:
            loop_state.exit_grad_while_context(op, before=False)
            _enqueue_ready_in_loops(grads, inputs, queue, pending, loop_state)
            continue
        for t in inputs:
            src = t._op
            count = pending.get(src)
            if count is not None:
                count -= 1
                pending[src] = count
                if count == 0:
                    queue.append(src)
    if loop_state is not None:
        loop_state.post_processing()
    return grads


def _tf1_loop_state(graph, between, to_ops):
    """TF1 while loops' gradient state (ops/control_flow_v1_state) when the ops between xs
    and ys cross a loop Exit, else None. Adds every exit of those loops to `between`."""
    if not graph._collections.get("while_context"):  # no TF1 while loop in this graph
        return None
    from tensorweave.ops.control_flow_v1_state import maybe_create_control_flow_state

    # TF's order: breadth first from ys, so an outer loop's exits come before its inner loops'.
    order, seen = [], set()
    frontier = [op for op in to_ops if op in between]
    while frontier:
        nxt = []
        for op in frontier:
            if op in seen:
                continue
            seen.add(op)
            order.append(op)
            nxt.extend(t._op for t in op._inputs if t._op in between and t._op not in seen)
        frontier = nxt
    return maybe_create_control_flow_state(order, between)


def _has_any_not_none_grads(grads, op):
    for g in grads.get(op) or ():
        if g is not None and (not isinstance(g, list) or any(x is not None for x in g)):
            return True
    return False


def _enqueue_ready_in_loops(grads, inputs, queue, pending, loop_state):
    """Pending counts with TF1 loops: a loop Switch is ready once its Exit side is done (it is
    visited again from the body), and a loop's exits are handled together."""
    from tensorweave.ops.control_flow_v1 import _is_loop_exit
    from tensorweave.ops.control_flow_v1_state import _is_loop_switch

    for t in inputs:
        src = t._op
        count = pending.get(src)
        if count is None:
            continue
        count -= 1
        pending[src] = count
        ready = count == 0 or (count > 0 and _is_loop_switch(src))
        if not ready:
            continue
        if not _is_loop_exit(src):
            queue.append(src)
            continue
        grad_state = loop_state.get_grad_state(src, before=False)
        grad_state.deferred_exits.append(t)
        grad_state.pending_exits_count -= 1
        if grad_state.pending_exits_count:
            continue
        used = False
        for y in grad_state.deferred_exits:
            if _has_any_not_none_grads(grads, y.op):
                used = True
                queue.append(y.op)
            else:
                grad_state.unused_exits.append(y)
        for y in grad_state.unused_exits:
            if used and _is_backpropagatable(y):
                _set_grad(grads, y, loop_state.zeros_like_for_exit(y))
            queue.append(y.op)


def _set_grad(grads, t, grad):
    op = t._op
    op_grads = grads.get(op)
    if op_grads is None:
        op_grads = grads[op] = [[] for _ in op._outputs]
    entry = op_grads[t._value_index]
    if isinstance(entry, list):
        entry.append(grad)
    else:  # a TF1 loop Switch, visited once already: its body-side gradient arrives
        op_grads[t._value_index] = grad


# ------------------------------------------------------------------ tf.hessians
@tf_export("hessians")
def hessians(ys, xs, name="hessians", colocate_gradients_with_ops=False, gate_gradients=False,
             aggregation_method=None):
    """Second derivatives of sum(ys) for each x: a tensor of shape x.shape + x.shape.

    Named as TF names it (TF opens no `hessians` scope): per x the flattened gradient
    `Reshape`, then the rows (TF's while_loop over a TensorArray: here one gradient per
    element under the `while` scope, which needs a static shape for x), `Shape`, `concat` and
    the result `Reshape_1`. As in TF, a gradient that is None (ys independent of x, or a
    gradient constant in x) is a ValueError.
    """
    from tensorweave.ops import array_ops
    from tensorweave.ops.constant_op import constant
    from tensorweave.framework.scopes import name_scope

    xs = _as_list(xs)
    kwargs = {"colocate_gradients_with_ops": colocate_gradients_with_ops,
              "gate_gradients": gate_gradients, "aggregation_method": aggregation_method}
    first = gradients(ys, xs, **kwargs)
    out = []
    with _ops.get_graph_from_inputs(_as_list(ys) + xs).as_default():
        for grad, x in zip(first, xs):
            if grad is None:
                # TF fails converting None inside tf.reshape, whose name is taken by then.
                _ops.get_graph_from_inputs(_as_list(ys) + xs).unique_name("Reshape")
                raise ValueError("Tried to convert 'tensor' to a tensor and failed. Error: None "
                                 "values not supported.")
            # x stays as given (a resource variable is differentiated as itself, not through a
            # fresh read of it, which no path from ys reaches).
            flat = array_ops.reshape(grad, [-1])
            shape = x.shape
            if not shape.is_fully_defined():
                raise ValueError("hessians needs a fully defined static shape for %s, got %s"
                                 % (x.name, shape))
            n = int(np.prod(shape.as_list(), dtype=np.int64))
            array_ops.size(x)
            constant(0)
            rows = []
            with name_scope("while"):
                for j in range(n):
                    row = gradients(flat[j], x, **kwargs)[0]
                    if row is None:
                        raise ValueError("None values not supported.")
                    rows.append(array_ops.reshape(row, [-1]))
                with name_scope("TensorArrayV2Stack"):
                    stacked = array_ops.stack(rows)
            x_shape = array_ops.shape(x)
            dims = array_ops.concat([x_shape, x_shape], 0)
            out.append(array_ops.reshape(stacked, dims))
    return out


# ------------------------------------------------------------------ tf.custom_gradient
_custom_gradient_uid = itertools.count()


@tf_export("custom_gradient")
def custom_gradient(f=None):
    """Decorator: `f(*x)` returns `(y, grad_fn)`; the gradient of y w.r.t. x is `grad_fn(dy)`.

    Graph mode: the outputs and inputs pass through one IdentityN whose gradient (registered
    under a fresh name) sends None back to the outputs (so nothing flows through f's own ops)
    and `grad_fn`'s results to the inputs.
    """
    if f is None:
        return custom_gradient

    def decorated(*args, **kwargs):
        return _custom_gradient_call(f, args, kwargs)

    decorated.__name__ = getattr(f, "__name__", "custom_gradient")
    decorated.__doc__ = getattr(f, "__doc__", None)
    decorated.__wrapped__ = f
    return decorated


def _custom_gradient_call(f, args, kwargs):
    if kwargs:
        raise ValueError("The custom_gradient decorator currently supports keywords arguments only "
                         "when eager execution is enabled.")
    name = "CustomGradient-%d" % next(_custom_gradient_uid)
    args = [_ops.convert_to_tensor(a) for a in args]
    graph = _ops.get_graph_from_inputs(args)
    result, grad_fn = f(*args)
    flat_result = list(result) if isinstance(result, (list, tuple)) else [result]
    flat_result = [_ops.convert_to_tensor(r) for r in flat_result]
    variables = _variables_between(args, flat_result, graph)
    sig = inspect.signature(grad_fn)
    takes_variables = "variables" in sig.parameters or any(
        p.kind is p.VAR_KEYWORD for p in sig.parameters.values())
    if variables and not takes_variables:
        raise TypeError("@tf.custom_gradient grad_fn must accept keyword argument 'variables', "
                        "since function uses variables: %s" % (variables,))
    n_result = len(flat_result)
    var_values = [v.value() if hasattr(v, "value") else _ops.convert_to_tensor(v) for v in variables]
    all_tensors = flat_result + args + var_values

    def grad_wrapper(op, *result_grads):
        result_grads = list(result_grads[:n_result])
        if variables:
            input_grads, variable_grads = grad_fn(*result_grads, variables=variables)
            variable_grads = list(variable_grads)
            if len(variable_grads) != len(variables):
                raise ValueError("Must return gradient for each variable from @custom_gradient "
                                 "grad_fn.")
        else:
            input_grads = grad_fn(*result_grads)
            variable_grads = []
        input_grads = _as_list(input_grads)
        if len(input_grads) != len(args):
            raise ValueError("custom_gradient function expected to return %d gradients, but "
                             "returned %d instead." % (len(args), len(input_grads)))
        return [None] * n_result + input_grads + variable_grads

    RegisterGradient(name)(grad_wrapper)
    with graph.as_default():
        # NOTE: TF builds (and leaves unused) one Identity per output here; kept so the ops
        # created afterwards get TF's names ("Identity_1", ...).
        for r in flat_result:
            apply_op("Identity", [r], {})
    with graph.as_default(), graph.gradient_override_map({"IdentityN": name}):
        outs = apply_op("IdentityN", [all_tensors], {})
    outs[0].op._attrs["_gradient_op_type"] = name
    new_result = outs[:n_result]
    if isinstance(result, (list, tuple)):
        return type(result)(new_result)
    return new_result[0]


def _variables_between(args, results, graph):
    """The variables (from the graph's collections) that `results` read, other than via args."""
    var_by_op = {}
    for key in ("variables", "local_variables", "trainable_variables"):
        for v in graph.get_collection(key):
            op = getattr(v, "op", None)
            if op is not None:
                var_by_op.setdefault(op, v)
    if not var_by_op:
        return []
    stop = {a.op for a in args}
    seen, found, stack = set(), [], [r.op for r in results]
    while stack:
        op = stack.pop()
        if op in seen or op in stop:
            continue
        seen.add(op)
        v = var_by_op.get(op)
        if v is not None and v not in found:
            found.append(v)
        stack.extend(t._op for t in op._inputs)
    return sorted(found, key=lambda v: v.name)
