"""Lowers a Plan into clusters compiled with jax.jit, and interpreted segments between them.

A plan's ops are split into maximal runs of compilable ops (clusters) and the ops that must
stay interpreted (strings, py_func, I/O, summaries, data-dependent shapes, ...). Each cluster
becomes one pure function: (variable values, input values) -> (new variable values, outputs),
compiled ahead of time per input signature (shapes and dtypes) and called with the updated
variables' buffers donated. Everything between clusters runs through the interpreter
(`executor.compile_plan` on a sub-plan), so the boundary needs no special handling.

A cluster whose tracing fails (a kernel that does not trace) runs interpreted for that call;
the op that failed is excluded and the plan is re-partitioned before the next run.
"""

import heapq
import os
import sys
import threading
import time

import jax
import jax.numpy as jnp
import numpy as np

from tensorweave.compiler import jax_kernels as jk
from tensorweave.framework import errors
from tensorweave.runtime import executor as _executor
from tensorweave.runtime.plan import Plan
from tensorweave.runtime.resources import VariableCell

# NOTE: TF programs use float64/int64 freely; without x64 JAX would silently narrow them.
jax.config.update("jax_enable_x64", True)

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
_REF_OPS = frozenset(("Assign", "AssignAdd", "AssignSub"))
# tf.cond / tf.while_loop: lowered to lax.cond / lax.while_loop when their bodies compile.
_FUNCTIONAL = frozenset(("If", "StatelessIf", "While", "StatelessWhile"))

_DEBUG = bool(os.environ.get("TENSORWEAVE_JIT_DEBUG"))

# Op types that failed to trace (diagnostics: each plan learns its own exclusions).
FAILED_TYPES = set()
_failed_lock = threading.Lock()


_INTERPRET = object()  # a cluster's answer: run me through the interpreter this time


class _TraceFailure(Exception):
    """A kernel could not be traced by JAX; `op` names it."""

    def __init__(self, op, cause):
        super().__init__("%s (%s): %s" % (op.name, op.type, cause))
        self.op = op


def compile_executable(plan, executable, session_state, session, mode):
    compiled = CompiledExecutable(plan, executable, session_state, session, mode)
    return compiled if compiled.num_clusters else executable


def _template_value(op, fed, session_state):
    """(True, value) for ops the executor resolves before a run (Const, variable cells)."""
    outs = op._outputs
    if not outs or outs[0] in fed:
        return False, None
    if op._type == "Const":
        value = op._attrs["value"]
        if value.ndim == 0 and value.dtype.kind != "O":
            value = value[()]
        return True, value
    session_constant = getattr(op._op_def, "session_constant", None)
    if session_constant is not None and not op._control_inputs:
        return True, session_constant(op, session_state)
    return False, None


def _dtype_ok(dtype):
    return dtype.base_dtype.name not in _NON_NUMERIC


def _is_ordered(op):
    """Ops whose order relative to each other is kept: they touch session state."""
    od = op._op_def
    return od.is_stateful or od._kernel_needs_ctx or any(t._dtype._is_ref_dtype for t in op._inputs)


class _ClusterOp:
    """What RunMetadata step stats name for a cluster (a stand-in for an Operation)."""

    def __init__(self, name, op_type):
        self.name = name
        self.type = op_type
        self.inputs = ()
        self.outputs = ()


class CompiledExecutable:
    """A plan run as compiled clusters and interpreted segments (same interface as Executable)."""

    def __init__(self, plan, interp, session_state, session, mode):
        self.plan = plan
        self._interp = interp
        self.interpreted = interp  # what a FULL_TRACE run profiles op by op
        self.steps = interp.steps  # the interpreter's steps, for introspection
        self._state = session_state
        self._session = session
        self._mode = mode
        self._excluded = set()
        self._dirty = False
        self._lock = threading.Lock()
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        self._build()

    # ---------------------------------------------------------------- partition
    def _compilable(self, op, cells):
        if op in self._excluded or op._type in DENY:
            return False
        flag = op._attrs.get("_XlaCompile")
        if flag is False or (self._mode != "all" and flag is not True):
            return False
        if not all(_dtype_ok(t._dtype) for t in op._outputs):
            return False
        od = op._op_def
        ref_in = False
        for t in op._inputs:
            if not _dtype_ok(t._dtype):
                return False
            if t._dtype._is_ref_dtype:
                ref_in = True
                if t not in cells:  # a reference whose variable is unknown before the run
                    return False
        if op._type in _REF_OPS or (op._type.startswith("Apply") and ref_in):
            return jk.stateful_override(op) is not None
        if op._type in _FUNCTIONAL:
            return not ref_in and _functional_compilable(op)
        if od.is_stateful or od._kernel_needs_ctx:
            return False
        if any(t._dtype._is_ref_dtype for t in op._outputs):
            return False
        return op._type in jk.OVERRIDES or jk.default_kernel(od) is not None

    def _build(self):
        plan = self.plan
        fed = set(plan.feeds)
        slots = plan.slots
        template = {}
        cells = {}  # ref tensor -> VariableCell, known before the run
        ops = []
        for op in plan.ops:
            is_template, value = _template_value(op, fed, self._state)
            if is_template:
                template[slots[op._outputs[0]]] = value
                if type(value) is VariableCell:
                    cells[op._outputs[0]] = value
                continue
            ops.append(op)
            if op._type in _REF_OPS or op._type.startswith("Apply"):
                # Ref outputs name the variable of the first (ref) input.
                src = cells.get(op._inputs[0]) if op._inputs else None
                if src is not None and op._outputs:
                    cells[op._outputs[0]] = src
        self._template = template
        self._cells = cells
        flags = [self._compilable(op, cells) for op in ops]
        order = _two_phase_order(ops, flags, slots)
        # Group consecutive ops of one kind.
        groups = []
        for i in order:
            if groups and groups[-1][0] == flags[i]:
                groups[-1][1].append(ops[i])
            else:
                groups.append((flags[i], [ops[i]]))
        # Which slots each group must hand on: read by a later group, or fetched.
        needed_after = [set() for _ in groups]
        later = set(plan.fetch_slots)
        for gi in range(len(groups) - 1, -1, -1):
            needed_after[gi] = set(later)
            for op in groups[gi][1]:
                for t in op._inputs:
                    later.add(slots[t])
        segments = []
        n_clusters = 0
        for gi, (compiled, group_ops) in enumerate(groups):
            produced = {slots[t] for op in group_ops for t in op._outputs if t in slots and t not in fed}
            outs = sorted(produced & needed_after[gi])
            if compiled:
                segments.append(_Cluster(self, n_clusters, group_ops, outs))
                n_clusters += 1
            else:
                segments.append(_Interpreted(self, group_ops, outs))
        self.num_clusters = n_clusters
        self._segments = segments

    def _exclude(self, op):
        with _failed_lock:
            FAILED_TYPES.add(op._type)  # for diagnostics only
        self._excluded.add(op)
        self._dirty = True

    # --------------------------------------------------------------------- run
    def _start(self, feed_values):
        vals = [None] * self.plan.num_slots
        for slot, value in self._template.items():
            vals[slot] = value
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        return vals

    def run(self, feed_values):
        vals = self._start(feed_values)
        for seg in self._segments:
            seg.run(vals, None)
        if self._dirty:
            self._rebuild()
        return [vals[s] for s in self.fetch_slots]

    def run_traced(self, feed_values, stats):
        vals = self._start(feed_values)
        for seg in self._segments:
            seg.run(vals, stats)
        if self._dirty:
            self._rebuild()
        return [vals[s] for s in self.fetch_slots]

    def _rebuild(self):
        with self._lock:
            if self._dirty:
                self._dirty = False
                self._build()


def _two_phase_order(ops, flags, slots):
    """A topological order of `ops` that keeps compilable ops together.

    Kahn's algorithm alternating phases: take every ready op of the current kind (in plan
    order) before switching kind, so each phase becomes one cluster or one interpreted segment.
    Ops touching session state keep their plan order among themselves.
    """
    index = {op: i for i, op in enumerate(ops)}
    producer = {}  # slot -> op index (tensors the optimizer aliased share a slot)
    for i, op in enumerate(ops):
        for t in op._outputs:
            s = slots.get(t)
            if s is not None:
                producer[s] = i
    succ = [[] for _ in ops]
    indeg = [0] * len(ops)
    last_ordered = None
    for i, op in enumerate(ops):
        preds = set()
        for t in op._inputs:
            p = producer.get(slots[t])
            if p is not None:
                preds.add(p)
        for c in op._control_inputs:
            p = index.get(c)
            if p is not None:
                preds.add(p)
        if _is_ordered(op):
            if last_ordered is not None:
                preds.add(last_ordered)
            last_ordered = i
        preds.discard(i)
        for p in preds:
            succ[p].append(i)
        indeg[i] = len(preds)
    ready = {True: [], False: []}
    for i, d in enumerate(indeg):
        if d == 0:
            heapq.heappush(ready[flags[i]], i)
    order = []
    kind = flags[0] if ops else True
    while ready[True] or ready[False]:
        if not ready[kind]:
            kind = not kind
        heap = ready[kind]
        while heap:
            i = heapq.heappop(heap)
            order.append(i)
            for s in succ[i]:
                indeg[s] -= 1
                if indeg[s] == 0:
                    heapq.heappush(ready[flags[s]], s)
    return order


def _sub_executable(ops, in_tensors, out_tensors, session_state, session, gslots):
    """The interpreter's Executable for `ops`, fed `in_tensors`, fetching `out_tensors`.

    Tensors sharing a slot in the plan (the optimizer's aliases) share one here too.
    """
    local = {}  # global slot -> local slot
    slots = {}

    def add(t):
        g = gslots[t]
        s = local.get(g)
        if s is None:
            s = local[g] = len(local)
        slots[t] = s

    for t in in_tensors:
        add(t)
    for op in ops:
        for t in op._outputs:
            if t in gslots:
                add(t)
        for t in op._inputs:
            add(t)
    plan = Plan(list(ops), slots, list(in_tensors), [slots[t] for t in in_tensors],
                [slots[t] for t in out_tensors], [])
    plan.num_slots = len(local)
    return _executor.compile_plan(plan, session_state, session)


def _external_inputs(owner, ops):
    """Tensors read by `ops` whose slot no op of `ops` writes (one per slot), in a stable order."""
    slots = owner.plan.slots
    produced = {slots[t] for op in ops for t in op._outputs if t in slots}
    seen = set()
    out = []
    for op in ops:
        for t in op._inputs:
            s = slots[t]
            if s not in produced and s not in seen:
                seen.add(s)
                out.append(t)
    return out


def _tensor_for_slot(ops, slots):
    table = {}
    for op in ops:
        for t in op._outputs:
            if t in slots:
                table.setdefault(slots[t], t)
    return table


class _Interpreted:
    """Ops run by the interpreter, reading and writing the run's slot array."""

    def __init__(self, owner, ops, out_slots):
        slots = owner.plan.slots
        ins = _external_inputs(owner, ops)
        by_slot = _tensor_for_slot(ops, slots)
        outs = [by_slot[s] for s in out_slots]
        self.in_slots = [slots[t] for t in ins]
        self.out_slots = out_slots
        self.exe = _sub_executable(ops, ins, outs, owner._state, owner._session, slots)

    def run(self, vals, stats):
        feeds = [vals[s] for s in self.in_slots]
        if stats is None:
            results = self.exe.run(feeds)
        else:
            results = self.exe.run_traced(feeds, stats)
        for s, v in zip(self.out_slots, results):
            vals[s] = v


class _Cluster:
    """Ops compiled together into one XLA computation per input signature."""

    def __init__(self, owner, number, ops, out_slots):
        self.owner = owner
        self.ops = ops
        self.out_slots = out_slots
        self.stat_op = _ClusterOp("_XlaCluster_%d" % number, "_XlaRun")
        self.compile_op = _ClusterOp("_XlaCluster_%d/compile" % number, "_XlaCompile")
        slots = owner.plan.slots
        template = owner._template
        cells = owner._cells
        ext = _external_inputs(owner, ops)
        fed = set(owner.plan.feeds)
        # Small integer tensors computed by the interpreter are shapes, axes, sizes: they are
        # compiled in as constants (part of the signature), so shape arithmetic stays static.
        self.shape_slots = [slots[t] for t in ext if slots[t] not in template and t not in fed and
                            t._dtype.base_dtype.name in ("int32", "int64") and
                            t._shape.ndims is not None and t._shape.ndims <= 1]
        shape_set = set(self.shape_slots)
        self.ext_slots = [slots[t] for t in ext if slots[t] not in template and slots[t] not in shape_set]
        self.static_slots = {slots[t]: template[slots[t]] for t in ext if slots[t] in template}
        # Variables read before this cluster writes them are inputs; written ones are outputs.
        read, written = [], []
        for op in ops:
            od = op._op_def
            for i, t in enumerate(op._inputs):
                cell = cells.get(t) if t._dtype._is_ref_dtype else None
                if cell is None:
                    continue
                ref_arg = op._type in _REF_OPS or op._type.startswith("Apply")
                reads = not (ref_arg and op._type == "Assign" and i == 0)
                if ref_arg and i >= _num_ref_inputs(od):
                    ref_arg = False
                if reads and cell not in written and cell not in read:
                    read.append(cell)
                if ref_arg and cell not in written:
                    written.append(cell)
        self.written = written
        # use_locking updates hold their variables' locks for the whole compiled call.
        self.locks = sorted({id(c.lock): c.lock for c in written}.values(), key=id) if any(op._attrs.get("use_locking") for op in ops
                                                      if op._type in _REF_OPS or op._type.startswith("Apply")) \
            else []
        self.donated = [c for c in read if c in written]
        self.readonly = [c for c in read if c not in written]
        self._compiled = {}  # signature -> (compiled fn, output layout) or None (interpret)
        self._fallback = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ tracing
    def _trace_fn(self, layout, shape_vals):
        ops = self.ops
        slots = self.owner.plan.slots
        cells = self.owner._cells
        static = self.static_slots
        ext_slots = self.ext_slots
        out_slots = self.out_slots
        donated, readonly, written = self.donated, self.readonly, self.written

        def fn(donated_vals, readonly_vals, ext_vals):
            var_vals = dict(zip(donated, donated_vals))
            var_vals.update(zip(readonly, readonly_vals))
            env = {}
            for s, v in static.items():
                env[s] = jk.Ref(v) if type(v) is VariableCell else v
            env.update(zip(ext_slots, ext_vals))
            env.update(zip(self.shape_slots, shape_vals))
            for op in ops:
                _trace_op(op, env, var_vals, slots, cells)
            dynamic = []
            layout.clear()
            for s in out_slots:
                v = env[s]
                if type(v) is jk.Ref:
                    layout.append(("ref", v.cell))
                elif jk.is_tracer(v):
                    layout.append(("out", len(dynamic)))
                    dynamic.append(v)
                else:  # known when tracing; read-only so that every fetch gets a copy
                    if isinstance(v, np.ndarray):
                        v = v.copy()
                        v.setflags(write=False)
                    layout.append(("const", v))
            return tuple(var_vals[c] for c in written), tuple(dynamic)

        return fn

    def _compile(self, args, shape_vals):
        layout = []
        fn = self._trace_fn(layout, shape_vals)
        jitted = jax.jit(fn, donate_argnums=(0,))
        try:
            lowered = jitted.lower(*args)
        except _TraceFailure as err:
            if _DEBUG:
                print("tensorweave jit: %s stays interpreted: %r" % (err, err.__cause__), file=sys.stderr)
            self.owner._exclude(err.op)
            return None
        except Exception as err:  # noqa: BLE001 -- a data error: the interpreter reports it exactly
            if _DEBUG:
                print("tensorweave jit: %s runs interpreted: %r" % (self.stat_op.name, err), file=sys.stderr)
            return None
        return lowered.compile(), list(layout)

    # --------------------------------------------------------------------- run
    def _interpreted(self):
        if self._fallback is None:
            ins = _external_inputs(self.owner, self.ops)
            by_slot = _tensor_for_slot(self.ops, self.owner.plan.slots)
            slots = self.owner.plan.slots
            self._fallback = (_sub_executable(self.ops, ins, [by_slot[s] for s in self.out_slots],
                                              self.owner._state, self.owner._session, slots),
                              [slots[t] for t in ins])
        return self._fallback

    def _run_interpreted(self, vals, stats):
        exe, in_slots = self._interpreted()
        feeds = [vals[s] for s in in_slots]
        results = exe.run(feeds) if stats is None else exe.run_traced(feeds, stats)
        for s, v in zip(self.out_slots, results):
            vals[s] = v

    def run(self, vals, stats):
        if self.locks:
            for lk in self.locks:
                lk.acquire()
            try:
                done = self._run(vals, stats)
            finally:
                for lk in reversed(self.locks):
                    lk.release()
        else:
            done = self._run(vals, stats)
        if done is _INTERPRET:  # outside the locks: interpreted kernels take them themselves
            self._run_interpreted(vals, stats)

    def _run(self, vals, stats):
        devcache = _device_cache(self.owner._session)
        donated = []
        for cell in self.donated:
            v = _device_value(cell, devcache)
            if v is None:
                return _INTERPRET  # reports the uninitialized variable
            donated.append(v)
        readonly = []
        for cell in self.readonly:
            v = _device_value(cell, devcache)
            if v is None:
                return _INTERPRET
            readonly.append(v)
        ext = [vals[s] for s in self.ext_slots]
        shape_vals = [np.asarray(vals[s]) for s in self.shape_slots]
        signature = tuple(_sig(a) for a in donated) + tuple(_sig(a) for a in readonly) + \
            tuple(_sig(a) for a in ext)
        if shape_vals:
            signature += tuple((v.dtype.str, tuple(v.ravel().tolist())) for v in shape_vals)
        entry = self._compiled.get(signature, False)
        args = (tuple(donated), tuple(readonly), tuple(ext))
        if entry is False:
            with self._lock:
                entry = self._compiled.get(signature, False)
                if entry is False:
                    start = time.perf_counter()
                    entry = self._compiled[signature] = self._compile(args, shape_vals)
                    end = time.perf_counter()
                    if stats is not None and entry is not None:
                        stats.append((self.compile_op, start, end, None))
        if entry is None:
            return _INTERPRET
        compiled, layout = entry
        start = time.perf_counter() if stats is not None else 0.0
        try:
            new_vars, outs = compiled(*args)
        except Exception as err:  # noqa: BLE001
            raise errors.InvalidArgumentError(
                None, self.ops[-1], "XLA cluster %s failed: %s" % (self.stat_op.name, err)) from err
        for cell, value in zip(self.written, new_vars):
            view = np.asarray(value)
            cell.value = view
            devcache[cell] = (view, value)
        for s, (kind, x) in zip(self.out_slots, layout):
            if kind == "out":
                vals[s] = np.asarray(outs[x])
            else:
                vals[s] = x  # a cell, or a value known when tracing
        if stats is not None:
            stats.append((self.stat_op, start, time.perf_counter(), None))


def _pure_compilable(op):
    """Whether an op inside a function body can be traced (no state, no references)."""
    if op._type in DENY:
        return False
    for t in list(op._inputs) + list(op._outputs):
        if t._dtype._is_ref_dtype or not _dtype_ok(t._dtype):
            return False
    if op._type in _FUNCTIONAL:
        return _functional_compilable(op)
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


def _functional_compilable(op):
    for fg in _functional_bodies(op):
        if fg is None or not hasattr(fg, "outputs"):
            return False
        plan = _body_plan(fg)
        if plan.targets:
            return False  # control outputs are side effects
        for body_op in plan.ops:
            if body_op._type == "Const":
                continue
            if not _pure_compilable(body_op):
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
        _trace_op(op, env, {}, slots, {})
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
            v = np.asarray(cond)
            taken = (v.item() if v.ndim == 0 else v.size > 0)
            branch = attrs["then_branch"] if taken else attrs["else_branch"]
            return _pack(_call_body(branch, args), outs)
        if np.ndim(cond) != 0:
            raise TypeError("non-scalar traced predicate")

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


def _num_ref_inputs(od):
    return sum(1 for a in od.input_args if a.is_ref)


def _device_value(cell, devcache):
    """The cell's value as a device array (copied to the device once per new value), or None."""
    v = cell.value
    if v is None:
        return None
    d = devcache.get(cell)
    if d is not None and d[0] is v:
        return d[1]
    dev = jax.device_put(v)
    devcache[cell] = (v, dev)
    return dev


def _sig(a):
    try:
        return a.shape, a.dtype
    except AttributeError:
        a = np.asarray(a)
        return a.shape, a.dtype


def _device_cache(session):
    """cell -> (the NumPy view stored in the cell, the device array behind it)."""
    cache = getattr(session, "_jit_device_cache", None)
    if cache is None:
        cache = {}
        try:
            session._jit_device_cache = cache
        except AttributeError:
            pass
    return cache


_DEREF_CACHE = {}


def _trace_op(op, env, var_vals, slots, cells):
    od = op._op_def
    attrs = op._attrs
    kw = {k: attrs[k] for k in od._kernel_attrs}
    args = [env[slots[t]] for t in op._inputs]
    stateful = jk.stateful_override(op) if (op._type in _REF_OPS or op._type.startswith("Apply")) else None
    if stateful is None:
        for i, a in enumerate(args):
            if type(a) is jk.Ref:
                args[i] = var_vals[a.cell]
    else:
        n_ref = _num_ref_inputs(od)
        for i in range(n_ref, len(args)):
            if type(args[i]) is jk.Ref:
                args[i] = var_vals[args[i].cell]
    outs = op._outputs
    try:
        if stateful is not None:
            result = stateful(op, var_vals, *args, **kw)
        elif op._type in _FUNCTIONAL:
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
        raise _TraceFailure(op, err) from err
    if len(outs) == 1:
        results = [result]
    elif not outs:
        results = []
    else:
        results = list(result)
        if len(results) != len(outs):
            raise _TraceFailure(op, "expected %d outputs" % len(outs))
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
                raise _TraceFailure(op, "output shape %s does not match %s" % (shape, dims))
        env[slots[t]] = r
