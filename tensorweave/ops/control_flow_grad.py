"""Gradients of the functional control flow ops: If/StatelessIf, Case/StatelessCase, While.

If and Case: the gradient is an If (Case) over one gradient function per branch. Each branch's
gradient ops are added to the branch's own FuncGraph (by `tf.gradients` over it); the gradient
function is a `FunctionView` of that graph whose inputs are the incoming gradients and the
forward values the gradient ops read. Those forward values are not recomputed: the forward
If/Case gets extra outputs returning them (a zero scalar from the branches that were not taken),
so random draws and variable reads inside a branch are differentiated as they happened.
Gradient functions are differentiated the same way (second derivatives, tf.hessians): their
gradient ops join the same FuncGraph, with the view's inputs held fixed (`stop_gradients`).

While: see `while_grad`.
"""

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import FuncGraph, FunctionView, unique_function_name
from tensorweave.framework.op_def import apply_op, create_operation
from tensorweave.framework.tensor_shape import TensorShape


def gradient(op, grads):
    t = op.type
    if t in ("If", "StatelessIf"):
        branches = [op._attrs["then_branch"], op._attrs["else_branch"]]
        return _branches_grad(op, grads, branches, lambda gs: {"then_branch": gs[0], "else_branch": gs[1]},
                              ("If", "StatelessIf"), 1)
    if t in ("Case", "StatelessCase"):
        return _branches_grad(op, grads, list(op._attrs["branches"]), lambda gs: {"branches": gs},
                              ("Case", "StatelessCase"), 1)
    if t in ("PartitionedCall", "StatefulPartitionedCall"):
        if isinstance(op._attrs["f"], FunctionView):  # a While gradient's body
            raise LookupError("Gradients of a function that is itself a gradient (%s) are not "
                              "supported." % op._attrs["f"].name)
        return _branches_grad(op, grads, [op._attrs["f"]], lambda gs: {"f": gs[0]},
                              ("StatefulPartitionedCall", "PartitionedCall"), 0)
    from tensorweave.ops import while_grad

    return while_grad.gradient(op, grads)


def is_differentiable_dtype(dtype):
    dt = dtype.base_dtype
    return dt.is_floating or dt.is_complex or dt is _dtypes.variant


def dense(g):
    return g if g is None or isinstance(g, _ops.Tensor) else _ops.convert_to_tensor(g)


def _const_zero(dtype):
    dt = dtype.base_dtype
    if dt is _dtypes.variant:  # a recorded TensorList of a loop inside the branch
        return apply_op("EmptyTensorList", [np.array(-1, np.int32), np.int32(-1)],
                        {"element_dtype": _dtypes.float32, "shape_type": _dtypes.int32}, name="dummy")
    value = np.array(b"", dtype=object) if dt is _dtypes.string else np.zeros((), dt.as_numpy_dtype)
    return apply_op("Const", [], {"value": value, "dtype": dt}, name="dummy")


def variable_zeros(handle, like=None):
    """Zeros of the dtype and shape of the variable behind the resource tensor `handle` (or,
    when its handle data is unknown, of `like`, a gradient of its reads)."""
    from tensorweave.ops.resource_variable_ops import handle_data

    data = handle_data(handle)
    dtype, shape = data if data is not None else (like.dtype.base_dtype, like.shape)
    if shape.is_fully_defined():
        return apply_op("Const", [], {"value": np.zeros(shape.as_list(), dtype.as_numpy_dtype),
                                      "dtype": dtype}, name="zeros")
    return apply_op("ZerosLike", [apply_op("ReadVariableOp", [handle], {"dtype": dtype})], {})


def graph_of(fn):
    """The FuncGraph holding a function's ops (a FunctionView's is the graph it views)."""
    return fn.graph if isinstance(fn, FunctionView) else fn


class BranchGrad:
    """`tf.gradients` of some outputs of a function body, built inside the body graph.

    `fn` is a FuncGraph or a FunctionView of one (a gradient function): the view's inputs are
    fed values, so no gradient flows through them to the ops that compute them in the graph."""

    def __init__(self, fn, out_indices, x_indices, suffix="grad"):
        from tensorweave.training.gradients import gradients

        graph = graph_of(fn)
        if not isinstance(graph, FuncGraph):
            raise LookupError("Gradients of a function that is itself a gradient (%s) are not "  # noqa: TRY004
                              "supported." % getattr(fn, "name", fn))
        self.fn = fn
        self.graph = graph
        self.n_forward = len(graph._ops)
        self.forward_ops = set(graph._ops)
        graph._record_side_effects = False
        try:
            with graph.as_default():
                self.grad_ys = [apply_op("Placeholder", [], {"dtype": fn.outputs[k].dtype.base_dtype,
                                                             "shape": fn.outputs[k].shape},
                                         name="grad_ys_%d" % k) for k in out_indices]
                ys = [fn.outputs[k] for k in out_indices]
                xs = [fn.inputs[k] for k in x_indices]
                stop = list(fn.inputs) if fn is not graph else None
                self.dxs = [dense(g) for g in gradients(ys, xs, grad_ys=self.grad_ys, name=suffix,
                                                        stop_gradients=stop)] \
                    if ys else [None] * len(xs)
        finally:
            graph._record_side_effects = True

    def zeros_for(self, x_index, like=None):
        """Zeros for input `x_index` in a branch that does not use it; for a resource input
        (a variable's handle) zeros of the variable's dtype and shape, as `like` (another
        branch's gradient for it) has them."""
        g = self.graph
        g._record_side_effects = False
        try:
            with g.as_default():
                x = self.fn.inputs[x_index]
                if x.dtype.base_dtype is not _dtypes.resource:
                    return apply_op("ZerosLike", [x], {})
                return variable_zeros(x, like)
        finally:
            g._record_side_effects = True

    def new_ops(self):
        return self.graph._ops[self.n_forward:]

    def _const_copy(self, t):
        g = self.graph
        g._record_side_effects = False
        try:
            with g.as_default(), g.control_dependencies(None):
                return apply_op("Const", [], {"value": t._op._attrs["value"], "dtype": t._op._attrs["dtype"]},
                                name="Const")
        finally:
            g._record_side_effects = True

    def forward_reads(self, results):
        """Forward tensors the gradient ops (and `results`) read, in first-use order."""
        fwd = self.forward_ops
        seen = set()
        reads = []
        copies = {}
        for op in list(self.new_ops()):
            stale = [c for c in op._control_inputs if c in fwd]
            for c in stale:  # a gradient must not re-run forward ops through control edges
                op._control_inputs.remove(c)
                if op in c._control_outputs:
                    c._control_outputs.remove(op)
            for i, t in enumerate(op._inputs):
                if t._op in fwd and t._op._type == "Const" and not t._op._control_inputs:
                    # As TF: a forward constant is rebuilt in the gradient rather than
                    # returned from the forward op as one more output.
                    copy = copies.get(t)
                    if copy is None:
                        copy = copies[t] = self._const_copy(t)
                    inputs = list(op._inputs)
                    inputs[i] = copy
                    op._inputs = type(op._inputs)(inputs)
                    t._consumers.remove(op)
                    copy._consumers.append(op)
                    continue
                if t._op in fwd and t not in seen:
                    seen.add(t)
                    reads.append(t)
        for t in results:
            if t is not None and t._op in fwd and t not in seen:
                seen.add(t)
                reads.append(t)
        return reads


def add_outputs(op, tensors_per_graph, graphs):
    """Extends the If/Case `op` with outputs returning each graph's forward `tensors`.

    Every branch returns every new output: its own tensor, or a zero scalar placeholder value.
    Returns the new output Tensors, in the order of `tensors_per_graph` flattened.
    """
    new_dtypes = [t.dtype.base_dtype for ts in tensors_per_graph for t in ts]
    if not new_dtypes:
        return []
    for gi, fn in enumerate(graphs):
        g = graph_of(fn)
        extra = []
        n_ops = len(g._ops)
        g._record_side_effects = False
        try:
            with g.as_default(), g.control_dependencies(None):
                for gj, ts in enumerate(tensors_per_graph):
                    for t in ts:
                        extra.append(t if gi == gj else _const_zero(t.dtype))
        finally:
            g._record_side_effects = True
        if fn is not g:
            fn._ops.extend(g._ops[n_ops:])
        fn.outputs = list(fn.outputs) + extra
        g._version += 1
    return extend_op_outputs(op, new_dtypes, "Tout")


def extend_op_outputs(op, new_dtypes, dtype_attr):
    attrs = op._attrs
    if op._type in ("While", "StatelessWhile"):  # (TF keeps it on loops only)
        attrs.setdefault("_num_original_outputs", len(op._outputs))
    start = len(op._outputs)
    new = [_ops.Tensor(op, start + i, dt, TensorShape(None)) for i, dt in enumerate(new_dtypes)]
    op._outputs.extend(new)
    attrs[dtype_attr] = list(attrs[dtype_attr]) + list(new_dtypes)
    shapes = attrs.get("output_shapes")
    if shapes:
        attrs["output_shapes"] = list(shapes) + [TensorShape(None)] * len(new)
    g = op._graph
    g._version += 1
    g._mutations += 1
    return new


def _branches_grad(op, grads, branches, branch_attrs, op_types, n_sel):
    """Gradient of an op calling one of `branches` on its inputs after `n_sel` selectors."""
    # Outputs added for an earlier gradient count too: a second derivative flows through the
    # forward values they return.
    out_idx = [k for k in range(len(op._outputs)) if grads[k] is not None and
               is_differentiable_dtype(op._outputs[k].dtype)]
    inputs = list(op._inputs[n_sel:])
    # A resource input (a captured variable handle) gets the gradient of the variable's reads.
    x_idx = [k for k, t in enumerate(inputs) if is_differentiable_dtype(t.dtype)
             or t.dtype.base_dtype is _dtypes.resource]
    bgs = [BranchGrad(b, out_idx, x_idx) for b in branches]
    need = [j for j in range(len(x_idx)) if any(bg.dxs[j] is not None for bg in bgs)]
    like = {j: next(bg.dxs[j] for bg in bgs if bg.dxs[j] is not None) for j in need}
    results = []
    for bg in bgs:
        results.append([bg.dxs[j] if bg.dxs[j] is not None else bg.zeros_for(x_idx[j], like[j])
                        for j in need])
    reads = [bg.forward_reads(res) for bg, res in zip(bgs, results)]
    # Reads of a branch's input placeholders come straight from the op's inputs.
    own = []
    arg_idx = []
    for b, rs in zip(branches, reads):
        pos = {t: k for k, t in enumerate(b.inputs)}
        own.append([t for t in rs if t not in pos])
        for t in rs:
            if t in pos and pos[t] not in arg_idx:
                arg_idx.append(pos[t])
    new_outputs = add_outputs(op, own, branches)
    views = []
    for gi, (b, bg, res) in enumerate(zip(branches, bgs, results)):
        g = bg.graph
        g._record_side_effects = False
        fed = list(bg.grad_ys)
        try:
            with g.as_default(), g.control_dependencies(None):
                for gj, ts in enumerate(own):
                    for t in ts:
                        fed.append(t if gi == gj else apply_op(
                            "Placeholder", [], {"dtype": t.dtype.base_dtype, "shape": TensorShape(None)},
                            name="unused_intermediate"))
        finally:
            g._record_side_effects = True
        fed += [b.inputs[k] for k in arg_idx]
        views.append(FunctionView(unique_function_name(op._graph, b.name + "_grad"), g, fed, res,
                                  bg.new_ops()))
    grad_inputs = [dense(grads[k]) for k in out_idx] + new_outputs + [inputs[k] for k in arg_idx]
    op_type = op_types[0] if any(_side_effects(v) for v in views) else op_types[1]
    attrs = dict(branch_attrs(views), Tout=[like[j].dtype.base_dtype for j in need])
    if n_sel:
        attrs["output_shapes"] = [like[j].shape if inputs[x_idx[j]].dtype.base_dtype is _dtypes.resource
                                  else inputs[x_idx[j]].shape for j in need]
    # NOTE: TF names an If's gradient op after its type, a Case's "gradient".
    gop = create_operation(op_type, list(op._inputs[:n_sel]) + [grad_inputs], attrs,
                           name="gradient" if "Case" in op_type else op_type)
    out = [None] * len(op._inputs)
    for pos, j in enumerate(need):
        g = gop._outputs[pos]
        if n_sel:  # If/Case gradients pass through Identity ops ("cond_grad/Identity"), as in TF
            g = apply_op("Identity", [g], {})
        out[n_sel + x_idx[j]] = g
    return out


def _side_effects(view):
    from tensorweave.framework.func_graph import _has_side_effects

    return any(_has_side_effects(o) for o in view.get_operations())
