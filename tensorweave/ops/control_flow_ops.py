"""Functional control flow: tf.cond / tf.case / tf.switch_case (If, Case) and tf.while_loop (While).

As in TF 2.x graphs, a branch or loop body is a FuncGraph built once by calling the user's
Python function; the If/Case/While op holds the FuncGraphs as attrs and its kernel runs them
through `Session.run_function`, so only the taken branch executes (with its side effects) and
the executor's plan stays static. Tensors the functions use from outside are passed in as
extra inputs (captures). Ops with side effects choose the stateful op types (If, While, Case),
others the Stateless ones, like TF. Gradients live in `control_flow_grad`.

TF1's dataflow primitives (Switch, Merge, Enter, Exit, NextIteration, LoopCond) are declared
with shape functions so imported graphs can be read; `framework.functionalize` rewrites them
into If/While before they would run, and their kernels refuse to run.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import (
    _has_side_effects,
    func_graph_from_py_func,
    unique_function_name,
)
from tensorweave.framework.op_def import OpDef, apply_op, create_operation, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.runtime.resources import VariableCell


# ------------------------------------------------------------------ kernel helpers
def _truth(value):
    """The truth value of a predicate checked by `_check_scalar` (strings: non-empty)."""
    x = np.asarray(value).reshape(()).item()
    return len(x) > 0 if isinstance(x, (bytes, str)) else bool(x)


def _check_bool(value, arg):
    # NOTE: TF runs graph-mode If/While lowered to Switch/LoopCond, whose predicate must be a
    # bool: a tf.cond on an int32 scalar builds but fails when run.
    dtype = getattr(value, "dtype", None)
    if dtype is not None and dtype != np.bool_:
        raise errors.InvalidArgumentError(
            None, None, "Input '%s' passed %s expected bool" % (arg, _dtypes.as_dtype(dtype).name))
    return value


def _check_scalar(value, one_element=False):
    """The scalar rule of the kernels TF lowers If, Case and While to; `one_element` also
    accepts any one-element tensor (an If's predicate: TF's lowered Switch does)."""
    shape = np.shape(value)
    if not (shape == () or (one_element and np.size(value) == 1)):
        raise errors.InvalidArgumentError(
            None, None, "The second input must be a scalar, but it has shape %s" % list(shape))
    return value


def _plain(v):
    return v.value if type(v) is VariableCell else v


def _results(values):
    """Kernel results: one value for one output (the executor's convention), else a list."""
    if len(values) == 1:
        return _plain(values[0])
    return [_plain(v) for v in values]


# ------------------------------------------------------------------ If / Case / While
class _FunctionalOp(OpDef):
    # Inputs are declared Ref(...) so that a captured variable reference reaches the body as
    # the variable itself (reads inside see its current value; Assign inside updates it).
    forwards_refs = True

    def shape(self, *inputs, output_shapes, **_):
        return list(output_shapes)

    def grad(self, op, *grads):
        from tensorweave.ops import control_flow_grad

        return control_flow_grad.gradient(op, grads)


_IF_ATTRS = ["Tcond: type", "Tin: list(type) >= 0", "Tout: list(type) >= 0", "then_branch: func",
             "else_branch: func", "output_shapes: list(shape) = []"]


class _IfBase(_FunctionalOp):
    def shape(self, cond, input, *, output_shapes, Tout):
        return list(output_shapes) if output_shapes else [TensorShape(None)] * len(Tout)

    def kernel(self, ctx, cond, *args, then_branch, else_branch):
        _check_scalar(_check_bool(cond, "pred"), one_element=True)
        branch = then_branch if _truth(cond) else else_branch
        return _results(ctx.executor.run_function(branch, args))


@register_op("If", inputs=["cond: Tcond", "input: Ref(Tin)"], outputs=["output: Tout"],
             attrs=_IF_ATTRS, stateful=True)
class If(_IfBase):
    pass


@register_op("StatelessIf", inputs=["cond: Tcond", "input: Ref(Tin)"], outputs=["output: Tout"],
             attrs=_IF_ATTRS)
class StatelessIf(_IfBase):
    pass


_CASE_ATTRS = ["Tin: list(type) >= 0", "Tout: list(type) >= 0", "branches: list(func) >= 1",
               "output_shapes: list(shape) = []"]


class _CaseBase(_FunctionalOp):
    def shape(self, branch_index, input, *, output_shapes, Tout):
        return list(output_shapes) if output_shapes else [TensorShape(None)] * len(Tout)

    def kernel(self, ctx, branch_index, *args, branches):
        i = int(_check_scalar(branch_index))
        if i < 0 or i >= len(branches):
            i = len(branches) - 1
        return _results(ctx.executor.run_function(branches[i], args))


@register_op("Case", inputs=["branch_index: int32", "input: Ref(Tin)"], outputs=["output: Tout"],
             attrs=_CASE_ATTRS, stateful=True)
class Case(_CaseBase):
    pass


@register_op("StatelessCase", inputs=["branch_index: int32", "input: Ref(Tin)"],
             outputs=["output: Tout"], attrs=_CASE_ATTRS)
class StatelessCase(_CaseBase):
    pass


_WHILE_ATTRS = ["T: list(type) >= 0", "cond: func", "body: func", "output_shapes: list(shape) = []",
                "parallel_iterations: int = 10"]


class _WhileBase(_FunctionalOp):
    def shape(self, input, *, output_shapes):
        return list(output_shapes) if output_shapes else [t.shape for t in input]

    def kernel(self, ctx, *args, cond, body):
        run = ctx.executor.run_function
        values = list(args)
        while _truth(_check_scalar(_check_bool(run(cond, values)[0], "input"))):
            values = run(body, values)
        return _results(values)


@register_op("While", inputs=["input: Ref(T)"], outputs=["output: T"], attrs=_WHILE_ATTRS,
             stateful=True)
class While(_WhileBase):
    pass


@register_op("StatelessWhile", inputs=["input: Ref(T)"], outputs=["output: T"], attrs=_WHILE_ATTRS)
class StatelessWhile(_WhileBase):
    pass


_CALL_ATTRS = ["Tin: list(type) >= 0", "Tout: list(type) >= 0", "f: func", "config: string = ''",
               "config_proto: string = ''", "executor_type: string = ''"]


class _CallBase(_FunctionalOp):
    def shape(self, args, *, f, Tout):
        outs = list(f.outputs)
        if len(outs) == len(Tout):
            return [t.shape for t in outs]
        return [TensorShape(None)] * len(Tout)

    def kernel(self, ctx, *args, f):
        return _results(ctx.executor.run_function(f, args))


@register_op("PartitionedCall", inputs=["args: Ref(Tin)"], outputs=["output: Tout"], attrs=_CALL_ATTRS)
class PartitionedCall(_CallBase):
    pass


@register_op("StatefulPartitionedCall", inputs=["args: Ref(Tin)"], outputs=["output: Tout"],
             attrs=_CALL_ATTRS, stateful=True)
class StatefulPartitionedCall(_CallBase):
    pass


# ------------------------------------------------------------------ TF1 primitives
def _needs_functionalize(ctx, *args, **kwargs):
    # Sessions run plans holding these ops on runtime/dataflow.py's scheduler, which implements
    # them itself; a kernel call means some other path tried to run one as an ordinary op.
    raise errors.UnimplementedError(
        None, ctx.op, "%s (TF1 dataflow control flow) runs only on the dataflow scheduler of a "
        "Session; '%s' cannot be evaluated on its own." % (ctx.op.type, ctx.op.name))


class _Tf1Flow(OpDef):
    kernel = staticmethod(_needs_functionalize)
    _kernel_needs_ctx = True

    def grad(self, op, *grads):
        from tensorweave.ops import control_flow_v1  # TF's Switch/Merge/Enter/... gradients

        return control_flow_v1.gradient(op, grads)


def _declare_tf1(type_name, inputs, outputs, attrs, shape_fn):
    cls = type(type_name, (_Tf1Flow,), {"shape": shape_fn})
    register_op(type_name, inputs=inputs, outputs=outputs, attrs=attrs)(cls)
    # register_op derives kernel facts from the signature; the shared kernel takes **kwargs.
    cls._kernel_needs_ctx = True
    cls._kernel_attrs = ()
    return cls


def _switch_shape(self, data, pred):
    if pred.shape.ndims not in (None, 0):
        raise ValueError("Shape must be rank 0 but is rank %d" % pred.shape.ndims)
    return [data.shape, data.shape]


def _merge_shape(self, inputs):
    out = inputs[0].shape
    for t in inputs[1:]:
        out = out.most_specific_compatible_shape(t.shape) if out.ndims == t.shape.ndims \
            else TensorShape(None)
    return [out, TensorShape([])]


def _same_shape(self, data):
    return data.shape


def _enter_shape(self, data, *, is_constant):
    # As TF: a loop variable's Enter has an unknown shape (tf.while_loop sets its invariant);
    # a loop invariant's keeps its input's.
    return data.shape if is_constant else TensorShape(None)


def _loop_cond_shape(self, input):
    if input.shape.ndims not in (None, 0):
        raise ValueError("Shape must be rank 0 but is rank %d" % input.shape.ndims)
    return input.shape


for _ref in ("", "Ref"):
    _r = (lambda s: "Ref(%s)" % s) if _ref else (lambda s: s)
    _declare_tf1(_ref + "Switch", ["data: " + _r("T"), "pred: bool"],
                 ["output_false: " + _r("T"), "output_true: " + _r("T")], ["T: type"], _switch_shape)
    _declare_tf1(_ref + "Merge", ["inputs: " + _r("N * T")], ["output: " + _r("T"), "value_index: int32"],
                 ["T: type", "N: int >= 1"], _merge_shape)
    _declare_tf1(_ref + "Enter", ["data: " + _r("T")], ["output: " + _r("T")],
                 ["T: type", "frame_name: string", "is_constant: bool = false",
                  "parallel_iterations: int = 10"], _enter_shape)
    _declare_tf1(_ref + "Exit", ["data: " + _r("T")], ["output: " + _r("T")], ["T: type"], _same_shape)
    _declare_tf1(_ref + "NextIteration", ["data: " + _r("T")], ["output: " + _r("T")], ["T: type"],
                 _same_shape)
_declare_tf1("LoopCond", ["input: bool"], ["output: bool"], [], _loop_cond_shape)


@register_op("ControlTrigger")
class ControlTrigger(OpDef):
    def shape(self):
        return []

    def kernel(self):
        return None

    grad = None


# ------------------------------------------------------------------ building helpers
def _is_stateful(graphs):
    return any(_has_side_effects(op) for g in graphs for op in g.get_operations())


def _unify_captures(graphs, n_args):
    """Gives every function the same capture placeholders, in one order; returns the outer
    tensors to pass in. Each graph's inputs become its `n_args` arguments then the captures."""
    outer = []
    seen = set()
    for g in graphs:
        for t, _ in g.captures:
            if t not in seen:
                seen.add(t)
                outer.append(t)
    for g in graphs:
        args = g.inputs[:n_args]
        g.inputs = args + [g.add_capture(t) for t in outer]
    return outer


def _control_captures(graphs):
    out = []
    for g in graphs:
        for op in g.control_captures:
            if op not in out:
                out.append(op)
    return out


class _ControlDeps:
    def __init__(self, ops):
        self._ops = ops
        self._cm = None

    def __enter__(self):
        if self._ops:
            from tensorweave.framework import context

            self._cm = context.get_default_graph().control_dependencies(self._ops)
            self._cm.__enter__()

    def __exit__(self, *exc):
        if self._cm is not None:
            self._cm.__exit__(*exc)
        return False


def _identity(t, name=None):
    return apply_op("Identity", [t], {}, name=name)


def _pack(structure, flat_tensors):
    """`structure` with its non-None leaves replaced by `flat_tensors` in order."""
    leaves = nest.flatten(structure)
    it = iter(flat_tensors)
    return nest.pack_sequence_as(structure, [None if x is None else next(it) for x in leaves])


def _check_branch_outputs(graphs, what, labels):
    """TF's checks that all branches return the same structure and dtypes."""
    first = graphs[0]
    for g, label in zip(graphs[1:], labels[1:]):
        a, b = first.structured_outputs, g.structured_outputs
        if len(first.outputs) != len(g.outputs):
            if a is None or b is None:
                raise ValueError("Lengths of branch outputs of %s must match.\nlen(graphs[0].outputs): "
                                 "%d\nlen(graphs[1].outputs): %d\n"
                                 % (what, len(first.outputs), len(g.outputs)))
            raise AssertionError([len(first.outputs), len(g.outputs)])
        header = ("%s and %s arguments to tf.%s must have the same number, type, and overall "
                  "structure of return values.\n\n%s output: %s\n%s output: %s\n\nError details:\n"
                  % (labels[0], label, what, labels[0], a, label, b))
        try:
            nest.assert_same_structure(a, b)
        except (TypeError, ValueError) as err:
            raise TypeError(header + str(err)) from None
        for x, y in zip(first.outputs, g.outputs):
            if x.dtype.base_dtype != y.dtype.base_dtype:
                raise TypeError(header + "%s and %s have different types" % (x, y))


def _merged_shapes(graphs):
    shapes = []
    for k in range(len(graphs[0].outputs)):
        s = graphs[0].outputs[k].shape
        for g in graphs[1:]:
            o = g.outputs[k].shape
            s = s.most_specific_compatible_shape(o) if s.ndims == o.ndims else TensorShape(None)
        shapes.append(s)
    return shapes


def _build_branches(fns, base_name, pred):
    graphs = []
    for fn, suffix in fns:
        fg, _, _ = func_graph_from_py_func(unique_function_name(_current_graph(), base_name + suffix),
                                           fn, (), op_return_value=pred,
                                           refs_as_values=_control_flow_v2())
        graphs.append(fg)
    return graphs


def _control_flow_v2():
    from tensorweave.framework import context

    return context._control_flow_v2


def _current_graph():
    from tensorweave.framework import context

    return context.get_default_graph()


def _functional_call(stateful_type, stateless_type, selector, graphs, attrs, scope):
    """Creates the If/Case op calling `graphs` and returns its outputs through Identities."""
    captured = _unify_captures(graphs, 0)
    shapes = _merged_shapes(graphs)
    attrs = dict(attrs, Tout=[t.dtype.base_dtype for t in graphs[0].outputs], output_shapes=shapes)
    op_type = stateful_type if _is_stateful(graphs) else stateless_type
    with _ControlDeps(_control_captures(graphs)):
        op = create_operation(op_type, [selector, captured], attrs, name=scope)
    set_lowering_attrs(op, graphs, offset=1)
    return [_identity(t) for t in op._outputs]


# Ops that only read the variable whose handle they take (TF's auto_control_deps list).
_RESOURCE_READ_OPS = frozenset(("ReadVariableOp", "ResourceGather", "ResourceGatherNd", "_ReadVariablesOp"))


def _read_only_resource_args(graph):
    """Positions of `graph`'s resource inputs that its ops only read."""
    out = []
    for k, t in enumerate(graph.inputs):
        if t.dtype.base_dtype is not _dtypes.resource:
            continue
        for consumer in t._consumers:
            if consumer._type in _RESOURCE_READ_OPS:
                continue
            nested = consumer._attrs.get("_read_only_resource_inputs")
            if nested is None or not any(consumer._inputs[i] is t for i in nested):
                break
        else:
            out.append(k)
    return out


def set_lowering_attrs(op, graphs, offset=0):
    """The attrs TF's graph-mode If/Case/While carry: lower to Switch/Merge when run, and which
    resource inputs every function only reads (`offset`: inputs before the functions' args)."""
    read_only = None
    for g in graphs:
        found = set(_read_only_resource_args(g))
        read_only = found if read_only is None else read_only & found
    op._attrs["_lower_using_switch_merge"] = True
    op._attrs["_read_only_resource_inputs"] = sorted(i + offset for i in read_only or ())


def _scope_base(scope):
    return scope.removesuffix("/")


# ------------------------------------------------------------------ tf.cond
@tf_export("cond")
def cond(pred, true_fn=None, false_fn=None, strict=False, name=None, fn1=None, fn2=None):
    """Runs `true_fn()` if `pred` is true, else `false_fn()`; only the taken branch executes."""
    if fn1 is not None:
        if true_fn is not None:
            raise TypeError("cond(): true_fn and fn1 may not be set simultaneously.")
        true_fn = fn1
    if fn2 is not None:
        if false_fn is not None:
            raise TypeError("cond(): false_fn and fn2 may not be set simultaneously.")
        false_fn = fn2
    if true_fn is None:
        raise TypeError("cond(): 'true_fn' argument required")
    if false_fn is None:
        raise TypeError("cond(): 'false_fn' argument required")
    if not callable(true_fn):
        raise TypeError("'true_fn' must be callable.")
    if not callable(false_fn):
        raise TypeError("'false_fn' must be callable.")
    if not _control_flow_v2():
        from tensorweave.ops.control_flow_v1 import cond_v1

        return cond_v1(pred, true_fn, false_fn, strict=strict, name=name)
    if isinstance(pred, bool):  # NumPy bools are accepted, as in TF
        raise TypeError("pred must not be a Python bool", pred)
    with name_scope(name, "cond", [pred]) as scope:
        pred = _ops.convert_to_tensor(pred)
        if pred.dtype._is_ref_dtype:
            pred = _identity(pred)
        base = _scope_base(scope)
        graphs = _build_branches([(true_fn, "_true"), (false_fn, "_false")], base, pred)
        _check_branch_outputs(graphs, "cond", ["true_fn", "false_fn"])
        outs = _functional_call("If", "StatelessIf", pred, graphs, {"then_branch": graphs[0],
                                                                     "else_branch": graphs[1]}, scope)
        if graphs[0].structured_outputs is None:
            return None
        return _pack(graphs[0].structured_outputs, outs)


# ------------------------------------------------------------------ tf.case
def _canonical_pred_fn_pairs(pred_fn_pairs, exclusive):
    if not isinstance(pred_fn_pairs, (list, tuple, dict)):
        raise TypeError("pred_fn_pairs must be a list, tuple, or dict. Received: %s" % (pred_fn_pairs,))
    if isinstance(pred_fn_pairs, dict):
        items = list(pred_fn_pairs.items())
        if type(pred_fn_pairs) is dict:
            items.sort(key=lambda item: item[0].name)
        pred_fn_pairs = items
    preds, fns = [], []
    for entry in pred_fn_pairs:
        if not isinstance(entry, tuple) or len(entry) != 2:
            raise TypeError("Each entry in pred_fn_pairs must be a 2-tuple. Received %s." % (entry,))
        pred, fn = entry
        if not isinstance(pred, _ops.Tensor):
            raise TypeError("pred must be a Tensor, got: %s" % (pred,))
        if pred.dtype.base_dtype is not _dtypes.bool:
            raise TypeError("pred must be Tensor of type bool: %s" % pred.name)
        if not callable(fn):
            raise TypeError("fn for pred %s must be callable." % pred.name)
        preds.append(pred)
        fns.append(fn)
    return preds, fns


def _assert_at_most_n_true(preds, n, msg):
    from tensorweave.ops.logging_array_ops import Assert

    stacked = apply_op("Pack", [list(preds)], {"axis": 0}, name="preds_c")
    count = apply_op("Sum", [apply_op("Cast", [stacked], {"DstT": _dtypes.int32}),
                             np.array([0], np.int32)], {"keep_dims": False}, name="num_true_conds")
    limit = _ops.convert_to_tensor(np.int32(n), name="n_true_conds")
    ok = apply_op("LessEqual", [count, limit], {})
    names = ", ".join(getattr(p, "name", "?") for p in preds)
    return Assert(ok, ["%s: more than %d conditions (%s) evaluated as True:" % (msg, n, names), stacked],
                  summarize=len(preds))


@tf_export("case")
def case(pred_fn_pairs, default=None, exclusive=False, strict=False, name="case"):
    """The function of the first true predicate, else `default` (nested tf.cond)."""
    preds, fns = _canonical_pred_fn_pairs(pred_fn_pairs, exclusive)
    if not preds:  # TF fails here even with a default
        raise ValueError("tf.case needs at least one (predicate, function) pair; got none.")
    with name_scope(name, "case", preds):
        if default is None:
            if not preds:
                raise ValueError("No predicates and no default given to tf.case.")
            last_pred, last_fn = preds[-1], fns[-1]
            others = preds[:-1]
            all_preds = list(preds)

            def default(last_pred=last_pred, last_fn=last_fn, others=others, all_preds=all_preds):
                from tensorweave.ops.logging_array_ops import Assert

                deps = []
                if others:
                    deps.append(_assert_at_most_n_true(
                        others, 0, "Implementation error: selected default action #%d was called, "
                        "but some of other predicates are True: " % len(others)))
                deps.append(Assert(last_pred, ["Input error: None of conditions evaluated as True:",
                                               apply_op("Pack", [all_preds], {"axis": 0}, name="preds_c")]))
                with _current_graph().control_dependencies(deps):
                    return last_fn()

            preds, fns = others, fns[:-1]
        fn = default
        for pred, action in reversed(list(zip(preds, fns))):
            fn = _bind_cond(pred, action, fn, strict)
        if exclusive and preds:
            guard = _assert_at_most_n_true(preds, 1, "Input error: exclusive=True")
            with _current_graph().control_dependencies([guard]):
                return fn()
        return fn()


def _bind_cond(pred, true_fn, false_fn, strict):
    return lambda: cond(pred, true_fn, false_fn, strict=strict)


# ------------------------------------------------------------------ tf.switch_case
@tf_export("switch_case")
def switch_case(branch_index, branch_fns, default=None, name="switch_case"):
    """Runs `branch_fns[branch_index]` (out of range: `default`, or the last branch)."""
    with name_scope(name, "switch_case", [branch_index]):
        branch_index = _ops.convert_to_tensor(branch_index, name="branch_index")
        if branch_index.dtype.base_dtype is not _dtypes.int32:
            raise TypeError("branch_index must an int32 Tensor")
        if not isinstance(branch_fns, (list, tuple, dict)):
            raise TypeError("branch_fns must be a list, tuple, or dict")
        if isinstance(branch_fns, dict):
            items = list(branch_fns.items())
        elif all(callable(f) for f in branch_fns):
            items = list(enumerate(branch_fns))
        else:
            items = list(branch_fns)
        for pair in items:
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise TypeError("Each entry in branch_fns must be a 2-tuple of (int, callable); "
                                "got %r" % (pair,))
        for key, fn in items:
            if not isinstance(key, int):
                raise TypeError("branch_fns dict keys must be ints")
            if not callable(fn):
                raise TypeError("fn for branch %d must be callable." % key)
        keys = sorted(k for k, _ in items)
        if keys != list(range(len(keys))):
            raise ValueError("branch indices (keys) must form contiguous range of [0 to %d) but found "
                             "{%s}" % (len(keys), ",".join(str(k) for k in keys)))
        fns = [fn for _, fn in sorted(items, key=lambda kv: kv[0])]
        if default is not None:
            fns.append(default)
        if not fns:
            raise ValueError("Must provide at least one item in branch_fns")
        with name_scope("indexed_case") as scope:
            base = _scope_base(scope)
            graphs = _build_branches([(f, "_branch%d" % i) for i, f in enumerate(fns)], base, branch_index)
            _check_branch_outputs(graphs, "switch_case", ["branch_fns[0]"] +
                                  ["branch_fns[%d]" % i for i in range(1, len(graphs))])
            outs = _functional_call("Case", "StatelessCase", branch_index, graphs,
                                    {"branches": graphs}, scope)
            return _pack(graphs[0].structured_outputs, outs)


# ------------------------------------------------------------------ function calls
def partitioned_call(fn, name=None):
    """Calls `fn()` as a function: its ops go into a FuncGraph run by a (Stateful)PartitionedCall.

    Returns the flattened outputs (a list of Tensors)."""
    with name_scope(name, "PartitionedCall") as scope:
        fg, _, _ = func_graph_from_py_func(unique_function_name(_current_graph(), _scope_base(scope)),
                                           fn, ())
        captured = _unify_captures([fg], 0)
        op_type = "StatefulPartitionedCall" if _is_stateful([fg]) else "PartitionedCall"
        with _ControlDeps(_control_captures([fg])):
            op = create_operation(op_type, [captured], {"Tout": [t.dtype.base_dtype for t in fg.outputs],
                                                        "f": fg}, name=scope)
        return list(op._outputs)


# ------------------------------------------------------------------ tf.tuple
def with_dependencies(dependencies, output_tensor, name=None):
    """`output_tensor` through an Identity that runs after `dependencies`."""
    with name_scope(name, "control_dependency", list(dependencies) + [output_tensor]) as scope:
        g = _current_graph()
        with g.colocate_with(output_tensor), g.control_dependencies(dependencies):
            output_tensor = _ops.convert_to_tensor(output_tensor)
            return _identity(output_tensor, name=scope)


@tf_export("tuple")
def tuple_(tensors, name=None, control_inputs=None):
    """The tensors, each available only after all of them (and `control_inputs`) are computed."""
    from tensorweave.ops.graph_ops import group

    with name_scope(name, "tuple", [t for t in tensors if t is not None]):
        tensors = [t if isinstance(t, _ops.Operation) or t is None else _ops.convert_to_tensor(t)
                   for t in tensors]
        gating = [t if isinstance(t, _ops.Operation) else t.op for t in tensors if t is not None]
        for c in control_inputs or ():
            if isinstance(c, _ops.Tensor):
                c = c.op
            elif not isinstance(c, _ops.Operation):
                raise TypeError("'control_inputs' must only contain Operation or Tensor. Received: %s"
                                % type(c))
            gating.append(c)
        gating = sorted(set(gating), key=lambda op: op._id)
        if not gating:
            raise ValueError("'tensors' must have at least one Tensor. Received: %s." % (tensors,))
        gate = group(*gating)
        out = []
        for t in tensors:
            if isinstance(t, _ops.Tensor):
                out.append(with_dependencies([gate], t))
            elif isinstance(t, _ops.Operation):
                with _current_graph().control_dependencies([gate]):
                    out.append(group(t))
            else:
                out.append(None)
        return out


from tensorweave.ops import (
    functional_ops,  # noqa: F401  (tf.map_fn, tf.foldl, tf.scan)
    list_ops,  # noqa: F401  (TensorList ops: TensorArray, While gradients)
)
from tensorweave.ops.while_loop import while_loop  # noqa: F401  (registers tf.while_loop)
