"""Tracing a cluster's ops with jax.numpy: one op at a time into the traced function.

`trace_op` evaluates an op on traced values (the kernel's JAX translation, an override, or its
NumPy kernel when everything is known while tracing); `RunStartReads` gives variable reads the
interpreter's values, `InPlaceOrder` lets XLA update donated variables in place, and `If` /
`While` whose bodies compile become `lax.cond` / `lax.while_loop`.
"""

import jax
import jax.numpy as jnp
import numpy as np

from tensorweave.compiler import jax_kernels as jk
from tensorweave.framework import errors
from tensorweave.runtime import executor as _executor

# Op types never compiled: side effects, host I/O, strings, sessions' resources, dynamic shapes.
DENY = frozenset("""
PyFunc PyFuncStateless EagerPyFunc Print PrintV2 Assert Save SaveV2 SaveSlices Restore RestoreV2
RestoreSlice MergeV2Checkpoints ReadFile WriteFile MatchingFiles ScalarSummary HistogramSummary
ImageSummary AudioSummary AudioSummaryV2 TensorSummary TensorSummaryV2 MergeSummary WriteScalarSummary
Unique UniqueV2 UniqueWithCounts Where ListDiff SetDiff1D BooleanMask NonMaxSuppression NonMaxSuppressionV2
NonMaxSuppressionV3 DynamicPartition Placeholder PlaceholderWithDefault PlaceholderV2
PartitionedCall StatefulPartitionedCall Case StatelessCase
CheckNumerics VerifyTensorAllFinite Bitcast DecodeRaw
""".split())
_NON_NUMERIC = frozenset(("string", "resource", "variant"))
REF_OPS = frozenset(("Assign", "AssignAdd", "AssignSub"))
# The updates of resource variables (their handles are references too, like ref tensors).
RESOURCE_UPDATES = _executor.RESOURCE_UPDATES
# tf.cond / tf.while_loop: lowered to lax.cond / lax.while_loop when their bodies compile.
FUNCTIONAL = frozenset(("If", "StatelessIf", "While", "StatelessWhile"))


class TraceFailure(Exception):
    """A kernel could not be traced by JAX; `op` names it."""

    def __init__(self, op, cause):
        super().__init__("%s (%s): %s" % (op.name, op.type, cause))
        self.op = op


def dtype_ok(dtype):
    return dtype.base_dtype.name not in _NON_NUMERIC


def pure_compilable(op):
    """Whether an op inside a function body can be traced (no state, no references)."""
    if op._type in DENY:
        return False
    for t in list(op._inputs) + list(op._outputs):
        if t._dtype._is_ref_dtype or not dtype_ok(t._dtype):
            return False
    if op._type in FUNCTIONAL:
        return functional_compilable(op)
    od = op._op_def
    if od.is_stateful or od._kernel_needs_ctx:
        return False
    return op._type in jk.OVERRIDES or jk.default_kernel(od) is not None


_BODY_PLANS = {}


def _body_plan(fg):
    key = (fg, fg._version, fg._mutations)
    plan = _BODY_PLANS.get(key)
    if plan is None:
        from tensorweave.runtime.plan import prune

        plan = prune(list(fg.outputs), list(fg.control_outputs), list(fg.inputs))
        _BODY_PLANS[key] = plan
    return plan


def _functional_bodies(op):
    attrs = op._attrs
    if op._type in ("If", "StatelessIf"):
        return [attrs["then_branch"], attrs["else_branch"]]
    return [attrs["cond"], attrs["body"]]


def functional_compilable(op):
    bodies = _functional_bodies(op)
    if any(fg is None or not hasattr(fg, "outputs") for fg in bodies):
        return False
    # A non-bool predicate fails when run (TF lowers If/While to Switch/LoopCond): the
    # interpreter reports it.
    pred = op._inputs[0] if op._type in ("If", "StatelessIf") else \
        (bodies[0].outputs[0] if bodies[0].outputs else None)
    if pred is None or pred._dtype.base_dtype.name != "bool":
        return False
    for fg in bodies:
        plan = _body_plan(fg)
        if plan.targets:
            return False  # control outputs are side effects
        for body_op in plan.ops:
            if body_op._type == "Const":
                continue
            if not pure_compilable(body_op):
                return False
    return True


def _call_body(fg, args):
    """Traces a FuncGraph body on `args`; returns its outputs."""
    plan = _body_plan(fg)
    slots = plan.slots
    env = {}
    for t, a in zip(fg.inputs, args):
        env[slots[t]] = a
    fed = set(plan.feeds)
    for op in plan.ops:
        if op._type == "Const" and op._outputs[0] not in fed:
            value = op._attrs["value"]
            env[slots[op._outputs[0]]] = value[()] if value.ndim == 0 else value
            continue
        trace_op(op, env, {}, slots, {})
    return [env[slots[t]] for t in fg.outputs]


def _as_dtype(value, dtype):
    want = dtype.base_dtype.as_numpy_dtype
    v = jnp.asarray(value)
    return v if v.dtype == want else v.astype(want)


def _trace_functional(op, args):
    attrs = op._attrs
    if op._type in ("If", "StatelessIf"):
        cond, args = args[0], list(args[1:])
        outs = op._outputs
        if not jk.is_tracer(cond):
            from tensorweave.ops.control_flow_ops import _check_scalar, _truth

            taken = _truth(_check_scalar(np.asarray(cond), one_element=True))
            branch = attrs["then_branch"] if taken else attrs["else_branch"]
            return _pack(_call_body(branch, args), outs)
        if np.size(cond) != 1:
            raise TypeError("non-scalar traced predicate")  # the interpreter reports it
        cond = jnp.reshape(cond, ())

        def branch_fn(fg):
            return lambda ops: tuple(_as_dtype(v, t._dtype) for v, t in zip(_call_body(fg, list(ops)), outs))

        pred = cond if cond.dtype == jnp.bool_ else cond != 0
        result = jax.lax.cond(pred, branch_fn(attrs["then_branch"]), branch_fn(attrs["else_branch"]),
                              tuple(args))
        return _pack(list(result), outs)
    cond_fg, body_fg = attrs["cond"], attrs["body"]
    init = tuple(_as_dtype(a, t._dtype) for a, t in zip(args, op._outputs))

    def cond_fn(vals):
        r = jnp.asarray(_call_body(cond_fg, list(vals))[0])
        if r.ndim != 0:
            raise TypeError("non-scalar loop condition")
        return r if r.dtype == jnp.bool_ else r != 0

    def body_fn(vals):
        return tuple(_as_dtype(v, t._dtype) for v, t in zip(_call_body(body_fg, list(vals)), op._outputs))

    return _pack(list(jax.lax.while_loop(cond_fn, body_fn, init)), op._outputs)


def _pack(values, outs):
    if len(outs) == 1:
        return values[0]
    return values


def num_ref_inputs(od):
    return sum(1 for a in od.input_args if a.is_ref)


def is_state_tensor(t):
    """A reference to a variable: a ref tensor, or a resource variable's handle."""
    return t._dtype._is_ref_dtype or t._dtype.base_dtype.name == "resource"


def is_update(op):
    """Ops that write the variables whose references (ref tensors or resource handles) they
    take first: assignments, updates and the optimizers' Apply / ResourceApply ops."""
    t = op._type
    return t in REF_OPS or t in RESOURCE_UPDATES or t.startswith("Apply") or \
        t.startswith("ResourceApply")


def num_state_inputs(op):
    """How many leading inputs of an update are the references of the variables it writes."""
    od = op._op_def
    if getattr(od, "resource", False):  # ResourceApply*: one handle per Ref(T) of Apply*
        return len(od.ref_names)
    if op._type in RESOURCE_UPDATES:
        return 1
    return num_ref_inputs(od)


# Ops whose output is the input seen another way: who reads the output reads the variable.
_VIEW_OPS = frozenset(("Identity", "Snapshot", "StopGradient", "PreventGradient", "Reshape",
                       "ExpandDims", "Squeeze", "Transpose"))


class InPlaceOrder:
    """Lets XLA update donated variables in place.

    XLA writes a donated variable's new value into the variable's own buffer only when every
    read of the old value provably happens first; otherwise it copies the variable at the start
    of each run. Reads the update does not depend on (the backward pass's `dy @ W^T` beside W's
    update) leave the order open; an optimization barrier does not stop the copy (measured with
    jax 0.10), so the first update of each variable is made to depend on those reads by data:
    its input passes through `where(isnan(s) | ~isnan(s), x, 0)`, `s` one element of each
    read's result. That is `x` for every `s` (NaN and infinities included), and XLA fuses it
    into the update. Should XLA ever fold the predicate, the copy comes back; values never change.
    """

    def __init__(self, var_vals, cells, ops):
        self._alias = {}  # id(traced value) -> (value, cell): the variable's value before the run
        self._readers = {}  # cell -> [(op, its results)] of ops that read the old value
        for cell in cells:
            v = var_vals[cell]
            self._alias[id(v)] = (v, cell)
            self._readers[cell] = []
        self._ops = ops
        self._index = None  # op -> position in `ops`, and bitsets of each op's data ancestors
        self._ancestors = None

    def _depends(self, op, reader):
        """Whether `op` reads `reader`'s results, directly or not (through data only: control
        inputs leave no trace in XLA)."""
        if self._index is None:
            self._index = {o: i for i, o in enumerate(self._ops)}
            self._ancestors = []
            for o in self._ops:
                bits = 0
                for t in o._inputs:
                    j = self._index.get(t._op)
                    if j is not None:
                        bits |= self._ancestors[j] | (1 << j)
                self._ancestors.append(bits)
        i, j = self._index.get(op), self._index.get(reader)
        return i is not None and j is not None and (self._ancestors[i] >> j) & 1 == 1

    def _cells_in(self, args):
        found = []
        for a in args:
            entry = self._alias.get(id(a))
            if entry is not None and entry[0] is a and entry[1] in self._readers:
                found.append(entry[1])
        return found

    def note(self, op, args, results):
        """Records `op`'s traced results if it read a variable's old value."""
        cells = self._cells_in(args)
        if not cells:
            return
        traced = [r for r in results if jk.is_tracer(r)]
        if op._type in _VIEW_OPS:
            for r in traced:
                self._alias.setdefault(id(r), (r, cells[0]))
        else:
            traced = [r for r in traced if r.size and jnp.issubdtype(r.dtype, jnp.inexact)]
            if traced:
                for cell in cells:
                    self._readers[cell].append((op, traced))

    def before_update(self, op, cells, var_vals, args, first):
        """Makes `args[first:]` (or the cells' old values) depend on the old values' readers
        that `op` (the update) does not already depend on."""
        pending = []
        for cell in cells:
            pending.extend(self._readers.pop(cell, ()))  # only the first write reuses the buffer
        if not pending:
            return
        readers = [r for reader, results in pending if not self._depends(op, reader) for r in results]
        if not readers:
            return
        always = None
        for r in readers:
            s = jnp.ravel(r)[0]
            q = jnp.isnan(s) | ~jnp.isnan(s)
            always = q if always is None else always & q
        for i in range(first, len(args)):
            if jk.is_tracer(args[i]):
                args[i] = jnp.where(always, args[i], jnp.zeros((), args[i].dtype))
                return
        for c in cells:  # an update from constants only: its reads of the old values wait
            if c in var_vals:
                var_vals[c] = jnp.where(always, var_vals[c], jnp.zeros((), var_vals[c].dtype))


class RunStartReads:
    """Which value a traced read of a variable gets, as in the interpreter: a read that comes
    after a write of the variable but depends on no write of it (through data or control
    inputs) sees the value from the start of the cluster; any other read the current one."""

    def __init__(self, var_vals, written_by):
        self._start = dict(var_vals)
        self._written_by = written_by  # op -> cells written by it or its ancestors
        self._written = set()

    def value(self, op, cell, var_vals):
        if cell in self._written and cell in self._start and \
                cell not in self._written_by.get(op, ()):
            return self._start[cell]
        return var_vals[cell]

    def wrote(self, cells):
        self._written.update(cells)


def trace_op(op, env, var_vals, slots, cells, order=None, reads=None):
    od = op._op_def
    attrs = op._attrs
    kw = {k: attrs[k] for k in od._kernel_attrs}
    args = [env[slots[t]] for t in op._inputs]
    stateful = jk.stateful_override(op) if is_update(op) else None
    if stateful is None:
        for i, a in enumerate(args):
            if type(a) is jk.Ref:
                args[i] = var_vals[a.cell] if reads is None else reads.value(op, a.cell, var_vals)
    else:
        n_ref = num_state_inputs(op)
        for i in range(n_ref, len(args)):
            a = args[i]
            if type(a) is jk.Ref:
                args[i] = var_vals[a.cell] if reads is None else reads.value(op, a.cell, var_vals)
        if reads is not None:
            reads.wrote([a.cell for a in args[:n_ref] if type(a) is jk.Ref])
        if order is not None:
            order.before_update(op, [a.cell for a in args[:n_ref] if type(a) is jk.Ref], var_vals, args, n_ref)
    outs = op._outputs
    try:
        if stateful is not None:
            result = stateful(op, var_vals, *args, **kw)
        elif op._type in FUNCTIONAL:
            result = _trace_functional(op, args)
        elif op._type in jk.OVERRIDES:
            result = jk.OVERRIDES[op._type](*args, **kw)
        elif not any(jk.is_tracer(a) for a in args):
            # Everything known while tracing (shapes, constants): NumPy computes it now.
            result = od.kernel(*args, **kw)
        else:
            result = jk.default_kernel(od)(*args, **kw)
    except errors.OpError:
        raise
    except Exception as err:  # noqa: BLE001
        raise TraceFailure(op, err) from err
    if len(outs) == 1:
        results = [result]
    elif not outs:
        results = []
    else:
        results = list(result)
        if len(results) != len(outs):
            raise TraceFailure(op, "expected %d outputs" % len(outs))
    for t, r in zip(outs, results):
        if type(r) is jk.Ref:
            env[slots[t]] = r
            continue
        want = t._dtype.base_dtype.as_numpy_dtype
        if jk.is_tracer(r) or isinstance(r, jax.Array):
            if r.dtype != want:
                r = r.astype(want)
        else:
            r = np.asarray(r)
            if r.dtype != want:
                r = r.astype(want)
            if r.ndim == 0:
                r = r[()]
        static = t._shape
        if static.ndims is not None:
            shape = tuple(np.shape(r))
            dims = static.as_list()
            if len(shape) != len(dims) or any(d is not None and d != x for d, x in zip(dims, shape)):
                raise TraceFailure(op, "output shape %s does not match %s" % (shape, dims))
        env[slots[t]] = r
    if order is not None and stateful is None:
        order.note(op, args, [env[slots[t]] for t in outs])
